package io.patentdesk.app.ui.prior;

import io.patentdesk.app.prior.ClaimChart;
import io.patentdesk.app.prior.MatchedSpans;
import javafx.geometry.Insets;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A chart passage as the list shows it: where it is (muted), then its text with the words that matched the claim
 * element highlighted ({@link MatchedSpans}, the same words the DOCX chart sets in bold). Style classes:
 * {@code chart-where}, {@code chart-passage} and {@code chart-match} (app.css).
 */
final class PassageFlow {
    static final String WHERE = "chart-where";
    static final String PLAIN = "chart-passage";
    static final String MATCH = "chart-match";
    /** How far a passage sits in from its element's line, wrapped lines included. */
    static final double INDENT = 24;

    private PassageFlow() {
    }

    /** @param where the line's head: review mark and note, reference, page, paragraph and score */
    static TextFlow of(String where, ClaimChart.Match match) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("chart-passage-flow");
        flow.setPadding(new Insets(0, 0, 0, INDENT)); // spaces would indent the first line only
        flow.getChildren().add(text(where.stripLeading(), WHERE));
        for (MatchedSpans.Span span : MatchedSpans.of(match.text(), match.words())) {
            flow.getChildren().add(text(span.text(), span.matched() ? MATCH : PLAIN));
        }
        return flow;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
