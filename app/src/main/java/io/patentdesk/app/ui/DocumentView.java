package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.editor.AnalyzedArea;
import io.patentdesk.editor.ClaimsArea;
import io.patentdesk.editor.SpecArea;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The open matter's text: tabs for Claims, Specification (a section navigator with one numbered area per section,
 * numbering continuing across sections) and Abstract. Text flows to the view model about 300 ms after typing stops.
 */
public final class DocumentView extends TabPane {
    /** The specification sections edited in the Specification tab (the title has its own field, the abstract its tab). */
    public static final List<Section> SPEC_SECTIONS = List.of(Section.TECHNICAL_FIELD, Section.BACKGROUND, Section.SUMMARY,
            Section.BRIEF_DESCRIPTION_OF_THE_DRAWINGS, Section.DETAILED_DESCRIPTION);
    static final int ABSTRACT_WORD_LIMIT = 150;

    private final MatterViewModel matters;
    private final ClaimsArea claims = new ClaimsArea();
    private final TextField title = new TextField();
    private final Map<Section, SpecArea> sections = new EnumMap<>(Section.class);
    private final SpecArea abstractArea = new SpecArea();
    private final Map<AnalyzedArea, TextPush> pushed = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<AnalyzedArea> activeArea = new ReadOnlyObjectWrapper<>(this, "activeArea", claims);
    private final ListView<Section> sectionList = new ListView<>();
    private final StackPane sectionStack = new StackPane();
    private final Tab claimsTab;
    private final Tab specTab;
    private final Tab abstractTab;
    private boolean loading;

    public DocumentView(MatterViewModel matters) {
        this.matters = matters;
        getStyleClass().add("document-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        claims.setId("claimsArea");
        abstractArea.setId("abstractArea");
        abstractArea.numberedProperty().set(false);
        for (Section s : SPEC_SECTIONS) {
            SpecArea area = new SpecArea();
            area.setId("spec-" + s.key());
            sections.put(s, area);
        }
        claimsTab = new Tab("Claims", claimsPage());
        specTab = new Tab("Specification", specPage());
        abstractTab = new Tab("Abstract", abstractPage());
        getTabs().addAll(claimsTab, specTab, abstractTab);

        connect(claims, Matter::withClaims);
        for (Map.Entry<Section, SpecArea> e : sections.entrySet()) {
            Section s = e.getKey();
            connect(e.getValue(), (m, text) -> m.withSection(s, text));
        }
        connect(abstractArea, (m, text) -> m.withSection(Section.ABSTRACT, text));
        title.setId("titleField");
        title.setPromptText("Title of the invention");
        title.textProperty().addListener((o, a, b) -> {
            if (!loading) {
                matters.edit(m -> m.withSection(Section.TITLE, b));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> activeArea.set(visibleArea()));
        sectionList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSection(b));
        matters.loadedProperty().addListener((o, was, now) -> load(now));
        sectionList.getSelectionModel().select(Section.DETAILED_DESCRIPTION);
        // Disabled until a matter is open: text typed then would belong to no matter and be lost when one opens.
        load(matters.loadedProperty().get());
    }

    public ClaimsArea claimsArea() {
        return claims;
    }

    public SpecArea abstractArea() {
        return abstractArea;
    }

    public SpecArea sectionArea(Section s) {
        return sections.get(s);
    }

    /** Every text area of the document: claims, the specification's sections, the abstract. */
    public List<AnalyzedArea> areas() {
        List<AnalyzedArea> all = new java.util.ArrayList<>();
        all.add(claims);
        all.addAll(sections.values());
        all.add(abstractArea);
        return all;
    }

    public TextField titleField() {
        return title;
    }

    /** The area the user works in now: find/replace, the assistant and "Rewrite selection" act on it. */
    public ReadOnlyObjectProperty<AnalyzedArea> activeAreaProperty() {
        return activeArea.getReadOnlyProperty();
    }

    /** The area of a document part ("claims", "abstract" or a section key), or null. */
    public AnalyzedArea areaFor(String part) {
        if ("claims".equals(part)) {
            return claims;
        }
        if (Section.ABSTRACT.key().equals(part) || "abstract".equals(part)) {
            return abstractArea;
        }
        return Section.ofKey(part).map(sections::get).orElse(null);
    }

    /** The document part an area holds ("claims" or a section key): the inverse of {@link #areaFor}. */
    public String partOf(AnalyzedArea area) {
        if (area == claims) {
            return "claims";
        }
        if (area == abstractArea) {
            return Section.ABSTRACT.key();
        }
        return sections.entrySet().stream().filter(e -> e.getValue() == area).map(e -> e.getKey().key()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an area of this document"));
    }

    /** What each area last handed to the view model. */
    TextPush pushed(AnalyzedArea area) {
        return pushed.getOrDefault(area, TextPush.NONE);
    }

    /** Brings the tab (and section) holding {@code area} to the front. */
    public void show(AnalyzedArea area) {
        if (area == claims) {
            getSelectionModel().select(claimsTab);
        } else if (area == abstractArea) {
            getSelectionModel().select(abstractTab);
        } else {
            sections.forEach((s, a) -> {
                if (a == area) {
                    getSelectionModel().select(specTab);
                    sectionList.getSelectionModel().select(s);
                }
            });
        }
        activeArea.set(area);
    }

    public void showSection(Section s) {
        if (s == null) {
            return;
        }
        sectionList.getSelectionModel().select(s);
        sectionStack.getChildren().forEach(n -> n.setVisible(s.key().equals(n.getUserData())));
        if (getSelectionModel().getSelectedItem() == specTab) {
            activeArea.set(sections.get(s));
        }
    }

    /** Pushes every area's text to the view model now (before a save, an export or a shutdown). */
    public void pushAll() {
        pushed.keySet().forEach(this::pushNow);
    }

    private void load(Matter m) {
        loading = true;
        try {
            title.setText(m == null ? "" : m.section(Section.TITLE));
            setText(claims, m == null ? "" : m.claims());
            sections.forEach((s, area) -> setText(area, m == null ? "" : m.section(s)));
            setText(abstractArea, m == null ? "" : m.section(Section.ABSTRACT));
            renumber();
            setDisable(m == null);
        } finally {
            loading = false;
        }
    }

    private void setText(AnalyzedArea area, String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        pushed.put(area, new TextPush(text, area.textVersion()));
        area.rehighlight();
    }

    private void connect(AnalyzedArea area, BiFunction<Matter, String, Matter> apply) {
        pushed.put(area, TextPush.NONE);
        area.getProperties().put(BiFunction.class, apply);
        area.multiPlainChanges().successionEnds(Duration.ofMillis(300)).subscribe(c -> {
            if (!loading) {
                pushNow(area);
            }
        });
        area.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                activeArea.set(area);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void pushNow(AnalyzedArea area) {
        if (matters.current() == null || pushed.get(area).version() == area.textVersion()) {
            return;
        }
        String text = area.currentText();
        pushed.put(area, new TextPush(text, area.textVersion()));
        BiFunction<Matter, String, Matter> apply = (BiFunction<Matter, String, Matter>) area.getProperties().get(BiFunction.class);
        matters.edit(m -> apply.apply(m, text));
        if (area instanceof SpecArea && area != abstractArea) {
            renumber();
        }
    }

    /** Each section continues the paragraph numbering where the previous one stopped, as in the filed document. */
    private void renumber() {
        int next = 1;
        for (Section s : SPEC_SECTIONS) {
            SpecArea area = sections.get(s);
            area.firstNumberProperty().set(next);
            next += area.numberedParagraphCount();
        }
    }

    private AnalyzedArea visibleArea() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab == abstractTab) {
            return abstractArea;
        }
        if (tab == specTab) {
            Section s = sectionList.getSelectionModel().getSelectedItem();
            return s == null ? null : sections.get(s);
        }
        return claims;
    }

    private Node claimsPage() {
        Label words = new Label();
        words.textProperty().bind(claims.wordCountProperty().asString("%,d words"));
        return page(claims, hint("Claims \u2014 Ctrl+click a claim reference to jump to it; hover an underline for the finding."), words);
    }

    private Node abstractPage() {
        Label words = new Label();
        words.getStyleClass().add("word-count");
        words.textProperty().bind(abstractArea.wordCountProperty().asString("%d / " + ABSTRACT_WORD_LIMIT + " words"));
        abstractArea.wordCountProperty().addListener((o, a, b) ->
                words.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), b.intValue() > ABSTRACT_WORD_LIMIT));
        return page(abstractArea, hint("Abstract \u2014 at most 150 words, on its own page in the filed application."), words);
    }

