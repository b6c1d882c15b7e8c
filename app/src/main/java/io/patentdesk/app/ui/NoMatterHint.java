package io.patentdesk.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shown over the editors while no matter is open (they are disabled then): says how to start one, with buttons for
 * the two ways, so that nobody types into an editor whose text would belong to no matter.
 */
final class NoMatterHint extends StackPane {
    /** The new-matter shortcut as this platform writes it ("Ctrl+N", "⌘N"). */
    static final String NEW_MATTER_KEYS = "Shortcut+N";

    NoMatterHint(MatterViewModel matters, Runnable newMatter, Runnable openSample) {
        setId("noMatterHint");
        Label headline = new Label("Create a matter (" + KeyCombination.keyCombination(NEW_MATTER_KEYS).getDisplayText()
                + ") or open one to start writing");
        headline.getStyleClass().add("no-matter-headline");
        headline.setWrapText(true);
        Label detail = new Label("Pick a matter in the list on the left, or open the sample to try PatentDesk.");
        detail.getStyleClass().add("no-matter-detail");
        detail.setWrapText(true);
        Button create = new Button("New Matter\u2026");
        create.setId("noMatterNew");
        create.getStyleClass().add("primary");
        create.setOnAction(e -> newMatter.run());
        Button sample = new Button("Open Sample Matter");
        sample.setId("noMatterSample");
        sample.setOnAction(e -> openSample.run());
        HBox buttons = new HBox(8, create, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox.setMargin(buttons, new Insets(6, 0, 0, 0));
        VBox card = new VBox(10, headline, detail, buttons);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("no-matter-card");
        card.setMaxSize(560, USE_PREF_SIZE);
        getChildren().add(card);
        getStyleClass().add("no-matter-hint");
        // Clicks outside the card reach the (disabled) editors below, as with no hint at all.
        setPickOnBounds(false);
        visibleProperty().bind(matters.currentProperty().isNull());
        managedProperty().bind(visibleProperty());
    }
}
