package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.comments.CommentsViewModel;
import io.patentdesk.editor.ClaimsArea;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A comment as the user leaves one: select text, Edit > Add Comment, listed in the side panel, exported to DOCX. */
class CommentsFlowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void selectCommentListAndExport() throws Exception {
        AppHarness app = AppHarness.start(dir.resolve("data"), null);
        try {
            MatterViewModel matters = app.get(MatterViewModel.class);
            java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            app.get(io.patentdesk.app.ui.event.EventBus.class).subscribe(io.patentdesk.app.ui.event.UserError.class,
                    e -> errors.add(e.title() + ": " + e.message()));
            WaitForAsyncUtils.asyncFx(() -> matters.create("Lamp"));
            DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
            ClaimsArea claims = app.window.document().claimsArea();
            robot.clickOn(claims).write("1. A lamp comprising a bulb and a socket.");
            int at = claims.getText().indexOf("socket");
            WaitForAsyncUtils.asyncFx(() -> claims.selectRange(at, at + 6)).get();
            robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
            DraftingWorkflowTest.waitFor("the comment dialog", 10,
                    () -> robot.lookup("Comment on \u201csocket\u201d:").tryQuery().isPresent());
            robot.clickOn(".dialog-pane .text-field").write("Threaded?");
            robot.clickOn((Node) robot.lookup(".dialog-pane .button")
                    .match((Node n) -> n instanceof Button b && b.getText().equals("OK")).query());

            ListView<?> list = robot.lookup("#commentList").queryAs(ListView.class);
            DraftingWorkflowTest.waitFor("the listed comment (errors: " + errors + ")", 10,
                    () -> list.getItems().size() == 1 || !errors.isEmpty());
            assertThat(errors).isEmpty();
            CommentsViewModel.Row row = (CommentsViewModel.Row) list.getItems().getFirst();
            assertThat(row.comment().quote()).isEqualTo("socket");
            assertThat(row.comment().text()).isEqualTo("Threaded?");
            var image = WaitForAsyncUtils.asyncFx(() -> Screenshots.take(app.window.scene())).get();
            Screenshots.write(image, Path.of("target", "screenshots", "comments-panel.png"));

            Path out = dir.resolve("lamp.docx");
            WaitForAsyncUtils.asyncFx(() -> app.window.export(out, "docx")).get();
            DraftingWorkflowTest.waitFor("the export", 20, () -> Files.isRegularFile(out));
            try (var in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getDocComments().getComments()).extracting(XWPFComment::getText)
                        .containsExactly("Threaded?");
            }
        } finally {
            app.close();
        }
    }
}
