package io.patentdesk.app.ui.analysis;

import io.patentdesk.analyzer.FeeEstimate;
import io.patentdesk.editor.FeeLine;
import java.util.List;
import java.util.Locale;

/** The analyzer's fee estimate as lines and a note for the fee summary; the amounts themselves live in its office packs. */
public final class FeeLines {

    private FeeLines() {
    }

    public static List<FeeLine> of(FeeEstimate e) {
        return e.items().stream()
                .map(i -> new FeeLine(i.label(), i.counted() ? i.count() + " \u00d7 " + i.each().toPlainString() : "",
                        i.amount()))
                .toList();
    }

    /** Which schedule and entity size the amounts are for, and that they must be checked before filing. */
    public static String note(FeeEstimate e) {
        return e.office().id().toUpperCase(Locale.ROOT) + " fees, " + e.entity() + " entity, schedule effective "
                + e.effective() + " (" + e.source() + "). Verify against the current schedule before filing.";
    }
}
