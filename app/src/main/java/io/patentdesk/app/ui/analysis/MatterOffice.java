package io.patentdesk.app.ui.analysis;

import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.OfficeGuess;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;

/**
 * The office a matter is checked against and the entity size its fees are for: the office the matter names, or for
 * {@link OfficeChoice#AUTOMATIC} the one its text suggests (as {@code patentdesk check} guesses without
 * {@code --office}); the matter's entity size where the office's fee table has one (the USPTO's), else the table's
 * only scale.
 */
public final class MatterOffice {
    private MatterOffice() {
    }

    public static Office of(Matter m, Document document) {
        return m.office() == OfficeChoice.AUTOMATIC ? OfficeGuess.of(document, null) : Office.fromId(m.office().key());
    }

    /** The fee table's name for the matter's entity size at {@code office}, or null for the table's default. */
    public static String entity(Matter m, Office office) {
        return office.pack().fees().entities().contains(m.entity().key()) ? m.entity().key() : null;
    }
}
