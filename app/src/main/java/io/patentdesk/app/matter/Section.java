package io.patentdesk.app.matter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The specification sections of a US application, in filing order, with the headings drafters use for them. */
public enum Section {
    TITLE("Title", "Title of the Invention", "Title"),
    TECHNICAL_FIELD("Technical Field", "Technical Field", "Field", "Field of the Invention", "Field of the Disclosure"),
    BACKGROUND("Background", "Background", "Background of the Invention", "Description of the Related Art",
            "Background Art"),
    SUMMARY("Summary", "Summary", "Summary of the Invention", "Brief Summary", "Summary of the Disclosure"),
    BRIEF_DESCRIPTION_OF_THE_DRAWINGS("Brief Description of the Drawings", "Brief Description of the Drawings",
            "Brief Description of Drawings", "Description of the Drawings", "Brief Description of the Figures"),
    DETAILED_DESCRIPTION("Detailed Description", "Detailed Description", "Detailed Description of the Invention",
            "Detailed Description of the Embodiments", "Description of Embodiments",
            "Detailed Description of the Preferred Embodiments", "Description"),
    ABSTRACT("Abstract", "Abstract", "Abstract of the Disclosure");

    private final String displayName;
    private final String heading;
    private final List<String> aliases;

    Section(String displayName, String heading, String... aliases) {
        this.displayName = displayName;
        this.heading = heading;
        List<String> all = new java.util.ArrayList<>(List.of(aliases));
        all.add(0, heading);
        all.add(displayName);
        this.aliases = List.copyOf(all);
    }

    /** Name for tabs and lists. */
    public String displayName() {
        return displayName;
    }

    /** The heading written in exported documents (USPTO practice: upper case is applied by the exporter). */
    public String heading() {
        return heading;
    }

    /** A stable key for storage; never changes even if the enum constant is renamed. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section whose storage key is {@code key}. */
    public static Optional<Section> ofKey(String key) {
        for (Section s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The section a heading line names, e.g. "BACKGROUND OF THE INVENTION" or "1. Technical Field:".
     * Only whole-line headings match, so body text that merely mentions "summary" is not a heading.
     */
    public static Optional<Section> ofHeading(String line) {
        String norm = normalizeHeading(line);
        if (norm.isEmpty() || norm.length() > 60) {
            return Optional.empty();
        }
        for (Section s : values()) {
            for (String alias : s.aliases) {
                if (norm.equals(normalizeHeading(alias))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, without numbering, brackets, trailing colon and extra spaces. */
    static String normalizeHeading(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^(?:[ivx]+|\\d+|[a-z])[.)]\\s+", "");
        s = s.replaceAll("[:.\\s]+$", "");
        s = s.replaceAll("^\\[|]$", "");
        return s.replaceAll("\\s+", " ").strip();
    }
}
