package io.patentdesk.app.matter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
        List<String> all = new ArrayList<>(List.of(aliases));
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
        // Longer headings ("DETAILED DESCRIPTION OF A PREFERRED EMBODIMENT"): a known opening, few words, no
        // sentence punctuation, so a body sentence that starts with "Background" is not taken for a heading.
        if (norm.split(" ").length > 9 || norm.matches(".*[,;()\\[\\]].*")) {
            return Optional.empty();
        }
        for (var e : HEADING_OPENINGS.entrySet()) {
            if (e.getKey().matcher(norm).lookingAt()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Openings of longer headings, tried in order (brief description before description). */
    private static final Map<Pattern, Section> HEADING_OPENINGS = openings();

    private static Map<Pattern, Section> openings() {
        Map<Pattern, Section> m = new LinkedHashMap<>();
        m.put(Pattern.compile("(?:technical )?field of (?:the )?(?:invention|disclosure)\\b"),
                TECHNICAL_FIELD);
        m.put(Pattern.compile("background\\b"), BACKGROUND);
        m.put(Pattern.compile("(?:brief )?summary\\b"), SUMMARY);
        m.put(Pattern.compile("(?:brief )?description of (?:the )?(?:drawings|figures|several views)\\b"),
                BRIEF_DESCRIPTION_OF_THE_DRAWINGS);
        m.put(Pattern.compile("detailed description\\b|description of (?:the |a |an )?(?:\\w+ )?"
                + "(?:embodiments?|invention)\\b"), DETAILED_DESCRIPTION);
        m.put(Pattern.compile("abstract\\b"), ABSTRACT);
        return m;
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
