package io.patentdesk.editor;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.MultiChangeBuilder;

/** A find/replace bar for whichever area is current; "Replace all" is one undoable edit. */
public class FindReplaceBar extends HBox {
    private final ObjectProperty<GenericStyledArea<?, ?, ?>> target = new SimpleObjectProperty<>(this, "target");
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();

    public FindReplaceBar() {
        getStyleClass().add("find-replace-bar");
        getStylesheets().add(AnalyzedArea.STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        find.setPromptText("Find");
        find.setId("findField");
        replace.setPromptText("Replace with");
        replace.setId("replaceField");
        Button next = button("Next", this::findNext);
        Button previous = button("Previous", this::findPrevious);
        Button one = button("Replace", this::replaceOne);
        Button all = button("Replace all", this::replaceAll);
        Button close = button("\u2715", () -> setVisible(false));
        close.getStyleClass().add("flat");
        find.setOnAction(e -> findNext());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setVisible(false);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.getStyleClass().add("find-status");
        getChildren().addAll(find, previous, next, replace, one, all, matchCase, spacer, status, close);
        managedProperty().bind(visibleProperty());
    }

    public ObjectProperty<GenericStyledArea<?, ?, ?>> targetProperty() {
        return target;
    }

    public void open(String initialQuery) {
        setVisible(true);
        if (initialQuery != null && !initialQuery.isEmpty() && initialQuery.indexOf('\n') < 0) {
            find.setText(initialQuery);
        }
        find.requestFocus();
        find.selectAll();
    }

    public TextField findField() {
        return find;
    }

    public TextField replaceField() {
        return replace;
    }

    /** Selects the next match after the caret; false when there is none. */
    public boolean findNext() {
        GenericStyledArea<?, ?, ?> area = target.get();
        if (area == null) {
            return false;
        }
        TextSearch search = new TextSearch(area.getText(), find.getText(), matchCase.isSelected());
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1 : area.getCaretPosition();
        return select(area, search, search.next(from));
    }

    public boolean findPrevious() {
        GenericStyledArea<?, ?, ?> area = target.get();
        if (area == null) {
            return false;
        }
        TextSearch search = new TextSearch(area.getText(), find.getText(), matchCase.isSelected());
        return select(area, search, search.previous(area.getSelection().getStart()));
    }

    /** Replaces the selected match (if the selection is one) and moves to the next. */
    public void replaceOne() {
        GenericStyledArea<?, ?, ?> area = target.get();
        if (area == null) {
            return;
        }
        String selected = area.getSelectedText();
        boolean isMatch = matchCase.isSelected() ? selected.equals(find.getText()) : selected.equalsIgnoreCase(find.getText());
        if (isMatch && !selected.isEmpty()) {
            area.replaceSelection(replace.getText());
        }
        findNext();
    }

    /** Replaces every match as a single edit; returns how many. */
    public int replaceAll() {
        GenericStyledArea<?, ?, ?> area = target.get();
        if (area == null) {
            return 0;
        }
        TextSearch search = new TextSearch(area.getText(), find.getText(), matchCase.isSelected());
        List<Integer> hits = search.all();
        if (!hits.isEmpty()) {
            MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(hits.size());
            // From the end backwards, so earlier offsets stay valid whatever the builder's offset convention.
            for (int i = hits.size() - 1; i >= 0; i--) {
                change.replaceTextAbsolutely(hits.get(i), hits.get(i) + search.length(), replace.getText());
            }
            change.commit();
        }
        status.setText(hits.size() == 1 ? "1 replacement" : hits.size() + " replacements");
        return hits.size();
    }

    private boolean select(GenericStyledArea<?, ?, ?> area, TextSearch search, int at) {
        if (at < 0) {
            status.setText(find.getText().isEmpty() ? "" : "No matches");
            return false;
        }
        area.selectRange(at, at + search.length());
        area.requestFollowCaret();
        status.setText((search.all().indexOf(at) + 1) + " of " + search.all().size());
        return true;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }
}
