package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AreasFxTest {
    ClaimsArea claims;
    SpecArea spec;
    FindReplaceBar bar;

    @Start
    void start(Stage stage) {
        claims = new ClaimsArea();
        spec = new SpecArea();
        bar = new FindReplaceBar();
        stage.setScene(new Scene(new VBox(bar, claims, spec), 800, 600));
        stage.show();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, r);
    }

    @Test
    void highlightsAfterTypingStopsAndUnderlinesFindings(FxRobot robot) throws Exception {
        onFx(() -> claims.replaceText(HighlighterTest.CLAIMS));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> claims.highlightedVersionProperty().get() == claims.textVersion());
        int at = HighlighterTest.CLAIMS.indexOf("comprising");
        assertThat(claims.getStyleAtPosition(at + 1)).contains("transition");

        int s = HighlighterTest.CLAIMS.indexOf("the spring");
        FindingItem f = new FindingItem("k", Severity.ERROR, "antecedent", "Antecedent basis", "claims", 3, s, s + 10, "no antecedent", "MPEP 2173.05(e)");
        onFx(() -> assertThat(claims.setFindings(List.of(f), claims.textVersion())).isTrue());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> claims.getStyleAtPosition(s + 1).contains("finding-error"));
        assertThat(claims.hoverTextForTest(s + 2)).contains("no antecedent").contains("MPEP");

        // Resting the mouse on the underline shows the message in a popup.
        javafx.geometry.Bounds b = WaitForAsyncUtils.asyncFx(() -> claims.getCharacterBoundsOnScreen(s + 2, s + 3).orElseThrow()).get();
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> claims.visibleHoverText() != null);
        assertThat(claims.visibleHoverText()).contains("no antecedent");
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() - 400, b.getMinY() - 400));

        // Typing before the finding moves it along; stale findings for an old version are refused.
        onFx(() -> claims.insertText(0, "X"));
        assertThat(claims.findings().get(0).start()).isEqualTo(s + 1);
        onFx(() -> assertThat(claims.setFindings(List.of(), claims.textVersion() - 1)).isFalse());
    }

    @Test
    void jumpsToAReferencedClaim() {
        onFx(() -> {
            claims.replaceText(HighlighterTest.CLAIMS);
            int ref = HighlighterTest.CLAIMS.indexOf("claim 1") + 2;
            assertThat(claims.followReferenceAt(ref)).isTrue();
            assertThat(claims.getCaretPosition()).isEqualTo(0);
            assertThat(claims.goToClaim(3)).isTrue();
            assertThat(claims.getCaretPosition()).isEqualTo(HighlighterTest.CLAIMS.indexOf("3. The"));
        });
    }

    @Test
    void numbersSpecParagraphsAndRenumbersOnEdit() {
        onFx(() -> {
            spec.firstNumberProperty().set(5);
            spec.replaceText("First.\n\nSecond.\nThird.");
            assertThat(spec.paragraphNumber(0)).isEqualTo(5);
            assertThat(spec.paragraphNumber(1)).isZero();
            assertThat(spec.paragraphNumber(3)).isEqualTo(7);
            spec.insertText(spec.getAbsolutePosition(1, 0), "Now filled.");
            assertThat(spec.paragraphNumber(3)).isEqualTo(8);
            assertThat(spec.numberedParagraphCount()).isEqualTo(4);
            spec.insertText(spec.getAbsolutePosition(0, 0), "Still the first. ");
            assertThat(spec.numberedParagraphCount()).as("typing inside a paragraph").isEqualTo(4);
            spec.deleteText(spec.getAbsolutePosition(1, 0), spec.getAbsolutePosition(1, spec.getParagraphLength(1)));
            assertThat(spec.numberedParagraphCount()).as("a paragraph emptied").isEqualTo(3);
            spec.insertText(spec.getLength(), "\nFourth.");
            assertThat(spec.numberedParagraphCount()).as("a paragraph added").isEqualTo(4);
            spec.replaceText("One.");
            assertThat(spec.numberedParagraphCount()).as("the text replaced").isEqualTo(1);
        });
    }

    @Test
    void replaceAllIsOneUndoableEdit() {
        onFx(() -> {
            claims.replaceText("a lever and a lever and a LEVER");
            claims.getUndoManager().forgetHistory();
            bar.targetProperty().set(claims);
            bar.findField().setText("lever");
            bar.replaceField().setText("arm");
            assertThat(bar.replaceAll()).isEqualTo(3);
            assertThat(claims.getText()).isEqualTo("a arm and a arm and a arm");
            claims.undo();
            assertThat(claims.getText()).isEqualTo("a lever and a lever and a LEVER");
            assertThat(bar.findNext()).isTrue();
            assertThat(claims.getSelectedText()).isEqualTo("lever");
        });
    }

    @Test
    void acceptedTextIsUndoneInOneStep() {
        onFx(() -> {
            claims.replaceText("Claims: ");
            claims.getUndoManager().forgetHistory();
            claims.appendText("typed");
            claims.replaceAsOneEdit(claims.getLength(), claims.getLength(), " GENERATED TEXT");
            claims.undo();
            assertThat(claims.getText()).isEqualTo("Claims: typed");
        });
    }

    @Test
    void aLongDocumentOnlyRestylesParagraphsWhoseStylesChanged() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() <= AnalyzedArea.WHOLE_DOCUMENT_LIMIT; i++) {
            sb.append("The lever 12 turns about the pin 14 of the frame, paragraph ").append(i).append(".\n");
        }
        String text = sb.toString();
        spec.setHighlightExecutor(Runnable::run);
        onFx(() -> {
            spec.replaceText(text);
            spec.moveTo(0);
            spec.requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> spec.rehighlight());
        assertThat(spec.getStyleAtPosition(text.indexOf("12") + 1)).contains("refnum");
        java.util.concurrent.atomic.AtomicInteger styleChanges = new java.util.concurrent.atomic.AtomicInteger();
        var subscription = spec.richChanges().filter(c -> c.toPlainTextChange().isIdentity())
                .subscribe(c -> styleChanges.incrementAndGet());
        try {
            // The same highlighting again: nothing on screen changes, so nothing is restyled.
            onFx(() -> assertThat(spec.setFindings(List.of(), spec.textVersion())).isTrue());
            assertThat(styleChanges.get()).isZero();
            // One new finding: only its paragraph is restyled.
            int at = text.indexOf("pin 14");
            FindingItem f = new FindingItem("k", Severity.WARNING, "numeral", "Reference numeral", "spec", 0, at, at + 3,
                    "pin", "");
            onFx(() -> assertThat(spec.setFindings(List.of(f), spec.textVersion())).isTrue());
            assertThat(styleChanges.get()).isEqualTo(1);
            assertThat(spec.getStyleAtPosition(at + 1)).contains("finding-warning");
            assertThat(spec.getStyleAtPosition(text.indexOf("pin 14", at + 10) + 1)).doesNotContain("finding-warning");
        } finally {
            subscription.unsubscribe();
        }
    }

    @Test
    void highlightingAskedForWhileTheHighlighterIsBusyRunsOnceOnTheNewestText() {
        // Everything in one FX event, so that the area's own debounced pass cannot come in between.
        onFx(() -> {
            List<Runnable> waiting = new java.util.ArrayList<>();
            spec.setHighlightExecutor(waiting::add);
            spec.replaceText("The lever 12.");
            for (int i = 0; i < 5; i++) {
                spec.insertText(spec.getLength(), " The pin 14.");
                spec.rehighlight();
            }
            assertThat(waiting).as("passes waiting for the busy highlighter").hasSize(1);
            waiting.get(0).run();
            assertThat(spec.highlightedVersionProperty().get()).isEqualTo(spec.textVersion());
            assertThat(spec.getStyleAtPosition(spec.getText().lastIndexOf("14") + 1)).contains("refnum");

            spec.rehighlight(); // the highlighter is free again: a new pass is handed to it
            assertThat(waiting).hasSize(2);
        });
    }
}
