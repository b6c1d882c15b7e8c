package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.ui.AnalysisViewModel;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Matter → Office and Fees… in the real window: choosing the EPO checks the open matter against the EPC (citations) and
 * shows the EPO's fees; choosing the USPTO with a small entity shows small-entity fees; the choice is stored.
 */
class OfficeAndFeesTest {
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

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Opens the dialog, picks {@code office} and {@code entity}, and presses OK. */
    private void choose(OfficeChoice office, EntitySize entity, boolean entityEnabled) throws Exception {
        WaitForAsyncUtils.asyncFx(menuItem("matter-office")::fire).get();
        Predicate<Node> shown = n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
        DraftingWorkflowTest.waitFor("the dialog", 10, () -> robot.lookup("#officeChoice").match(shown).tryQuery().isPresent());
        ComboBox<OfficeChoice> offices = combo("#officeChoice");
        ComboBox<EntitySize> entities = combo("#entityChoice");
        WaitForAsyncUtils.asyncFx(() -> {
            offices.setValue(office);
            entities.setValue(entity);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entities.isDisabled()).as("the entity size only applies to USPTO fees").isEqualTo(!entityEnabled);
        DraftingWorkflowTest.waitFor("the OK button", 10, () -> robot.lookup("OK").match(shown).tryQuery().isPresent());
        robot.clickOn(robot.lookup("OK").match(shown).<Node>query());
        DraftingWorkflowTest.waitFor("the dialog to close", 10,
                () -> robot.lookup("#officeChoice").match(shown).tryQuery().isEmpty());
    }

    @Test
    void choosingTheEpoChecksAgainstTheEpcAndShowsEpoFees() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        AnalysisViewModel analysis = app.get(AnalysisViewModel.class);
        assertThat(menuItem("matter-office").isDisable()).as("no matter open").isTrue();
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        DraftingWorkflowTest.waitFor("the sample's check", 20, () -> analysis.resultProperty().get() != null
                && analysis.resultProperty().get().feeNote().startsWith("USPTO fees, large entity"));

        choose(OfficeChoice.EPO, EntitySize.LARGE, false);
        DraftingWorkflowTest.waitFor("the EPO check", 20, () -> analysis.resultProperty().get().feeNote().startsWith("EPO fees"));
        AnalysisResult epo = analysis.resultProperty().get();
        assertThat(epo.feeCurrency()).isEqualTo("EUR");
        assertThat(epo.findings()).isNotEmpty().anySatisfy(f -> assertThat(f.citation()).contains("EPC"))
                .noneSatisfy(f -> assertThat(f.citation()).contains("U.S.C."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".fee-note").queryAs(Label.class).getText()).startsWith("EPO fees");
        assertThat(robot.lookup(".fee-amount").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText()).contains("\u20ac"));

        choose(OfficeChoice.USPTO, EntitySize.SMALL, true);
        DraftingWorkflowTest.waitFor("the small-entity check", 20,
                () -> analysis.resultProperty().get().feeNote().startsWith("USPTO fees, small entity"));
        assertThat(analysis.resultProperty().get().findings()).noneSatisfy(f -> assertThat(f.citation()).contains("EPC"));

        matters.flushNow();
        assertThat(app.workspace.matters().get(matters.current().id())).satisfies(m -> {
            assertThat(m.office()).isEqualTo(OfficeChoice.USPTO);
            assertThat(m.entity()).isEqualTo(EntitySize.SMALL);
        });
    }
}
