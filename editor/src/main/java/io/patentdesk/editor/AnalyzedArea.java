package io.patentdesk.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import io.patentdesk.editor.spell.Misspelling;
import io.patentdesk.editor.spell.SpellChecker;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A text area whose highlighting and finding underlines are computed off the FX thread, about 300 ms after typing
 * stops, and applied only if the text has not changed meanwhile: a keystroke never waits for highlighting.
 * Findings keep their place while the user types (their offsets shift with each edit) until fresh ones arrive.
 */
public abstract class AnalyzedArea extends CodeArea {
    /** Highlighting of all areas shares one background thread: it is cheap, and ordering per area is preserved. */
    private static final Executor SHARED_HIGHLIGHTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "patentdesk-highlighter");
        t.setDaemon(true);
        return t;
    });
    static final Duration QUIET_PERIOD = Duration.ofMillis(300);
    static final String STYLESHEET = AnalyzedArea.class.getResource("editor.css").toExternalForm();

    /** Up to this length the whole document is restyled at once; longer ones only around the viewport. */
    static final int WHOLE_DOCUMENT_LIMIT = 60_000;
    /** Paragraphs styled above and below the visible ones, so that scrolling a little shows styled text at once. */
    static final int MARGIN_PARAGRAPHS = 60;

    private final Highlighter.Kind kind;
    private StyleSpans<Collection<String>> latestSpans;
    private long latestVersion = -1;
    private final BitSet styledParagraphs = new BitSet();
    private Executor executor = SHARED_HIGHLIGHTER;
    /**
     * The newest highlighting pass asked for and not yet started; null when none waits. At most one task per area
     * waits in the executor and it runs the newest pass when it starts: requests made while the highlighter is busy
     * (typing pauses, analysis results, on a 300-page text each pass takes seconds) replace each other instead of
     * queueing, each holding a copy of the whole text (403 of them, 403 MB, were found queued after the UI benchmark).
     */
    private final AtomicReference<Runnable> pendingPass = new AtomicReference<>();
    private long textVersion;
    private long restyles;
    private boolean viewportStylingQueued;
    private String cachedText;
    private long cachedTextVersion = -1;
    private List<FindingItem> findings = List.of();
    private final ReadOnlyLongWrapper highlightedVersion = new ReadOnlyLongWrapper(this, "highlightedVersion", -1);
    private final ReadOnlyObjectWrapper<List<FindingItem>> shownFindings = new ReadOnlyObjectWrapper<>(this, "shownFindings", List.of());
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper(this, "wordCount");
    private final ObjectProperty<Consumer<FindingItem>> onSuppressFinding = new SimpleObjectProperty<>(this, "onSuppressFinding");
    private final ObjectProperty<SpellChecker> spellChecker = new SimpleObjectProperty<>(this, "spellChecker");
    private final ObjectProperty<Consumer<String>> onAddToDictionary = new SimpleObjectProperty<>(this, "onAddToDictionary");
    private final ReadOnlyObjectWrapper<List<Misspelling>> shownMisspellings = new ReadOnlyObjectWrapper<>(this, "shownMisspellings", List.of());
    /** The misspellings on screen, their offsets following edits made since (as findings' do). */
    private List<Misspelling> misspellings = List.of();
    private final Popup hoverPopup = new Popup();
    private final Label hoverLabel = new Label();
    private ContextMenu contextMenu;

    protected AnalyzedArea(Highlighter.Kind kind) {
        this.kind = kind;
        getStyleClass().add("patent-area");
        getStylesheets().add(STYLESHEET);
        setWrapText(true);
        plainTextChanges().subscribe(this::onTextChanged);
        multiPlainChanges().successionEnds(QUIET_PERIOD).subscribe(changes -> rehighlight());
        installHover();
        // Scrolling reveals paragraphs to style. Deferred: the estimate changes in the middle of a text change, and
        // asking for the visible paragraphs then forces a layout of the half-updated view on every keystroke.
        estimatedScrollYProperty().addListener((javafx.beans.InvalidationListener) o -> styleAroundViewportLater());
        heightProperty().addListener((javafx.beans.InvalidationListener) o -> styleAroundViewportLater());
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showContextMenu);
        spellChecker.addListener((o, a, b) -> rehighlight());
    }

    /** Checks spelling with this checker as part of highlighting (off the FX thread); null turns spell check off. */
    public ObjectProperty<SpellChecker> spellCheckerProperty() {
        return spellChecker;
    }

    /** Called with the word the user chose to add to their dictionary from the context menu. */
    public ObjectProperty<Consumer<String>> onAddToDictionaryProperty() {
        return onAddToDictionary;
    }

    /** The misspelt words the highlighting on screen underlines (for tests and scripted checks). */
    public ReadOnlyObjectProperty<List<Misspelling>> shownMisspellingsProperty() {
        return shownMisspellings.getReadOnlyProperty();
    }

    /** The misspelt word at character {@code index}, as of the highlighting on screen; null for none. */
    public Misspelling misspellingAt(int index) {
        for (Misspelling m : misspellings) {
            if (m.covers(index)) {
                return m;
            }
        }
        return null;
    }

    /** Runs highlighting on {@code executor} instead of the shared background thread (tests run it in place). */
    public void setHighlightExecutor(Executor executor) {
        this.executor = executor;
    }

    /** Increases with every change to the text; findings are tied to the version they were computed for. */
    public long textVersion() {
        return textVersion;
    }

    /** How many highlighting results have been applied so far (for benchmarks). */
    public long restyleCount() {
        return restyles;
    }

    /** The text version whose highlighting is on screen (for tests and benchmarks). */
    public ReadOnlyLongProperty highlightedVersionProperty() {
        return highlightedVersion.getReadOnlyProperty();
    }

    /** The findings the highlighting on screen underlines (for tests and scripted checks). */
    public ReadOnlyObjectProperty<List<FindingItem>> shownFindingsProperty() {
        return shownFindings.getReadOnlyProperty();
    }

    /** Words in the text as of the last highlighting pass. */
    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    /** Called with the finding the user chose to suppress from the context menu. */
    public ObjectProperty<Consumer<FindingItem>> onSuppressFindingProperty() {
        return onSuppressFinding;
    }

    /**
     * Shows findings computed on the text as of {@code forVersion}. Returns false (and shows nothing new) when the text
     * has changed since: a newer analysis is on its way.
     */
    public boolean setFindings(List<FindingItem> newFindings, long forVersion) {
        if (forVersion != textVersion) {
            return false;
        }
        findings = new ArrayList<>(newFindings);
        rehighlight();
        return true;
    }

    public List<FindingItem> findings() {
        return List.copyOf(findings);
    }

    /**
     * The whole text, built once per text version: on a 300-page document {@code getText()} copies a megabyte, and
     * highlighting, analysis and autosave all want the same version after a pause in typing.
     */
    public String currentText() {
        if (cachedTextVersion != textVersion || cachedText == null || cachedText.length() != getLength()) {
            cachedText = getText();
            cachedTextVersion = textVersion;
        }
        return cachedText;
    }

    /** Recomputes the highlighting in the background and applies it if the text is still the same. */
    public void rehighlight() {
        long version = textVersion;
        String text = currentText();
        List<FindingItem> snapshot = List.copyOf(findings);
        SpellChecker checker = spellChecker.get();
        Runnable pass = () -> {
            List<Misspelling> misspelt = checker == null ? List.of() : checker.check(text);
            StyleSpans<Collection<String>> spans = Highlighter.highlight(kind, text, snapshot, misspelt);
            int words = WordCount.of(text);
            runOnFx(() -> {
                if (version == textVersion) {
                    latestSpans = spans;
                    latestVersion = version;
                    styledParagraphs.clear();
                    if (getLength() <= WHOLE_DOCUMENT_LIMIT) {
                        setStyleSpans(0, spans);
                        styledParagraphs.set(0, getParagraphs().size());
                    } else {
                        styleAroundViewport();
                    }
                    restyles++;
                    wordCount.set(words);
                    shownFindings.set(snapshot);
                    misspellings = misspelt;
                    shownMisspellings.set(misspelt);
                    highlightedVersion.set(version);
                }
            });
        };
        if (pendingPass.getAndSet(pass) == null) {
            executor.execute(() -> {
                Runnable newest = pendingPass.getAndSet(null);
                if (newest != null) {
                    newest.run();
                }
            });
        }
    }

    /** Styles around the viewport once the current event (a text change, a scroll) is over. */
    private void styleAroundViewportLater() {
        if (viewportStylingQueued) {
            return;
        }
        viewportStylingQueued = true;
        Platform.runLater(() -> {
            viewportStylingQueued = false;
            // Reading the values re-arms the invalidation listeners.
            getEstimatedScrollY();
            getHeight();
            styleAroundViewport();
        });
    }

    /**
     * Applies the latest highlighting to the paragraphs around the viewport that do not have it yet. Restyling a
     * 300-page document at once costs far more than a frame; the viewport is all anyone sees. A paragraph whose
     * styles are already the new ones is left alone: restyling it would only make RichTextFX rebuild and re-lay out
     * its cell, and after a few keystrokes nearly every visible paragraph is unchanged.
     */
    private void styleAroundViewport() {
        if (latestSpans == null || latestVersion != textVersion) {
            return;
        }
        int count = getParagraphs().size();
        int first;
        int last;
        try {
            first = firstVisibleParToAllParIndex();
            last = lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            first = Math.min(getCurrentParagraph(), count - 1);
            last = first;
        }
        int from = Math.max(0, first - MARGIN_PARAGRAPHS);
        int to = Math.min(count - 1, last + MARGIN_PARAGRAPHS);
        int runStart = -1;
        for (int p = styledParagraphs.nextClearBit(from); p <= to + 1; p++) {
            boolean differs = p <= to && !styledParagraphs.get(p) && !hasStyles(p);
            if (differs && runStart < 0) {
                runStart = p;
            } else if (!differs && runStart >= 0) {
                restyle(runStart, p - 1);
                runStart = -1;
            }
        }
        styledParagraphs.set(from, to + 1);
    }

    private boolean hasStyles(int paragraph) {
        int start = getAbsolutePosition(paragraph, 0);
        return StyleRuns.same(getStyleSpans(paragraph), latestSpans.subView(start, start + getParagraphLength(paragraph)));
    }

    private void restyle(int firstParagraph, int lastParagraph) {
        int start = getAbsolutePosition(firstParagraph, 0);
        int end = getAbsolutePosition(lastParagraph, getParagraphLength(lastParagraph));
        if (end > start) {
            setStyleSpans(start, latestSpans.subView(start, end));
        }
    }

    /** Selects {@code [start, end)} and scrolls it into view. */
    public void reveal(int start, int end) {
        int s = Math.max(0, Math.min(start, getLength()));
        int e = Math.max(s, Math.min(end, getLength()));
        selectRange(s, e);
        requestFollowCaret();
        requestFocus();
    }

    /** Replaces {@code [start, end)} with {@code text} as one edit that a single undo takes back. */
    public void replaceAsOneEdit(int start, int end, String text) {
        getUndoManager().preventMerge();
        replaceText(start, end, text);
        getUndoManager().preventMerge();
    }

    /** Text shown when the mouse rests on character {@code index}; null for none. */
    protected String hoverText(int index) {
        List<FindingItem> here = findingsAt(index);
        if (here.isEmpty()) {
            return null;
        }
        return here.stream()
                .map(f -> f.message() + (f.citation().isEmpty() ? "" : "\n" + f.citation()))
                .collect(Collectors.joining("\n\n"));
    }

    /** The findings whose text covers character {@code index}. */
    public List<FindingItem> findingsAt(int index) {
        return findings.stream().filter(f -> f.covers(index)).toList();
    }

    private void onTextChanged(PlainTextChange change) {
        textVersion++;
        int pos = change.getPosition();
        int removedEnd = pos + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        if (!misspellings.isEmpty()) {
            // A word the edit touches is gone from the menu until it is checked again; the others move with the text.
            List<Misspelling> kept = new ArrayList<>(misspellings.size());
            for (Misspelling m : misspellings) {
                if (m.end() < pos) {
                    kept.add(m);
                } else if (m.start() > removedEnd) {
                    kept.add(new Misspelling(m.start() + delta, m.end() + delta, m.word()));
                }
            }
            misspellings = kept;
        }
        if (findings.isEmpty()) {
            return;
        }
        List<FindingItem> shifted = new ArrayList<>(findings.size());
        for (FindingItem f : findings) {
            if (f.end() < pos || (f.end() == pos && f.start() < pos)) {
                shifted.add(f);
            } else if (f.start() >= removedEnd) {
                shifted.add(move(f, f.start() + delta, f.end() + delta));
            } else {
                int start = Math.min(f.start(), pos);
                int end = f.end() >= removedEnd ? f.end() + delta : pos + change.getInserted().length();
                shifted.add(move(f, start, Math.max(start, end)));
            }
        }
        findings = shifted;
    }

    private static FindingItem move(FindingItem f, int start, int end) {
        return new FindingItem(f.key(), f.severity(), f.rule(), f.ruleTitle(), f.part(), f.claim(), start, end,
                f.message(), f.citation(), f.possible());
    }

    private void installHover() {
        hoverLabel.getStyleClass().add("hover-text");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(460);
        VBox box = new VBox(hoverLabel);
        box.getStyleClass().add("hover-popup");
        box.getStylesheets().add(STYLESHEET);
        hoverPopup.getContent().add(box);
        hoverPopup.setAutoHide(true);
        setMouseOverTextDelay(Duration.ofMillis(450));
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = hoverText(e.getCharacterIndex());
            if (text != null && getScene() != null) {
                hoverLabel.setText(text);
                Point2D p = e.getScreenPosition();
                hoverPopup.show(this, p.getX() + 8, p.getY() + 14);
            }
        });
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverPopup.hide());
    }

    /** The hover text for character {@code index}, as the popup would show it. */
    public String hoverTextForTest(int index) {
        return hoverText(index);
    }

    /** Whether the hover popup is showing, and its text (for tests). */
    public String visibleHoverText() {
        return hoverPopup.isShowing() ? hoverLabel.getText() : null;
    }

    private void showContextMenu(ContextMenuEvent e) {
        if (contextMenu != null) {
            contextMenu.hide();
        }
        int index = hit(e.getX(), e.getY()).getCharacterIndex().orElse(getCaretPosition());
        contextMenu = new ContextMenu();
        Misspelling misspelt = misspellingAt(index);
        SpellChecker checker = spellChecker.get();
        if (misspelt != null && checker != null) {
            new SpellingMenu(this, misspelt, checker, executor, onAddToDictionary.get()).addTo(contextMenu);
        }
        List<FindingItem> here = findingsAt(index);
        for (FindingItem f : here) {
            MenuItem suppress = new MenuItem("Suppress \u201c" + f.ruleTitle() + "\u201d here");
            suppress.setOnAction(a -> {
                Consumer<FindingItem> handler = onSuppressFinding.get();
                if (handler != null) {
                    handler.accept(f);
                }
            });
            suppress.setDisable(onSuppressFinding.get() == null);
            contextMenu.getItems().add(suppress);
        }
        if (!here.isEmpty()) {
            contextMenu.getItems().add(new SeparatorMenuItem());
        }
        contextMenu.getItems().addAll(
                item("Undo", this::undo, !isUndoAvailable()),
                item("Redo", this::redo, !isRedoAvailable()),
                new SeparatorMenuItem(),
                item("Cut", this::cut, getSelection().getLength() == 0),
                item("Copy", this::copy, getSelection().getLength() == 0),
                item("Paste", this::paste, false),
                item("Select All", this::selectAll, false));
        contextMenu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private static MenuItem item(String label, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(a -> action.run());
        item.setDisable(disabled);
        return item;
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
