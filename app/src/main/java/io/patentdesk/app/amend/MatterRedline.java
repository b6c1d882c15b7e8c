package io.patentdesk.app.amend;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a matter marked up for reading, as a redline: the claims as the claim listing of an amendment
 * ({@link ClaimListing}), then each part of the specification that changed, word by word. Parts that did not change
 * are named in one line, not repeated.
 *
 * @param paragraphs what the redline view shows, in order
 */
public record MatterRedline(List<Paragraph> paragraphs) {

    /** One paragraph of the redline: a heading, or text made of kept, added and deleted pieces. */
    public record Paragraph(boolean heading, List<Piece> pieces) {
        public Paragraph {
            pieces = List.copyOf(pieces);
        }

        static Paragraph heading(String text) {
            return new Paragraph(true, List.of(new Piece(Piece.Kind.SAME, text)));
        }

        static Paragraph text(String text) {
            return new Paragraph(false, List.of(new Piece(Piece.Kind.SAME, text)));
        }
    }

    public MatterRedline {
        paragraphs = List.copyOf(paragraphs);
    }

    public static MatterRedline between(Matter older, Matter newer) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading("Claims"));
        ClaimListing listing = ClaimListing.between(older.claims(), newer.claims());
        if (listing.claims().isEmpty()) {
            out.add(Paragraph.text("Neither version has numbered claims."));
        }
        for (ClaimListing.Entry e : listing.entries()) {
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Piece(Piece.Kind.SAME, e.label() + " (" + e.first().identifier() + ")"
                    + (e.first().withoutText() ? "" : " ")));
            pieces.addAll(e.first().text());
            out.add(new Paragraph(false, pieces));
        }
        listing.notes().forEach(n -> out.add(Paragraph.text("Note: " + n)));
        List<String> unchanged = new ArrayList<>();
        for (Section s : Section.values()) {
            String was = older.section(s);
            String is = newer.section(s);
            if (was.equals(is)) {
                if (!is.isBlank()) {
                    unchanged.add(s.displayName());
                }
                continue;
            }
            out.add(Paragraph.heading(s.displayName()));
            out.add(new Paragraph(false, WordDiff.between(was, is)));
        }
        if (!older.title().equals(newer.title())) {
            out.add(Paragraph.heading("Matter name"));
            out.add(new Paragraph(false, WordDiff.between(older.title(), newer.title())));
        }
        if (!unchanged.isEmpty()) {
            out.add(Paragraph.text("Unchanged: " + String.join(", ", unchanged) + "."));
        }
        return new MatterRedline(out);
    }
}
