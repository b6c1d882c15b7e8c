package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.editor.ClaimsArea;
import io.patentdesk.editor.FindingsView;
import io.patentdesk.editor.SpecArea;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole drafting workflow through the real window, headless (Monocle): create a matter, type claims, see and
 * click a finding, stream an abstract from the tiny model and cancel it, accept and undo, restart and find it all
 * back, open a reference PDF, export DOCX and read it back.
 */
class DraftingWorkflowTest {
    static final String CLAIMS = "1. A lid comprising a cover plate.\n2. The lid of claim 1, wherein the lever is hinged.";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    AppHarness app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    static void waitFor(String what, int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            String windows = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                    .map(w -> w.getScene() == null ? "?" : w.getScene().getRoot().getClass().getSimpleName()).toList().toString();
            throw new AssertionError("timed out waiting for " + what + " (windows showing: " + windows + ")");
        }
    }

    @Test
    void draftCheckGenerateSaveRestartImportExport() throws Exception {
        Path data = dir.resolve("workspace");
        app = AppHarness.start(data, AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);

        // Create a matter through the "+ New" dialog.
        robot.clickOn(find("#newMatterButton", Button.class));
        waitFor("the name dialog", 10, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField name = robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("Lid test");
        assertThat(name.getText()).isEqualTo("Lid test");
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane .button").match((javafx.scene.Node n) ->
                n instanceof Button b && b.getText().equals("OK")).query());
        waitFor("the new matter", 10, () -> matters.current() != null && matters.current().title().equals("Lid test"));

        // Type claims with a missing antecedent ("the lever").
        ClaimsArea claims = find("#claimsArea", ClaimsArea.class);
        robot.clickOn(claims).write(CLAIMS);
        assertThat(claims.getText()).isEqualTo(CLAIMS);

        // The finding appears, underlined in the editor and listed in the panel.
        FindingsView findings = find("#findingsView", FindingsView.class);
        // Typing may pause long enough for intermediate analyses; wait for the one of the final text.
        waitFor("the antecedent finding", 15, () -> entryCell(findings, "the lever") != null
                && claims.findings().stream().anyMatch(f -> f.message().contains("the lever"))
                && claims.highlightedVersionProperty().get() == claims.textVersion()
                && claims.shownFindingsProperty().get().equals(claims.findings()));
        // Findings the analyzer is unsure of stay hidden until the panel's toggle asks for them.
        javafx.scene.control.CheckBox showPossible = find("#showPossibleFindings", javafx.scene.control.CheckBox.class);
        assertThat(showPossible.isSelected()).isFalse();
        robot.clickOn(showPossible);
        waitFor("possible findings shown", 5, () -> findings.showPossibleProperty().get());
        robot.clickOn(showPossible);
        waitFor("possible findings hidden", 5, () -> !findings.showPossibleProperty().get());
        int lever = CLAIMS.indexOf("the lever");
        assertThat(claims.getStyleOfChar(lever + 2)).as("styles at 'the lever'; findings %s", claims.findings()).contains("finding");

        // Clicking it selects its text.
        robot.clickOn(entryCell(findings, "the lever"));
        waitFor("the selection", 5, () -> claims.getSelectedText().equals("the lever"));

        // Abstract from the tiny model: tokens stream into the preview, then Cancel stops it midway.
        ModelViewModel models = app.get(ModelViewModel.class);
        AssistantViewModel assistant = app.get(AssistantViewModel.class);
        waitFor("the model", 60, () -> models.stateProperty().get().ready());
        List<String> streamed = new ArrayList<>();
        Button cancel = find("#assistCancel", Button.class);
        assistant.previewProperty().addListener((o, a, b) -> {
            streamed.add(b);
            if (streamed.size() == 3 && assistant.runningProperty().get()) {
                cancel.fire();
            }
        });
        robot.clickOn(find("#assist-DRAFT_ABSTRACT", Button.class));
        waitFor("the cancelled generation", 60, () -> !assistant.runningProperty().get() && assistant.noteProperty().get().startsWith("Cancelled"));
        assertThat(streamed.size()).isGreaterThanOrEqualTo(3);
        assertThat(assistant.tokensProperty().get()).isLessThan(200);
        SpecArea abstractArea = find("#abstractArea", SpecArea.class);
        assertThat(abstractArea.getText()).as("nothing lands before Accept").isEmpty();

        // Regenerate to the end, accept: the text lands in the abstract; one undo takes it back.
        robot.clickOn(find("#assistRegenerate", Button.class));
        waitFor("the full generation", 60, () -> !assistant.runningProperty().get() && assistant.hasResultProperty().get());
        String drafted = assistant.previewProperty().get().strip();
        robot.clickOn(find("#assistAccept", Button.class));
        try {
            waitFor("the accepted abstract", 10, () -> abstractArea.getText().equals(drafted));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; abstract=[" + abstractArea.getText() + "] preview=[" + assistant.previewProperty().get()
                    + "] drafted=[" + drafted + "] hasResult=" + assistant.hasResultProperty().get() + " note=" + assistant.noteProperty().get());
        }
        robot.clickOn(abstractArea).push(KeyCode.CONTROL, KeyCode.Z);
        waitFor("the undo", 5, () -> abstractArea.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor("the redo", 5, () -> abstractArea.getText().equals(drafted));

        // Save (autosave) and restart: everything is back.
        app.close();
        app = AppHarness.start(data, null);
        MatterViewModel reopened = app.get(MatterViewModel.class);
        waitFor("the matter list", 10, () -> reopened.matters().stream().map(MatterSummary::title).anyMatch("Lid test"::equals));
        javafx.scene.Node cell = robot.from(app.window.scene().getRoot()).lookup("#matterList .list-cell").match((javafx.scene.Node n) -> n instanceof ListCell<?> c
                && c.getItem() instanceof MatterSummary s && s.title().equals("Lid test")).query();
        robot.clickOn(cell);
        ClaimsArea claimsAgain = find("#claimsArea", ClaimsArea.class);
        SpecArea abstractAgain = find("#abstractArea", SpecArea.class);
        waitFor("the reopened matter", 10, () -> claimsAgain.getText().equals(CLAIMS));
        assertThat(abstractAgain.getText()).isEqualTo(drafted);

        // A prior-art PDF opens read-only beside the draft, with page numbers.
        Path pdf = twoPagePdf(dir.resolve("prior-art.pdf"));
        WaitForAsyncUtils.asyncFx(() -> app.window.openReference(pdf));
        waitFor("the reference", 20, () -> WaitForAsyncUtils.asyncFx(
                () -> app.window.reference().document() != null
                        && app.window.reference().textArea().getText().contains("second page")).get());
        assertThat(app.window.reference().document().pageCount()).isEqualTo(2);
        assertThat(app.window.reference().textArea().getText()).contains("pivoting lever", "second page");
        assertThat(app.window.reference().textArea().isEditable()).isFalse();
        int secondPage = paragraphContaining(app.window.reference().textArea().getText(), "second page");
        assertThat(app.window.reference().pageOfParagraph(secondPage)).isEqualTo(2);

        // Export DOCX and read it back with POI.
        Path docx = dir.resolve("out").resolve("lid.docx");
        WaitForAsyncUtils.asyncFx(() -> app.window.export(docx, "docx"));
        waitFor("the DOCX", 20, () -> Files.exists(docx) && Files.size(docx) > 0);
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertThat(text).contains("1. A lid comprising a cover plate.", "2. The lid of claim 1, wherein the lever is hinged.", "\nAbstract\n");
        // The random-weight model writes odd bytes that DOCX cannot hold verbatim; compare the plain words.
        String words = drafted.replaceAll("[^A-Za-z ]", "");
        String exportedWords = text.substring(text.indexOf("\nAbstract\n")).replaceAll("[^A-Za-z ]", "");
        assertThat(exportedWords).contains(words.substring(0, Math.min(40, words.length())));
    }

    /** A node of the current app window (earlier windows of this JVM are hidden but still exist). */
    private <T extends javafx.scene.Node> T find(String query, Class<T> type) {
        return robot.from(app.window.scene().getRoot()).lookup(query).queryAs(type);
    }

    private static TreeCell<?> entryCell(FindingsView view, String text) {
        for (javafx.scene.Node n : view.lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> cell && cell.getItem() instanceof FindingsView.Entry e
                    && e.finding().message().contains(text) && cell.isVisible()) {
                return cell;
            }
        }
        return null;
    }

    private static int paragraphContaining(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    private static Path twoPagePdf(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (String line : new String[] {"A pivoting lever 12 closes the vent.", "The second page shows the spring 14."}) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText(line);
                    s.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
