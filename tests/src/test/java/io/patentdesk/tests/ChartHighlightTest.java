package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.prior.PriorArtViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claim chart window of the real app, charting with the bundled encoder: each passage in the list shows the
 * claim element's words highlighted (the words the DOCX sets in bold) and the rest plain.
 */
class ChartHighlightTest {
    static final Path SHOT = Path.of("target", "screenshots", "claim-chart.png");

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

    @Test
    void theElementsWordsAreHighlightedInEachPassage() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), null);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.create("Lock")).get();
        DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
        WaitForAsyncUtils.asyncFx(() -> app.window.document().claimsArea().replaceText(
                "1. A padlock comprising: a shackle of hardened steel; and a spring latch holding the shackle.")).get();
        Path reference = Files.writeString(dir.resolve("lock.txt"), String.join("\n",
                "[0010] The shackle is bent into a U shape from hardened steel and held in the housing.",
                "[0011] A spring latch engages a notch of the shackle until a key withdraws it.",
                "[0012] The housing is painted black and carries the maker's name on its front face."));
        PriorArtViewModel chart = app.get(PriorArtViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> chart.addReference(reference)).get();

        WaitForAsyncUtils.asyncFx(() -> menuItem("file-claim-chart").fire()).get();
        DraftingWorkflowTest.waitFor("the chart window", 10, () -> chartWindow() != null);
        robot.clickOn(robot.from(chartWindow().getScene().getRoot()).lookup("#priorArtChart").queryAs(Node.class));
        DraftingWorkflowTest.waitFor("the chart (status: " + chart.statusProperty().get() + ")", 120,
                () -> chart.chartProperty().get() != null);

        // The list lays its cells out on the next pulse after the chart arrives.
        DraftingWorkflowTest.waitFor("the passage lines", 10, () -> AppHarness.onFx(() -> passageFlows().stream()
                .anyMatch(f -> plainText(f).contains("U shape"))));
        var image = WaitForAsyncUtils.asyncFx(() -> Screenshots.take(chartWindow().getScene())).get();
        Screenshots.write(image, SHOT);
        // Paragraph [0010] is listed under each element. Under "a shackle of hardened steel" its "shackle",
        // "hardened" and "steel" are highlighted and "housing" (not in the element) is plain; under the preamble
        // "A padlock" nothing is.
        List<TextFlow> shapes = AppHarness.onFx(() -> passageFlows().stream()
                .filter(f -> plainText(f).contains("U shape")).toList());
        TextFlow steel = AppHarness.onFx(() -> shapes.stream().filter(f -> texts(f, "chart-match").contains("steel"))
                .findFirst().orElseThrow(() -> new AssertionError("no passage line highlights \"steel\": "
                        + shapes.stream().map(f -> texts(f, "chart-match")).toList())));
        assertThat(AppHarness.onFx(() -> texts(steel, "chart-match"))).containsExactly("shackle", "hardened", "steel");
        assertThat(AppHarness.onFx(() -> String.join("", texts(steel, "chart-passage"))))
                .contains("housing", " is bent into a U shape from ");
        assertThat(AppHarness.onFx(() -> texts(steel, "chart-where"))).singleElement().asString()
                .contains("lock.txt", "[0010]");
        assertThat(AppHarness.onFx(() -> shapes.stream().anyMatch(f -> texts(f, "chart-match").isEmpty()))).isTrue();
        // The flow holds the passage whole: head, then the passage's text in order.
        assertThat(AppHarness.onFx(() -> plainText(steel)))
                .endsWith("The shackle is bent into a U shape from hardened steel and held in the housing.");

    }

    private Window chartWindow() {
        return AppHarness.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#priorArtChartList") != null)
                .findFirst().orElse(null));
    }

    private MenuItem menuItem(String id) {
        for (Menu m : robot.from(app.window.scene().getRoot()).lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem mi : m.getItems()) {
                if (id.equals(mi.getId())) {
                    return mi;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** The passage lines the list shows now (on the FX thread). */
    private List<TextFlow> passageFlows() {
        return chartWindow().getScene().getRoot().lookupAll(".chart-list .list-cell").stream()
                .map(n -> ((ListCell<?>) n).getGraphic()).filter(g -> g instanceof TextFlow)
                .map(g -> (TextFlow) g).toList();
    }

    private static List<String> texts(TextFlow flow, String styleClass) {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> ((Text) n).getText()).toList();
    }

    private static String plainText(TextFlow flow) {
        return String.join("", flow.getChildren().stream().map(n -> ((Text) n).getText()).toList());
    }
}
