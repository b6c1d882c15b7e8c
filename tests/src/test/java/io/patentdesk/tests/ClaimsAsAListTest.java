package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.spell.SpellingViewModel;
import io.patentdesk.app.store.UserDictionary;
import io.patentdesk.editor.ClaimsArea;
import io.patentdesk.editor.spell.Misspelling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample's claims edited as a list from the Claims menu (delete, move up, insert after the caret's claim: each
 * renumbers the claims and their references, and one undo takes it back), and spell check in the real window:
 * a misspelt word is underlined, and Add to Dictionary stores it privately and stops the underline.
 */
class ClaimsAsAListTest {
    static final Path SHOT = Path.of("target", "screenshots", "spelling.png");

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    AppHarness app;
    ClaimsArea claims;

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

    private void openSample() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        claims = robot.lookup("#claimsArea").queryAs(ClaimsArea.class);
        DraftingWorkflowTest.waitFor("the sample", 10, () -> claims.getText().startsWith("1. A drinking lid"));
    }

    private void run(String id, int caret) throws Exception {
        String before = claims.getText();
        WaitForAsyncUtils.asyncFx(() -> claims.moveTo(caret)).get();
        MenuItem item = menuItem(id);
        assertThat(item.isDisable()).isFalse();
        WaitForAsyncUtils.asyncFx(item::fire).get();
        DraftingWorkflowTest.waitFor(id, 10, () -> !claims.getText().equals(before));
        WaitForAsyncUtils.waitForFxEvents(); // the polling saw the text change; the caret moves in the same FX event
    }

    private MenuItem menuItem(String id) {
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem mi : m.getItems()) {
                if (id.equals(mi.getId())) {
                    return mi;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static void assertNumberedInOrder(String text) {
        List<Claim> parsed = ClaimSet.parse(text).claims();
        for (int k = 0; k < parsed.size(); k++) {
            assertThat(parsed.get(k).number()).isEqualTo(k + 1);
            assertThat(parsed.get(k).references()).allMatch(r -> r < parsed.get(0).number() + parsed.size());
        }
    }

    @Test
    void deleteMoveAndInsertRenumberEveryReferenceAsOneUndoableEdit() throws Exception {
        openSample();
        String original = claims.getText();
        int claimCount = ClaimSet.parse(original).size();
        assertThat(original).contains("any one of claims 1 to 4");

        run("claims-delete", original.indexOf("3. The drinking lid") + 5);
        String deleted = claims.getText();
        assertThat(ClaimSet.parse(deleted).size()).isEqualTo(claimCount - 1);
        assertThat(deleted).doesNotContain("the spring biases").contains("any one of claims 1 to 3");
        assertNumberedInOrder(deleted);
        WaitForAsyncUtils.asyncFx(claims::undo).get();
        assertThat(claims.getText()).isEqualTo(original);

        run("claims-up", original.indexOf("3. The drinking lid") + 5);
        String moved = claims.getText();
        assertThat(moved).contains("2. The drinking lid of claim 1, wherein the spring");
        assertThat(moved).contains("4. The drinking lid of claim 3, wherein the actuator");
        assertNumberedInOrder(moved);
        WaitForAsyncUtils.asyncFx(claims::undo).get();
        assertThat(claims.getText()).isEqualTo(original);

        run("claims-insert", original.indexOf("2. The drinking lid") + 5);
        String inserted = claims.getText();
        assertThat(inserted).contains("\n3. The drinking lid of claim 2, wherein \n");
        assertThat(inserted).contains("any one of claims 1 to 5");
        assertThat(inserted.substring(0, claims.getCaretPosition())).endsWith("3. The drinking lid of claim 2, wherein ");
        assertNumberedInOrder(inserted);
    }

    @Test
    void misspeltWordsAreUnderlinedUntilAddedToTheUsersDictionary() throws Exception {
        openSample();
        SpellingViewModel spelling = app.get(SpellingViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> spelling.enabledProperty().set(true)).get();
        String typo = "\n\n9. The drinking lid of claim 1, further recieving a seperate straw.";
        WaitForAsyncUtils.asyncFx(() -> claims.appendText(typo)).get();
        DraftingWorkflowTest.waitFor("the underlines", 60, () -> words(claims).contains("recieving"));
        assertThat(words(claims)).contains("recieving", "seperate").doesNotContain("drinking", "lid", "pivotally");

        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> claims.showParagraphAtTop(claims.getParagraphs().size() - 4)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = Screenshots.take(app.window.scene()));
        Screenshots.write(image[0], SHOT);

        WaitForAsyncUtils.asyncFx(() -> spelling.addWord("recieving")).get();
        DraftingWorkflowTest.waitFor("the word to be known", 20, () -> !words(claims).contains("recieving"));
        assertThat(words(claims)).contains("seperate");
        Path file = dir.resolve("workspace").resolve(UserDictionary.FILE_NAME);
        assertThat(Files.readAllLines(file)).contains("recieving");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private static List<String> words(ClaimsArea area) {
        return area.shownMisspellingsProperty().get().stream().map(Misspelling::word).toList();
    }
}