    private Node specPage() {
        sectionList.getItems().setAll(SPEC_SECTIONS);
        sectionList.getStyleClass().add("section-list");
        sectionList.setPrefWidth(250);
        sectionList.setMinWidth(180);
        sectionList.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.displayName());
            }
        });
        for (Section s : SPEC_SECTIONS) {
            SpecArea area = sections.get(s);
            Label heading = new Label(s.heading().toUpperCase(java.util.Locale.ROOT));
            heading.getStyleClass().add("section-heading");
            Label words = new Label();
            words.textProperty().bind(area.wordCountProperty().asString("%,d words"));
            words.getStyleClass().add("word-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(heading, spacer, words);
            head.getStyleClass().add("section-head");
            head.setAlignment(Pos.CENTER_LEFT);
            BorderPane pane = new BorderPane(new VirtualizedScrollPane<>(area), head, null, null, null);
            pane.setUserData(s.key());
            pane.setVisible(false);
            sectionStack.getChildren().add(pane);
        }
        Label titleLabel = new Label("Title");
        titleLabel.getStyleClass().add("field-label");
        HBox titleRow = new HBox(10, titleLabel, title);
        titleRow.getStyleClass().add("title-row");
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        BorderPane right = new BorderPane(sectionStack);
        BorderPane page = new BorderPane(right, titleRow, null, null, sectionList);
        BorderPane.setMargin(sectionList, new Insets(0, 0, 0, 0));
        page.getStyleClass().add("editor-page");
        return page;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-hint");
        return l;
    }

    private static Node page(AnalyzedArea area, Label hint, Label words) {
        words.getStyleClass().add("word-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(hint, spacer, words);
        head.getStyleClass().add("section-head");
        head.setAlignment(Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(new VirtualizedScrollPane<>(area), head, null, null, null);
        pane.getStyleClass().add("editor-page");
        return pane;
    }
}
