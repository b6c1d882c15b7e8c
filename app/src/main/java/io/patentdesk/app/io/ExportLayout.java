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

    /**
     * A paragraph; {@code number} is its [0001] number, or 0 for an unnumbered one (the abstract). Its text is the
     * matter's text of {@code part} (a section key) from {@code offset}, so comments on that text can be placed.
     */
    public record Paragraph(int number, String text, String part, int offset) implements Block {
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
    public record ClaimLine(String text, boolean element, boolean lastOfClaim, int offset) implements Block {
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
            Cursor at = new Cursor(m.section(s));
            for (String p : paragraphs(m.section(s))) {
                out.add(new Paragraph(++number, p, s.key(), at.find(p)));
            }
        }
        if (!m.claims().isBlank()) {
            out.add(new PageBreak());
            out.add(new Heading(CLAIMS_HEADING));
            Cursor at = new Cursor(m.claims());
            for (ClaimLayout.Line l : ClaimLayout.of(m.claims())) {
                out.add(new ClaimLine(l.text(), l.element(), l.lastOfClaim(), at.find(l.text())));
            }
        }
        if (!m.section(Section.ABSTRACT).isBlank()) {
            out.add(new PageBreak());
            out.add(new Heading(ABSTRACT_HEADING));
            Cursor at = new Cursor(m.section(Section.ABSTRACT));
            for (String p : paragraphs(m.section(Section.ABSTRACT))) {
                out.add(new Paragraph(0, p, Section.ABSTRACT.key(), at.find(p)));
            }
        }
        return out;
    }

    /** Where each laid-out piece of a part's text is in that text: pieces come in order, each a verbatim substring. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        int find(String piece) {
            int i = text.indexOf(piece, at);
            if (i < 0) {
                return -1; // cannot happen for pieces cut from the text; -1 places no comment on it
            }
            at = i + piece.length();
            return i;
        }
    }

    /** Non-blank lines, each a paragraph (the editors keep one paragraph per line). */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
