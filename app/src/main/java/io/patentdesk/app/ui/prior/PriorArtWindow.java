package io.patentdesk.app.ui.prior;

import io.patentdesk.app.ui.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The claim-chart pane in a window of its own beside the main window, so the draft and its reference stay visible. */
public final class PriorArtWindow {
    private Stage stage;

    /** Shows the window (creating it the first time) in front. */
    public void show(Window owner, PriorArtViewModel vm, Dialogs dialogs, Supplier<String> claimsText,
            BiConsumer<Path, Integer> openAtPage) {
        if (stage == null) {
            PriorArtPane pane = new PriorArtPane(vm,
                    () -> dialogs.openFile("Add a prior-art reference",
                            new FileChooser.ExtensionFilter("PDF, text, DOCX, USPTO XML", "*.pdf", "*.txt", "*.docx",
                                    "*.xml"),
                            new FileChooser.ExtensionFilter("All files", "*.*")).map(File::toPath),
                    () -> dialogs.saveFile("Export the claim chart", "claim-chart.docx",
                            new FileChooser.ExtensionFilter("Word table (.docx) or CSV (.csv)", "*.docx", "*.csv"))
                            .map(File::toPath),
                    initial -> dialogs.askText("Note", "Note on this passage:", initial),
                    claimsText, openAtPage);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Claim Chart");
            stage.setScene(new Scene(pane, 720, 640));
            if (owner.getScene() != null) {
                stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.show();
        stage.toFront();
    }
}
