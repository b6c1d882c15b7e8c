package io.patentdesk.app.amend;

/**
 * A claim listing as plain text. Plain text has no underline or strike-through, so additions are written
 * {@code <u>added</u>} and struck deletions {@code <s>deleted</s>}, as in HTML; a deletion of five characters or fewer
 * is written {@code [[del]]}, its form in the filed listing too. The DOCX listing ({@code io.ClaimListingDocx}) is the
 * one to file.
 */
public final class ClaimListingText {

    private ClaimListingText() {
    }

    public static String render(ClaimListing listing) {
        StringBuilder sb = new StringBuilder();
        for (String line : ClaimListing.PREAMBLE) {
            sb.append(line).append("\n\n");
        }
        for (ClaimListing.Entry e : listing.entries()) {
            sb.append(e.label()).append(" (").append(e.first().identifier()).append(')');
            if (!e.first().withoutText()) {
                sb.append(' ');
                for (Piece p : e.first().text()) {
                    sb.append(switch (p.kind()) {
                        case SAME -> p.text();
                        case ADDED -> "<u>" + p.text() + "</u>";
                        case DELETED -> p.bracketed() ? "[[" + p.text() + "]]" : "<s>" + p.text() + "</s>";
                    });
                }
            }
            sb.append("\n\n");
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
