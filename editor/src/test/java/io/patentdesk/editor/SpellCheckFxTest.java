package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.editor.spell.HunspellDictionary;
import io.patentdesk.editor.spell.KnownWords;
import io.patentdesk.editor.spell.Misspelling;
import io.patentdesk.editor.spell.SpellChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpellCheckFxTest {
    static final String CLAIMS = "1. A device for recieving a signal, comprising a housing.\n";
    ClaimsArea claims;
    final List<String> added = new ArrayList<>();

    @Start
    void start(Stage stage) {
        claims = new ClaimsArea();
        claims.onAddToDictionaryProperty().set(added::add);
        stage.setScene(new Scene(new VBox(claims), 800, 400));
        stage.show();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, r);
    }

    @Test
    void underlinesMisspeltWordsAndOffersCorrectionsAsOneEdit() throws Exception {
        SpellChecker checker = SpellChecker.on(HunspellDictionary.english(), KnownWords.NONE);
        onFx(() -> {
            claims.replaceText(CLAIMS);
            claims.spellCheckerProperty().set(checker);
        });
        int at = CLAIMS.indexOf("recieving");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !claims.shownMisspellingsProperty().get().isEmpty());
        assertThat(claims.shownMisspellingsProperty().get()).extracting(Misspelling::word).containsExactly("recieving");
        assertThat(claims.getStyleAtPosition(at + 2)).contains(Highlighter.MISSPELLED);
        assertThat(claims.getStyleAtPosition(CLAIMS.indexOf("housing") + 2)).doesNotContain(Highlighter.MISSPELLED);

        Bounds b = WaitForAsyncUtils.asyncFx(() -> claims.getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow()).get();
        // Headless Monocle makes no context-menu event of a right click: the event is fired as the toolkit would.
        onFx(() -> {
            javafx.geometry.Point2D local = claims.screenToLocal(b.getCenterX(), b.getCenterY());
            claims.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuItem("receiving") != null);
        assertThat(menuItem("Add \u201crecieving\u201d to Dictionary")).isNotNull();
        MenuItem fix = menuItem("receiving");
        onFx(fix::fire);
        onFx(() -> {
            assertThat(claims.getText()).isEqualTo(CLAIMS.replace("recieving", "receiving"));
            claims.undo();
            assertThat(claims.getText()).isEqualTo(CLAIMS);
        });
    }

    @Test
    void turningSpellCheckOffRemovesTheUnderlines() throws Exception {
        onFx(() -> {
            claims.replaceText(CLAIMS);
            claims.spellCheckerProperty().set(SpellChecker.on(HunspellDictionary.english(), KnownWords.NONE));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !claims.shownMisspellingsProperty().get().isEmpty());
        onFx(() -> claims.spellCheckerProperty().set(null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> claims.shownMisspellingsProperty().get().isEmpty());
        int at = CLAIMS.indexOf("recieving");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !claims.getStyleAtPosition(at + 2).contains(Highlighter.MISSPELLED));
    }

    private static MenuItem menuItem(String text) {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.isShowing()) {
                for (MenuItem mi : menu.getItems()) {
                    if (text.equals(mi.getText())) {
                        return mi;
                    }
                }
            }
        }
        return null;
    }
}
