package io.patentdesk.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * A specification section editor: reference numerals and figure references styled, specification findings
 * underlined, and (when numbered) paragraph numbers {@code [0001]} in the margin as USPTO publications print them.
 * Each section area starts numbering where the previous section stopped ({@link #firstNumberProperty()}).
 */
public class SpecArea extends AnalyzedArea {
    private final IntegerProperty firstNumber = new SimpleIntegerProperty(this, "firstNumber", 1);
    private final BooleanProperty numbered = new SimpleBooleanProperty(this, "numbered", true);
    /** Bumped whenever any paragraph's number may have changed; the margin labels listen to it. */
    private final IntegerProperty numberingVersion = new SimpleIntegerProperty(this, "numberingVersion");
    private final ParagraphNumbering numbering = new ParagraphNumbering();
    /** {@link #numberedParagraphCount()} as last counted; -1 once an edit may have changed it. */
    private int numberedCount = -1;

    public SpecArea() {
        super(Highlighter.Kind.SPECIFICATION);
        getStyleClass().add("spec-area");
        plainTextChanges().subscribe(this::maybeRenumber);
        firstNumber.addListener((o, a, b) -> renumber());
        numbered.addListener((o, a, b) -> setParagraphGraphicFactory(b ? this::numberLabel : null));
        setParagraphGraphicFactory(this::numberLabel);
    }

    public IntegerProperty firstNumberProperty() {
        return firstNumber;
    }

    public BooleanProperty numberedProperty() {
        return numbered;
    }

    /** The number shown for paragraph {@code index}, or 0 when it has none (blank, or numbering off). */
    public int paragraphNumber(int index) {
        if (!numbered.get()) {
            return 0;
        }
        return numbering.numberOf(index, getParagraphs().size(), i -> isBlank(getParagraph(i).getText()), firstNumber.get());
    }

    /**
     * How many paragraphs carry a number: the next section continues after them. Counted again only after an edit
     * that can change which paragraphs are blank ({@link #maybeRenumber}): the window asks after every pause in
     * typing, and counting copies every paragraph's text, a megabyte on a 300-page specification, on the FX thread.
     */
    public int numberedParagraphCount() {
        if (numberedCount < 0) {
            int n = 0;
            for (int i = 0; i < getParagraphs().size(); i++) {
                if (!isBlank(getParagraph(i).getText())) {
                    n++;
                }
            }
            numberedCount = n;
        }
        return numberedCount;
    }

    /**
     * The margin number of one paragraph. RichTextFX builds a new one for every edited paragraph, that is on every
     * keystroke, so it is a plain {@link Text} (no control skin to create and style) in a fixed-width box.
     */
    private Node numberLabel(int index) {
        Text number = new Text();
        number.getStyleClass().add("paragraph-number-text");
        number.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = paragraphNumber(index);
            return n == 0 ? "" : ParagraphNumbering.format(n);
        }, numberingVersion));
        StackPane box = new StackPane(number);
        box.getStyleClass().add("paragraph-number");
        StackPane.setAlignment(number, Pos.TOP_RIGHT);
        return box;
    }

    /** Renumbers only when an edit can change which paragraphs are blank: typing inside a paragraph does not. */
    private void maybeRenumber(PlainTextChange c) {
        boolean lineBreaks = c.getInserted().indexOf('\n') >= 0 || c.getRemoved().indexOf('\n') >= 0;
        if (lineBreaks) {
            renumber();
            return;
        }
        int paragraph = offsetToPosition(Math.min(c.getPosition(), getLength()), Bias.Forward).getMajor();
        String now = getParagraph(paragraph).getText();
        int column = c.getPosition() - getAbsolutePosition(paragraph, 0);
        int insertedEnd = Math.min(now.length(), column + c.getInserted().length());
        String before = now.substring(0, Math.max(0, column)) + c.getRemoved() + now.substring(insertedEnd);
        if (isBlank(now) != isBlank(before)) {
            renumber();
        }
    }

    private void renumber() {
        numberedCount = -1;
        numbering.invalidate();
        numberingVersion.set(numberingVersion.get() + 1);
    }

    private static boolean isBlank(String s) {
        return s.isBlank();
    }
}
