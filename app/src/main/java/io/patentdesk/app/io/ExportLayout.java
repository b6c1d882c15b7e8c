package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The matter laid out as a US application is filed (37 CFR 1.52, 1.72, 1.75 and MPEP 608.01): title, description
 * sections under upper-case headings with paragraphs numbered [0001] onward, the claims from a new page under
 * "What is claimed is:", each claim's elements indented under it (37 CFR 1.75(i), {@link ClaimLayout}), and the
 * abstract on its own page under "Abstract". DOCX and PDF render the same blocks.
 */
public final class ExportLayout {
    /** The heading on the claims page. */
    public static final String CLAIMS_HEADING = "What is claimed is:";
    /** The heading on the abstract page. */
    public static final String ABSTRACT_HEADING = "Abstract";

    private ExportLayout() {
    }

    /** One unit of the layout. */
    public sealed interface Block permits Title, Heading, Paragraph, ClaimLine, PageBreak {
    }

    public record Title(String text) implements Block {
    }

    public record Heading(String text) implements Block {
    }

    /** A paragraph; {@code number} is its [0001] number, or 0 for an unnumbered one (claims, abstract). */
    public record Paragraph(int number, String text) implements Block {
        /** "[0001]" for number 1; "" when unnumbered. */
        public String label() {
            return number == 0 ? "" : "[%04d]".formatted(number);
        }
    }

    public record PageBreak() implements Block {
    }

    /**
     * A line of the claims (37 CFR 1.75(i)): the start of a claim, or one of its elements, indented under it;
     * {@code lastOfClaim} ends the claim (space follows).
     */
    public record ClaimLine(String text, boolean element, boolean lastOfClaim) implements Block {
    }

    public static List<Block> of(Matter m) {
        List<Block> out = new ArrayList<>();
        String title = m.section(Section.TITLE).isBlank() ? m.title() : m.section(Section.TITLE);
        out.add(new Title(title.strip()));
        int number = 0;
        for (Section s : Section.values()) {
            if (s == Section.TITLE || s == Section.ABSTRACT || m.section(s).isBlank()) {
                continue;
            }
            out.add(new Heading(s.heading().toUpperCase(Locale.ROOT)));
            for (String p : paragraphs(m.section(s))) {
                out.add(new Paragraph(++number, p));
            }
        }
        if (!m.claims().isBlank()) {
            out.add(new PageBreak());
            out.add(new Heading(CLAIMS_HEADING));
            for (ClaimLayout.Line l : ClaimLayout.of(m.claims())) {
                out.add(new ClaimLine(l.text(), l.element(), l.lastOfClaim()));
            }
        }
        if (!m.section(Section.ABSTRACT).isBlank()) {
            out.add(new PageBreak());
            out.add(new Heading(ABSTRACT_HEADING));
            for (String p : paragraphs(m.section(Section.ABSTRACT))) {
                out.add(new Paragraph(0, p));
            }
        }
        return out;
    }

    /** Non-blank lines, each a paragraph (the editors keep one paragraph per line). */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
