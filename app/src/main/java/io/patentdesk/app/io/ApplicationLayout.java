package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sorts the paragraphs of an imported document into the parts of an application, by their headings
 * ("BACKGROUND", "What is claimed is:", ...). A document without any heading is a claims-only file when it starts
 * like a claim ("1. A ..."), otherwise a description. Paragraph numbers such as "[0012]" are dropped: the editor
 * and the exporters number paragraphs themselves.
 */
final class ApplicationLayout {
    private static final Pattern CLAIMS_HEADING = Pattern.compile(
            "(?i)\\s*(?:what\\s+(?:is|are)\\s+claimed\\s+is|what\\s+(?:i|we)\\s+claim\\s+is|(?:i|we)\\s+claim|"
                    + "the\\s+invention\\s+claimed\\s+is|claims?|what\\s+is\\s+claimed)\\s*[:.]?\\s*");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\s*\\[\\d{3,5}]\\s*");
    private static final Pattern FIRST_CLAIM = Pattern.compile("^\\s*(?:1\\s*[.)]|\\[?claim\\s+1\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int TITLE_MAX = 200;

    private ApplicationLayout() {
    }

    /** The matter for {@code paragraphs} (one entry per paragraph, in order), titled {@code fallbackTitle}. */
    static ImportedMatter arrange(List<String> paragraphs, String fallbackTitle) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        List<String> claims = new ArrayList<>();
        List<String> beforeHeadings = new ArrayList<>();
        List<String> current = beforeHeadings;
        boolean anyHeading = false;
        boolean claimsHeading = false;
        for (String raw : paragraphs) {
            String p = PARAGRAPH_NUMBER.matcher(raw).replaceFirst("").strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Section> section = Section.ofHeading(p);
            if (section.isPresent() && !isClaimsHeading(p)) {
                current = sections.computeIfAbsent(section.get(), s -> new ArrayList<>());
                anyHeading = true;
            } else if (isClaimsHeading(p)) {
                current = claims;
                anyHeading = true;
                claimsHeading = true;
            } else {
                current.add(p);
            }
        }
        List<String> notes = new ArrayList<>();
        if (!anyHeading) {
            return withoutHeadings(beforeHeadings, fallbackTitle);
        }
        // Text above the first heading: the title when it is one short line (as on a publication's first page).
        if (!beforeHeadings.isEmpty()) {
            if (!sections.containsKey(Section.TITLE) && beforeHeadings.get(0).length() <= TITLE_MAX) {
                sections.computeIfAbsent(Section.TITLE, s -> new ArrayList<>()).add(beforeHeadings.remove(0));
            }
            if (!beforeHeadings.isEmpty()) {
                sections.computeIfAbsent(Section.DETAILED_DESCRIPTION, s -> new ArrayList<>()).addAll(0, beforeHeadings);
                notes.add("Text before the first heading was put in the Detailed Description.");
            }
        }
        if (!claimsHeading) {
            notes.add("No claims heading (\"What is claimed is:\") was found; the claims are empty.");
        }
        Matter m = Matter.create(titleOf(sections, fallbackTitle)).withClaims(String.join("\n", claims));
        for (Map.Entry<Section, List<String>> e : sections.entrySet()) {
            m = m.withSection(e.getKey(), String.join("\n", e.getValue()));
        }
        return new ImportedMatter(m, ImportedMatter.Kind.WHOLE_APPLICATION, notes);
    }

    /**
     * The description sections of a description text that has headings on their own lines (as in USPTO XML);
     * text before the first heading, or under a heading that names no section, goes to the Detailed Description.
     */
    static Map<Section, String> descriptionSections(List<String> lines) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        List<String> current = sections.computeIfAbsent(Section.DETAILED_DESCRIPTION, s -> new ArrayList<>());
        for (String raw : lines) {
            String p = PARAGRAPH_NUMBER.matcher(raw).replaceFirst("").strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Section> section = Section.ofHeading(p);
            if (section.isPresent()) {
                current = sections.computeIfAbsent(section.get(), s -> new ArrayList<>());
            } else {
                current.add(p);
            }
        }
        Map<Section, String> out = new EnumMap<>(Section.class);
        sections.forEach((s, ps) -> {
            if (!ps.isEmpty()) {
                out.put(s, String.join("\n", ps));
            }
        });
        return out;
    }

    private static ImportedMatter withoutHeadings(List<String> paragraphs, String fallbackTitle) {
        String text = String.join("\n", paragraphs);
        if (!paragraphs.isEmpty() && FIRST_CLAIM.matcher(paragraphs.get(0)).find()) {
            return new ImportedMatter(Matter.create(fallbackTitle).withClaims(text), ImportedMatter.Kind.CLAIMS_ONLY,
                    List.of());
        }
        return new ImportedMatter(Matter.create(fallbackTitle).withSection(Section.DETAILED_DESCRIPTION, text),
                ImportedMatter.Kind.DESCRIPTION_ONLY,
                List.of("No section headings or claims were found; the text was put in the Detailed Description."));
    }

    static boolean isClaimsHeading(String p) {
        return p.length() < 60 && CLAIMS_HEADING.matcher(p).matches();
    }

    private static String titleOf(Map<Section, List<String>> sections, String fallback) {
        List<String> t = sections.get(Section.TITLE);
        return t == null || t.isEmpty() ? fallback : t.get(0);
    }
}
