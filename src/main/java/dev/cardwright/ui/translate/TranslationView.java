package dev.cardwright.ui.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.Progress;
import dev.cardwright.translate.Sentences;
import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.translate.WordDiff;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import dev.cardwright.ui.translate.TranslationViewModel.Filter;
import dev.cardwright.ui.translate.TranslationViewModel.Row;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The translation view: a toolbar (language, filter, next, confirm, preview, progress), the list
 * of sections (status chip, title, start of the translation), and the editor of the selected
 * section — its source on the left (glossary terms highlighted and clickable, and under review the
 * word diff of what changed), its translation on the right (status chip, heading, text, check
 * findings) — and optionally the rendered translation, alone or beside the source.
 *
 * <p>The list is a virtualized {@link ListView}: only the visible cells exist, and only the
 * selected section gets an editor, term highlights, a diff and checks, so a card of a hundred
 * sections opens as fast as one of three. Sections over {@link #ASYNC_CHARACTERS} characters are
 * analysed on a worker thread so typing in them stays smooth.
 *
 * <p>Keys: {@code Ctrl+Enter} confirms the focused section, {@code F8} (or {@code Ctrl+Shift+Down})
 * goes to the next untranslated or changed section, {@code Alt+1}…{@code Alt+9} insert the
 * rendering of the first nine glossary terms of the focused section's source, {@code Ctrl+G} finds
 * any term, {@code Ctrl+Shift+A} approves the sections selected, {@code Ctrl+Shift+P/S/M} pair,
 * split and merge, {@code Ctrl+M} inserts the translation memory's suggestion, {@code Ctrl+H}
 * finds and replaces, {@code Ctrl+Z} undoes in the document's history.
 */
public final class TranslationView {
    public static final String CHIP = "translation-chip";
    public static final String TERM = "glossary-term";
    public static final String DELETED = "diff-deleted";
    public static final String INSERTED = "diff-inserted";

    /** What the preview pane shows. */
    public enum PreviewMode { OFF, TRANSLATION, SIDE_BY_SIDE }

    /** Source and translation side by side need this much; a preview beside them never takes it away. */
    static final double EDITOR_MIN_WIDTH = 420;
    /** Narrower than this a rendered card is unreadable. */
    static final double PREVIEW_MIN_WIDTH = 240;

    /** Above this many characters (source, earlier source and translation) a section is analysed off the FX thread. */
    static final int ASYNC_CHARACTERS = 6_000;

    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F8);
    /** Approve the section in the editor, or take its approval back. */
    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination PAIR = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SPLIT = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination MERGE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** Writes the translation memory's best suggestion (or the one picked) into the translation. */
    static final KeyCombination USE_MEMORY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    /** Find and replace in every section of the language. */
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    /** Puts the caret in the glossary filter. */
    static final KeyCombination FIND_TERM = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_ALT = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final TranslationViewModel model;
    private final Supplier<Preview> previews;
    private final BorderPane root = new BorderPane();
    private final ListView<Row> list = new ListView<>();
    private final SplitPane work = new SplitPane();
    private final SplitPane split = new SplitPane();
    private final Label chip = new Label();
    private final Label title = new Label();
    private final TextFlow diff = new TextFlow();
    private final TextFlow source = new TextFlow();
    private final ScrollPane sourceScroll = new ScrollPane();
    private final TextField heading = new TextField();
    private final TextArea text = new TextArea();
    private final Label findings = new Label();
    private final Button confirmRow = new Button(Messages.get("translate.confirm"));
    private final Button approveRow = new Button(Messages.get("translate.approve"));
    private final VBox diffBox = new VBox(2);
    private final Label diffLabel = new Label();
    private final GridPane editor = new GridPane();
    private final NotePane notePane;
    /** Big sections' analyses: only the newest is shown. */
    private final LatestOnly analysis;
    /** The section's glossary terms with their Alt+numbers, and a filter to reach any term. */
    private final TermPicker terms;
    private final TranslationSearch search;
    private final SearchBar searchBar;
    private final TranslationMemory memory;
    private final MemoryPane memoryPane;
    /** Re-pairing, splitting and merging translations, each one undo step. */
    private final SectionPairing pairing;
    private final javafx.scene.control.MenuButton pairingMenu = new javafx.scene.control.MenuButton(Messages.get("translate.pairing"));
    /** The translation's selection when it last had the focus: a term picked in the list replaces it. */
    private javafx.scene.control.IndexRange lastSelection = new javafx.scene.control.IndexRange(0, 0);
    private boolean updating;
    /** What the editor showed last; the analysis is redone only when it changes. */
    private SectionAnalysis.Input shown;
    /** The source text the term highlights were built for (rebuilding them is the costly part). */
    private String shownSource;
    private List<Glossary.Match> shownTerms = List.of();
    private final ProgressBar sectionBar = new ProgressBar(0);
    private final ProgressBar characterBar = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final ChoiceBox<PreviewMode> previewChoice = new ChoiceBox<>();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(400));
    /** The section last selected (the selection itself is cleared for a moment when the rows change). */
    private Row current;
    private Preview sourcePreview;
    private Preview translationPreview;
    /** The translated card the translation preview shows (its section ids are the translated headings' slugs). */
    private dev.cardwright.card.Card shownTranslation;

    /** @param executor analyses big sections in the background */
    public TranslationView(TranslationViewModel model, Supplier<Preview> previews, TaskExecutor executor) {
        this(model, previews, executor, TranslationMemory.inMemory());
    }

    /**
     * @param memory the translation memory to suggest from and to feed with every confirmed or
     *        approved section (it learns this card's translated sections at once)
     */
    public TranslationView(TranslationViewModel model, Supplier<Preview> previews, TaskExecutor executor, TranslationMemory memory) {
        this.model = model;
        this.memory = memory;
        memory.addCard(model.card());
        this.memoryPane = new MemoryPane(memory, () -> model.sourceLanguageProperty().get(), () -> model.languageProperty().get(),
                this::insertText);
        this.previews = previews;
        this.analysis = new LatestOnly(executor);
        this.pairing = new SectionPairing(model.card(), model.history());
        this.search = new TranslationSearch(model.card(), model.history());
        this.searchBar = new SearchBar(new SearchBar.Actions() {
            @Override
            public int[] count(String query, boolean matchCase) {
                List<TranslationSearch.Hit> hits = findAll(query, matchCase);
                return new int[] {hits.size(), (int) hits.stream().map(TranslationSearch.Hit::sectionId).distinct().count()};
            }

            @Override
            public void next(String query, boolean matchCase) {
                findNext(query, matchCase);
            }

            @Override
            public int replaceAll(String query, String replacement, boolean matchCase) {
                Row r = current();
                if (r != null) {
                    commit(r);
                }
                int n = search.replaceAll(model.languageProperty().get(), order(), query, replacement, matchCase);
                reshow();
                return n;
            }

            @Override
            public void closed() {
                text.requestFocus();
            }
        });
        this.terms = new TermPicker(model.glossary(), model::rendering,
                t -> Glossary.isSimplifiedChinese(model.languageProperty().get()) ? t.en() : t.zh(), this::insertRendering);
        this.notePane = new NotePane(model);
        createView();
        bind();
    }

    public Parent node() {
        return root;
    }

    public TranslationViewModel model() {
        return model;
    }

    // ---- view -----------------------------------------------------------------------------

    private void createView() {
        root.setId("translation-view");
        root.getStyleClass().add("translation-view");
        root.getStylesheets().add(TranslationView.class.getResource("/dev/cardwright/ui/translate/translation.css").toExternalForm());

        Label languageLabel = new Label(Messages.get("translate.language"));
        ComboBox<String> language = new ComboBox<>(model.languages());
        language.setId("translate-language");
        // switching languages only shows another translation; a new one is started with "New language…"
        language.setEditable(false);
        language.setPrefWidth(170);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : NewLanguageDialog.displayName(tag) + " (" + tag + ")";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : NewLanguageDialog.displayName(item) + " (" + item + ")");
            }
        });
        Button newLanguage = new Button(Messages.get("translate.newLanguage"));
        newLanguage.setId("translate-new-language");
        newLanguage.setOnAction(e -> NewLanguageDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                model.card().getTranslations().stream().map(dev.cardwright.card.Translation::getLanguage).toList())
                .ifPresent(model::createLanguage));
        language.setValue(model.languageProperty().get());
        language.setAccessibleText(Messages.get("translate.language"));
        language.setTooltip(new Tooltip(Messages.get("translate.language.tooltip")));
        languageLabel.setLabelFor(language);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank() && !now.equals(model.languageProperty().get())) {
                try {
                    model.addLanguage(now);
                } catch (IllegalArgumentException e) {
                    language.setValue(old);
                }
            }
        });
        model.languageProperty().addListener((obs, old, now) -> language.setValue(now));

        ToggleGroup filters = new ToggleGroup();
        HBox filterBox = new HBox(0);
        filterBox.getStyleClass().add("segmented");
        for (Filter f : Filter.values()) {
            ToggleButton b = new ToggleButton(filterLabel(f));
            b.setId("translate-filter-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(filters);
            b.setUserData(f);
            b.setSelected(model.filterProperty().get() == f);
            filterBox.getChildren().add(b);
        }
        filters.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one filter is always on
            } else {
                model.filterProperty().set((Filter) now.getUserData());
            }
        });

        Button next = new Button(Messages.get("translate.next"), new FontIcon(Feather.SKIP_FORWARD));
        next.setId("translate-next");
        next.setTooltip(new Tooltip(Messages.get("translate.next.tooltip") + "  (" + NEXT.getDisplayText() + ")"));
        next.setOnAction(e -> goToNext());
        Button confirm = new Button(Messages.get("translate.confirm"), new FontIcon(Feather.CHECK));
        confirm.setId("translate-confirm");
        confirm.setTooltip(new Tooltip(Messages.get("translate.confirm.tooltip") + "  (" + CONFIRM.getDisplayText() + ")"));
        confirm.setOnAction(e -> confirmCurrent());

        previewChoice.setId("translate-preview");
        previewChoice.getItems().setAll(PreviewMode.values());
        previewChoice.setValue(PreviewMode.OFF);
        previewChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PreviewMode m) {
                return m == null ? "" : switch (m) {
                    case OFF -> Messages.get("translate.preview.off");
                    case TRANSLATION -> Messages.get("translate.preview.translation");
                    case SIDE_BY_SIDE -> Messages.get("translate.preview.sideBySide");
                };
            }

            @Override
            public PreviewMode fromString(String s) {
                return null;
            }
        });
        previewChoice.setAccessibleText(Messages.get("translate.preview"));
        previewChoice.setDisable(previews == null);

        sectionBar.setId("translate-progress-sections");
        characterBar.setId("translate-progress-characters");
        // the bars keep their width; the header beside them gives way in a narrow window
        sectionBar.setPrefWidth(120);
        characterBar.setPrefWidth(120);
        sectionBar.setMinWidth(120);
        characterBar.setMinWidth(120);
        sectionBar.setAccessibleText(Messages.get("translate.progress.sections"));
        characterBar.setAccessibleText(Messages.get("translate.progress.characters"));
        progressLabel.setId("translate-progress-label");
        progressLabel.setMinWidth(Region.USE_PREF_SIZE);
        VBox bars = new VBox(3, sectionBar, characterBar);
        bars.setAlignment(Pos.CENTER);
        bars.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(languageLabel, language, newLanguage, filterBox, next, confirm, spacer,
                new Label(Messages.get("translate.preview")), previewChoice);
        bar.setId("translate-toolbar");
        root.setTop(bar);

        list.setId("translate-rows");
        list.getStyleClass().add("translation-rows");
        list.setCellFactory(v -> new SectionCell());
        list.setItems(model.rows());
        // Shift/Ctrl+click select several sections for one approval; the editor shows the last one clicked
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setMinWidth(180);
        createEditor();
        editor.setMinWidth(EDITOR_MIN_WIDTH);
        work.getItems().addAll(list, editor);
        work.setDividerPositions(0.28);
        work.setMinWidth(list.getMinWidth() + EDITOR_MIN_WIDTH);
        split.getItems().add(work);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new VBox(searchBar.node(), split));

        String sourceTag = model.sourceLanguageProperty().get();
        Label header = new Label(Messages.get("translate.header", NewLanguageDialog.displayName(sourceTag) + " (" + sourceTag + ")"));
        header.setId("translate-header");
        header.setMinWidth(0);
        header.setTooltip(new Tooltip(header.getText())); // the keys stay readable when a narrow window cuts the line
        header.getStyleClass().add("translation-header");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, bars, progressLabel, gap, header);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("translation-status-bar");
        root.setBottom(bottom);
    }

    private static String filterLabel(Filter f) {
        return switch (f) {
            case ALL -> Messages.get("translate.filter.all");
            case UNTRANSLATED -> Messages.get("translate.filter.untranslated");
            case NEEDS_REVIEW -> Messages.get("translate.filter.needsReview");
        };
    }

    static String statusLabel(TranslationStatus s) {
        return switch (s) {
            case UNTRANSLATED -> Messages.get("translate.status.untranslated");
            case NEEDS_REVIEW -> Messages.get("translate.status.needsReview");
            case TRANSLATED -> Messages.get("translate.status.translated");
            case APPROVED -> Messages.get("translate.status.approved");
        };
    }

    /** The editor of the selected section: source (with diff) on the left, translation on the right. */
    private void createEditor() {
        editor.setId("translate-editor");
        editor.getStyleClass().add("translation-editor");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        RowConstraints fill = new RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        fill.setFillHeight(true);
        editor.getColumnConstraints().addAll(half, half);
        editor.getRowConstraints().add(fill);
        editor.setHgap(12);
        editor.setPadding(new Insets(10, 12, 10, 12));

        title.getStyleClass().add("translation-source-title");
        title.setWrapText(true);
        diffLabel.getStyleClass().add("translation-diff-label");
        diffLabel.setId("translate-diff-label");
        diff.getStyleClass().add("translation-diff");
        diff.setId("translate-diff");
        diffBox.getChildren().setAll(diffLabel, diff);
        diffBox.getStyleClass().add("translation-diff-box");
        source.getStyleClass().add("translation-source");
        source.setId("translate-source");
        // title, diff and source scroll together: a long diff never squeezes the source away
        VBox left = new VBox(6, title, diffBox, source);
        left.setPadding(new Insets(0, 8, 0, 0));
        sourceScroll.setContent(left);
        sourceScroll.setFitToWidth(true);
        sourceScroll.getStyleClass().add("translation-source-scroll");

        chip.getStyleClass().add(CHIP);
        chip.setId("translate-status");
        confirmRow.setId("translate-confirm-section");
        confirmRow.getStyleClass().addAll(StyleClasses.SMALL, StyleClasses.ACCENT);
        confirmRow.setOnAction(e -> confirmCurrent());
        confirmRow.managedProperty().bind(confirmRow.visibleProperty()); // no gap beside the chip when hidden
        approveRow.setId("translate-approve");
        approveRow.getStyleClass().add(StyleClasses.SMALL);
        approveRow.setTooltip(new Tooltip(Messages.get("translate.approve.tooltip") + "  (" + APPROVE.getDisplayText() + ")"));
        approveRow.setOnAction(e -> approveCurrent());
        // a narrow column wraps the buttons under the chip instead of clipping chip or buttons
        chip.setMinWidth(Region.USE_PREF_SIZE);
        confirmRow.setMinWidth(Region.USE_PREF_SIZE);
        approveRow.setMinWidth(Region.USE_PREF_SIZE);
        pairingMenu.setId("translate-pairing");
        pairingMenu.getStyleClass().add(StyleClasses.SMALL);
        pairingMenu.setMinWidth(Region.USE_PREF_SIZE);
        pairingMenu.getItems().setAll(
                menuItem("translate-pair-with", Messages.get("translate.pair"), PAIR, this::pairCurrent),
                menuItem("translate-split", Messages.get("translate.split"), SPLIT, this::splitCurrent),
                menuItem("translate-merge", Messages.get("translate.merge"), MERGE, this::mergeCurrent));
        FlowPane top = new FlowPane(8, 4, chip, confirmRow, approveRow, pairingMenu);
        top.setId("translate-chip-row");
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(120);
        heading.setId("translate-heading");
        text.setId("translate-text");
        text.setWrapText(true);
        text.setPromptText(Messages.get("translate.text.prompt"));
        VBox.setVgrow(text, Priority.ALWAYS);
        findings.getStyleClass().add("translation-findings");
        findings.setWrapText(true);
        findings.setId("translate-findings");
        findings.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(6, top, heading, text, findings, notePane.node(), memoryPane.node());
        VBox.setVgrow(sourceScroll, Priority.ALWAYS);
        VBox leftColumn = new VBox(6, sourceScroll, terms.node());
        editor.add(leftColumn, 0, 0);
        editor.add(right, 1, 0);

        heading.textProperty().addListener((obs, old, now) -> commitIfUser());
        text.textProperty().addListener((obs, old, now) -> commitIfUser());
        text.caretPositionProperty().addListener((obs, old, now) -> showMemory());
        text.selectionProperty().addListener((obs, old, now) -> {
            if (text.isFocused()) {
                lastSelection = now;
            }
        });
    }

    // ---- behaviour ------------------------------------------------------------------------

    private void bind() {
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> keepSelection());
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null && !updating) {
                commit(old);
            }
            if (now != null) {
                current = now; // kept while a filter change empties the selection for a moment
            }
            showRow(now);
            followInPreviews(now);
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CONFIRM.match(e)) {
                confirmCurrent();
                e.consume();
            } else if (model.history() != null && (UNDO.match(e) || REDO.match(e) || REDO_Y.match(e))) {
                // the document's one history, as in the main window; the text area's own undo would
                // know nothing of approvals, pairing or the other sections
                Row r = current();
                if (r != null) {
                    commit(r);
                }
                if (UNDO.match(e)) {
                    model.history().undo();
                } else {
                    model.history().redo();
                }
                reshow();
                e.consume();
            } else if (PAIR.match(e)) {
                pairCurrent();
                e.consume();
            } else if (SPLIT.match(e)) {
                splitCurrent();
                e.consume();
            } else if (MERGE.match(e)) {
                mergeCurrent();
                e.consume();
            } else if (FIND.match(e)) {
                Row r = current();
                if (r != null) {
                    commit(r);
                }
                searchBar.show(text.isFocused() ? text.getSelectedText() : "");
                e.consume();
            } else if (USE_MEMORY.match(e)) {
                memoryPane.insertPicked();
                e.consume();
            } else if (FIND_TERM.match(e)) {
                terms.focusFilter();
                e.consume();
            } else if (APPROVE.match(e)) {
                approveCurrent();
                e.consume();
            } else if (NEXT.match(e) || NEXT_ALT.match(e)) {
                goToNext();
                e.consume();
            } else if (e.isAltDown() && !e.isShortcutDown() && e.getCode().isDigitKey() && current() != null) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (e.getCode().isKeypadKey()) {
                    n = e.getCode().getCode() - KeyCode.NUMPAD1.getCode();
                }
                insertTerm(current(), n);
                e.consume();
            }
        });
        previewChoice.valueProperty().addListener((obs, old, now) -> applyPreview());
        previewDelay.setOnFinished(e -> showPreviews());
        keepSelection();
        refresh();
    }

    /** The section in the editor (null when the filter shows none). */
    public Row current() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** After the rows changed (filter, language, sections): keep the section being edited, else take the first. */
    private void keepSelection() {
        Row keep = current;
        if (keep != null && model.rows().contains(keep)) {
            if (!list.getSelectionModel().getSelectedItems().contains(keep)) {
                list.getSelectionModel().select(keep);
            }
        } else if (!model.rows().isEmpty()) {
            list.getSelectionModel().select(0);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    private void refresh() {
        list.refresh(); // visible cells only
        searchBar.recount();
        showRow(current());
        Progress p = model.progressProperty().get();
        if (p != null) {
            sectionBar.setProgress(p.sectionShare());
            characterBar.setProgress(p.characterShare());
            progressLabel.setText(Messages.get("translate.progress", p.done(), p.total(),
                    Math.round(100 * p.characterShare()), p.count(TranslationStatus.NEEDS_REVIEW)));
        }
        if (previewChoice.getValue() != PreviewMode.OFF) {
            previewDelay.playFromStart();
        }
    }

    /** Moves to the next section still to do and puts the caret in its translation. */
    public void goToNext() {
        model.nextToDoShown(current()).ifPresent(this::edit);
    }

    /** The section last shown in the editor, if any. */
    public java.util.Optional<Row> currentRow() {
        return java.util.Optional.ofNullable(current);
    }

    /** Shows a section in the editor and puts the caret in its translation. */
    public void edit(Row r) {
        select(r);
        text.requestFocus();
    }

    /** Shows a section in the editor and scrolls the list to it. */
    public void select(Row r) {
        list.getSelectionModel().clearSelection();
        list.getSelectionModel().select(r);
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.scrollTo(Math.max(0, i - 3)); // a few sections of context above it
        }
    }

    /** Chooses what the preview pane shows, as the Preview box does. */
    public void showPreview(PreviewMode mode) {
        previewChoice.setValue(mode);
    }

    /** Selects several sections (as Shift/Ctrl+click does); the last is the one in the editor. */
    public void selectAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        select(rows.get(0));
        rows.stream().skip(1).forEach(r -> list.getSelectionModel().select(r));
    }

    /** Confirms the section in the editor (the translator checked it against the new source). */
    public void confirmCurrent() {
        Row r = current();
        if (r != null) {
            commit(r);
            model.confirm(r);
            learn(List.of(r));
        }
    }

    /**
     * Approves the section in the editor (a reviewer read it), or takes an approval back; with
     * several sections selected in the list (Shift/Ctrl+click), approves them all at once.
     */
    public void approveCurrent() {
        Row r = current();
        if (r == null) {
            return;
        }
        commit(r);
        List<Row> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (selected.size() > 1) {
            model.approveAll(selected);
            learn(selected);
            return;
        }
        if (r.status() == TranslationStatus.APPROVED) {
            model.unapprove(r);
        } else {
            model.approve(r);
            learn(List.of(r));
        }
    }

    private static javafx.scene.control.MenuItem menuItem(String id, String text, KeyCombination keys, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys); // shown beside the item; the view's key filter does the work
        item.setOnAction(e -> action.run());
        return item;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Pairs the section in the editor with another section's translation (the two swap); asks which. */
    public void pairCurrent() {
        Row r = current();
        if (r == null) {
            return;
        }
        commit(r);
        // neighbours first: crossed pairs are most often next to each other
        List<Row> all = model.allRows();
        int here = all.indexOf(r);
        List<Row> others = all.stream().filter(o -> o != r)
                .sorted(java.util.Comparator.comparingInt((Row o) -> Math.abs(all.indexOf(o) - here))
                        .thenComparing(o -> o.status() != TranslationStatus.NEEDS_REVIEW)) // a crossed partner is under review too
                .toList();
        PairingDialogs.pairWith(window(), r, others).ifPresent(o -> {
            pairing.pairWith(model.languageProperty().get(), r.key(), o.key());
            reshow();
        });
    }

    /** Splits the translation at the caret: the rest goes, under a heading, to a section without a translation. */
    public void splitCurrent() {
        Row r = current();
        if (r == null || r.status() == TranslationStatus.UNTRANSLATED) {
            return;
        }
        int caret = text.isFocused() ? text.getCaretPosition() : lastSelection.getStart();
        commit(r);
        List<Row> all = model.allRows();
        List<Row> open = all.stream().filter(PairingDialogs::open).toList();
        if (open.isEmpty()) {
            return;
        }
        int at = all.indexOf(r);
        Row suggested = all.subList(at + 1, all.size()).stream().filter(PairingDialogs::open).findFirst().orElse(open.get(0));
        String body = text.getText();
        int lineStart = body.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        int lineEnd = body.indexOf('\n', caret);
        String line = caret > body.length() ? "" : body.substring(Math.min(lineStart, caret), lineEnd < 0 ? body.length() : lineEnd).strip();
        String suggestedHeading = line.startsWith("#") ? line : "";
        PairingDialogs.split(window(), r, suggestedHeading, open, suggested).ifPresent(s -> {
            pairing.split(model.languageProperty().get(), r.key(), caret, s.heading(), s.into().key());
            reshow();
        });
    }

    /** Appends the next section's translation to this one's; the next one is left untranslated. */
    public void mergeCurrent() {
        Row r = current();
        if (r == null) {
            return;
        }
        commit(r);
        List<Row> all = model.allRows();
        int at = all.indexOf(r);
        if (at < 0 || at + 1 >= all.size()) {
            return;
        }
        pairing.mergeWithNext(model.languageProperty().get(), r.key(), all.get(at + 1).key());
        reshow();
    }

    private List<String> order() {
        return model.allRows().stream().map(Row::key).toList();
    }

    private List<TranslationSearch.Hit> findAll(String query, boolean matchCase) {
        return search.find(model.languageProperty().get(), order(), query, matchCase);
    }

    /**
     * Selects the next occurrence after the caret of the section in the editor (wrapping round
     * to the first section), in the section's heading or text.
     */
    private void findNext(String query, boolean matchCase) {
        Row r = current();
        if (r != null) {
            commit(r);
        }
        List<TranslationSearch.Hit> hits = findAll(query, matchCase);
        if (hits.isEmpty()) {
            return;
        }
        List<String> order = order();
        int here = r == null ? -1 : order.indexOf(r.key());
        int caret = text.getSelection().getEnd();
        TranslationSearch.Hit next = hits.stream().filter(h -> {
            int at = order.indexOf(h.sectionId());
            return at > here || (at == here && !h.inHeading() && h.start() >= caret && !(text.getSelection().getStart() == h.start() && text.getSelection().getLength() > 0));
        }).findFirst().orElse(hits.get(0));
        Row target = model.row(next.sectionId()).orElse(null);
        if (target == null) {
            return;
        }
        if (!model.rows().contains(target)) {
            model.filterProperty().set(Filter.ALL);
        }
        if (target != current()) {
            select(target);
        }
        // the heading field shows the stored heading without its line break; the text the stored text likewise
        if (next.inHeading()) {
            heading.requestFocus();
            heading.selectRange(next.start(), next.end());
        } else {
            text.requestFocus();
            text.selectRange(next.start(), next.end());
        }
    }

    /** Shows the editor's section afresh after an operation that rewrote its translation under the editor. */
    private void reshow() {
        shown = null;
        list.refresh();
        showRow(current());
        text.requestFocus();
    }

    /** Inserts the translation of the n-th (0-based) glossary term of the section's source at the caret. */
    public void insertTerm(Row row, int n) {
        if (row != current() || n < 0) {
            return;
        }
        List<Glossary.Match> found = TranslationViewModel.distinctTerms(shownTerms);
        if (n >= found.size()) {
            return;
        }
        insertRendering(found.get(n).term());
    }

    /** Writes a term's rendering over the translation's selection (at the caret when nothing is selected). */
    private void insertRendering(Glossary.Term term) {
        insertText(model.rendering(term));
    }

    /** Writes text over the translation's selection (at the caret when nothing is selected). */
    private void insertText(String inserted) {
        if (current() == null) {
            return;
        }
        javafx.scene.control.IndexRange at = text.isFocused() ? text.getSelection() : lastSelection;
        int end = Math.min(at.getEnd(), text.getLength());
        int start = Math.min(at.getStart(), end);
        text.requestFocus();
        text.selectRange(start, end);
        text.replaceSelection(inserted);
    }

    /** Feeds the memory with sections a translator stood behind (confirmed or approved), and keeps it. */
    private void learn(List<Row> rows) {
        String source = model.sourceLanguageProperty().get();
        String target = model.languageProperty().get();
        for (Row r : rows) {
            TranslationStatus s = r.status();
            if (s == TranslationStatus.TRANSLATED || s == TranslationStatus.APPROVED) {
                memory.addSection(source, target, r.sourceText(), r.heading() + r.text());
            }
        }
        try {
            memory.save();
        } catch (java.io.IOException e) {
            // the suggestions still work for this session; the next save tries again
            System.err.println(TranslationMemory.dataFolder() + ": " + e.getMessage());
        }
        memoryPane.refresh();
    }

    /** The folder button of the memory pane runs this (the window asks for a folder of card sources). */
    public void setOnChooseMemoryFolder(Runnable action) {
        memoryPane.setOnChooseFolder(action);
    }

    /** Looks up the sentence at the caret again, after the memory learned from elsewhere. */
    public void refreshMemory() {
        memoryPane.refresh();
    }

    /**
     * The source sentence the caret is at: the translation's sentences before the caret say how
     * far the translator got, and the source sentence at that place is the one to translate next
     * (or being translated).
     */
    String sourceSentenceAtCaret() {
        Row r = current();
        if (r == null) {
            return "";
        }
        List<String> src = Sentences.all(r.source() == null ? r.sourceText() : r.source().getText());
        if (src.isEmpty()) {
            return "";
        }
        String body = text.getText();
        String before = body.substring(0, Math.min(text.getCaretPosition(), body.length()));
        int n = Sentences.all(before).size();
        boolean atStart = before.isBlank() || before.matches("(?s).*([.!?。！？][\"'”’)*_]*\\s*|\\n\\s*)");
        int at = atStart ? n : Math.max(0, n - 1);
        return src.get(Math.min(at, src.size() - 1));
    }

    private void showMemory() {
        memoryPane.showFor(sourceSentenceAtCaret());
    }

    // ---- the editor -----------------------------------------------------------------------

    private void commitIfUser() {
        Row r = current();
        if (!updating && r != null) {
            commit(r);
        }
    }

    /** Records what the editor holds as the translation of a row (the row the editor shows). */
    private void commit(Row row) {
        if (shown == null || !shown.key().equals(row.key()) || !shown.language().equals(model.languageProperty().get())) {
            // the editor does not hold this row in the language now chosen: the language box changed
            // under it, and its text belongs to the other language (writing it would copy one
            // language's text into another and wipe the first on the way back)
            return;
        }
        model.editFromEditor(row, heading.getText(), text.getText());
    }

    /** Puts a row into the editor, or brings the editor up to date with it; cheap when nothing changed. */
    private void showRow(Row row) {
        editor.setDisable(row == null);
        notePane.show(row);
        if (row == null) {
            shown = null;
            return;
        }
        SectionAnalysis.Input in = row.analysisInput();
        if (in.equals(shown)) {
            return;
        }
        boolean other = shown == null || !shown.key().equals(in.key()) || !shown.language().equals(in.language());
        shown = in;
        chip.setText(statusLabel(in.status()));
        chip.getStyleClass().removeIf(c -> c.startsWith("status-"));
        chip.getStyleClass().add("status-" + in.status().id().replace('_', '-'));
        boolean review = in.status() == TranslationStatus.NEEDS_REVIEW;
        confirmRow.setVisible(review);
        approveRow.setDisable(in.status() == TranslationStatus.UNTRANSLATED);
        approveRow.setText(in.status() == TranslationStatus.APPROVED ? Messages.get("translate.unapprove") : Messages.get("translate.approve"));
        if (other) {
            title.setText(row.source() == null ? Messages.get("translate.preamble") : row.sourceTitle());
            heading.setPromptText(row.source() == null ? "" : row.source().getHeading().strip());
            heading.setAccessibleText(Messages.get("translate.heading.accessible", row.sourceTitle()));
            heading.setVisible(row.source() != null);
            heading.setManaged(row.source() != null);
            text.setAccessibleText(Messages.get("translate.text.accessible", row.sourceTitle()));
        }
        if (other || (!text.isFocused() && !heading.isFocused())) {
            updating = true;
            try {
                String h = row.heading().stripTrailing();
                if (!heading.getText().equals(h)) {
                    heading.setText(h);
                }
                String body = TranslationViewModel.editorText(row.text());
                if (!text.getText().equals(body)) {
                    text.setText(body);
                    text.positionCaret(0);
                }
            } finally {
                updating = false;
            }
        }
        if (other) {
            showMemory();
            sourceScroll.setVvalue(0);
            lastSelection = new javafx.scene.control.IndexRange(0, 0);
        }
        if (in.size() <= ASYNC_CHARACTERS) {
            analysis.cancel(); // a big section's analysis still on its way is stale now
            apply(SectionAnalysis.of(model.glossary(), in));
        } else {
            if (other) {
                // the new section's source at once, highlights when the worker is done
                shownSource = null;
                shownTerms = List.of();
                terms.setSectionTerms(List.of());
                source.getChildren().setAll(new Text(displaySource(row)));
                diffBox.setVisible(false);
                diffBox.setManaged(false);
                findings.setText("");
            }
            Glossary glossary = model.glossary();
            analysis.submit(() -> SectionAnalysis.of(glossary, in), this::apply);
        }
    }

    private String displaySource(Row row) {
        return row.source() == null ? row.sourceText().stripTrailing() : row.source().getText().strip();
    }

    /** Shows an analysis: diff under review, term highlights (when the source changed), findings. */
    private void apply(SectionAnalysis a) {
        Row row = current();
        if (row == null || !row.key().equals(a.input().key())) {
            return;
        }
        boolean review = a.input().status() == TranslationStatus.NEEDS_REVIEW;
        diffBox.setVisible(review);
        diffBox.setManaged(review);
        if (review) {
            List<Node> pieces = new ArrayList<>();
            List<WordDiff.Piece> changes = a.sourceChanges();
            for (int i = 0; i < changes.size(); i++) {
                WordDiff.Piece p = changes.get(i);
                // the blank lines ending a section would only pad the box
                Text t = new Text(i == changes.size() - 1 && p.kind() == WordDiff.Kind.EQUAL ? p.text().stripTrailing() : p.text());
                if (p.kind() == WordDiff.Kind.DELETED) {
                    t.getStyleClass().add(DELETED);
                } else if (p.kind() == WordDiff.Kind.INSERTED) {
                    t.getStyleClass().add(INSERTED);
                }
                pieces.add(t);
            }
            diff.getChildren().setAll(pieces);
            // an imported translation has no earlier source: nothing to diff, only a review to do
            diffLabel.setText(changes.isEmpty() ? Messages.get("translate.importedUnreviewed")
                    : row.sourceCommits() > 0 ? Messages.get("translate.sourceChangedCommits", row.sourceCommits())
                    : Messages.get("translate.sourceChanged"));
            diff.setVisible(!changes.isEmpty());
            diff.setManaged(!changes.isEmpty());
        }
        String sourceKey = a.input().language() + "\u0000" + a.input().sourceText();
        if (!sourceKey.equals(shownSource)) {
            shownSource = sourceKey;
            shownTerms = a.terms();
            terms.setSectionTerms(TranslationViewModel.distinctTerms(a.terms()).stream().map(Glossary.Match::term).toList());
            showSource(row, a.terms());
        }
        findings.setText(String.join("\n", a.findings()));
        findings.setVisible(!a.findings().isEmpty());
        findings.setManaged(!a.findings().isEmpty());
    }

    private void showSource(Row row, List<Glossary.Match> matches) {
        List<Node> parts = new ArrayList<>();
        String src = row.source() == null ? row.sourceText() : row.source().getText();
        int offset = row.source() == null ? 0 : row.source().getHeading().length();
        int lead = src.length() - src.stripLeading().length(); // the blank line after the heading
        int at = lead;
        List<Glossary.Match> terms = TranslationViewModel.distinctTerms(matches);
        for (Glossary.Match m : matches) {
            int start = m.start() - offset;
            int end = m.end() - offset;
            if (start < at || start < 0 || end > src.length()) {
                continue;
            }
            parts.add(new Text(src.substring(at, start)));
            Text term = new Text(src.substring(start, end));
            term.getStyleClass().add(TERM);
            int index = indexOf(terms, m.term());
            Tooltip.install(term, new Tooltip(model.rendering(m.term()) + (index < 9 ? "  (Alt+" + (index + 1) + ")" : "")
                    + "\n" + Messages.get("translate.term.click")));
            term.setOnMouseClicked(e -> insertTerm(row, index));
            parts.add(term);
            at = end;
        }
        parts.add(new Text(src.substring(Math.min(at, src.length())).stripTrailing()));
        source.getChildren().setAll(parts);
    }

    private static int indexOf(List<Glossary.Match> terms, Glossary.Term t) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).term() == t) {
                return i;
            }
        }
        return -1;
    }

    // ---- previews -------------------------------------------------------------------------

    /**
     * Puts the previews to the right of the editor: the translation alone, or source and
     * translation in a split of their own, so the editor keeps its width and the two previews
     * share theirs. Each pane has a minimum width; "off" takes the previews away.
     */
    private void applyPreview() {
        PreviewMode mode = previewChoice.getValue();
        split.getItems().retainAll(work);
        if (mode == PreviewMode.OFF || previews == null) {
            return;
        }
        if (translationPreview == null) {
            translationPreview = previews.get();
        }
        StackPane translated = new StackPane(translationPreview.node());
        translated.setId("translate-preview-translation");
        translated.setMinWidth(PREVIEW_MIN_WIDTH);
        if (mode == PreviewMode.SIDE_BY_SIDE) {
            if (sourcePreview == null) {
                sourcePreview = previews.get();
            }
            StackPane original = new StackPane(sourcePreview.node());
            original.setId("translate-preview-source");
            original.setMinWidth(PREVIEW_MIN_WIDTH);
            SplitPane both = new SplitPane(original, translated);
            both.setId("translate-previews");
            both.setMinWidth(2 * PREVIEW_MIN_WIDTH);
            split.getItems().add(both);
            // the editor keeps the larger share; the two previews are for reading, not for work
            split.setDividerPositions(0.62);
        } else {
            split.getItems().add(translated);
            split.setDividerPositions(0.68);
        }
        work.setDividerPositions(0.28); // the list gives up its share too, not the editor alone
        showPreviews();
    }

    /**
     * Scrolls the previews to the section in the editor. The translated page is read from the
     * translated README, whose sections come in the source's order but are named by their
     * translated headings, so the section is found by its place.
     */
    private void followInPreviews(Row row) {
        if (row == null || previewChoice.getValue() == PreviewMode.OFF) {
            return;
        }
        if (sourcePreview != null && previewChoice.getValue() == PreviewMode.SIDE_BY_SIDE) {
            sourcePreview.scrollTo(row.key());
        }
        if (translationPreview != null && shownTranslation != null) {
            translationPreview.scrollTo(translatedId(row.key()));
        }
    }

    private String translatedId(String key) {
        if (dev.cardwright.card.Translation.PREAMBLE_ID.equals(key)) {
            return key;
        }
        List<String> sourceIds = model.card().allSections().map(dev.cardwright.card.Section::getId).toList();
        List<String> translatedIds = shownTranslation.allSections().map(dev.cardwright.card.Section::getId).toList();
        int i = sourceIds.indexOf(key);
        return i >= 0 && i < translatedIds.size() && sourceIds.size() == translatedIds.size() ? translatedIds.get(i) : key;
    }

    private void showPreviews() {
        PreviewMode mode = previewChoice.getValue();
        if (mode == PreviewMode.OFF) {
            return;
        }
        if (mode == PreviewMode.SIDE_BY_SIDE && sourcePreview != null) {
            sourcePreview.show(model.card());
        }
        model.translatedCard().ifPresent(c -> {
            shownTranslation = c;
            translationPreview.show(c);
        });
        followInPreviews(current());
    }

    /** Drops a big section's analysis still on its way. */
    public void dispose() {
        analysis.cancel();
    }

    // ---- one line of the section list -----------------------------------------------------

    /** A section in the list: status chip, source title, and the start of its translation. Only visible ones exist. */
    private final class SectionCell extends ListCell<Row> {
        private final Label cellChip = new Label();
        private final Label cellTitle = new Label();
        private final Label excerpt = new Label();
        private final VBox box = new VBox(2, new HBox(6, cellChip, cellTitle), excerpt);

        SectionCell() {
            cellChip.getStyleClass().add(CHIP);
            cellTitle.getStyleClass().add("translation-row-title");
            excerpt.getStyleClass().add("translation-row-excerpt");
            ((HBox) box.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
            cellChip.setMinWidth(Region.USE_PREF_SIZE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // labels are cut with an ellipsis instead of widening the list (no horizontal scroll)
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("translation-row");
            if (empty || row == null) {
                setId(null);
                cellChip.setId(null);
                setGraphic(null);
                return;
            }
            String id = row.key().replaceAll("[^A-Za-z0-9_-]", "_");
            setId("translate-row-" + id);
            getStyleClass().add("translation-row");
            cellChip.setId("translate-status-" + id);
            TranslationStatus s = row.status();
            cellChip.setText(statusLabel(s));
            cellChip.getStyleClass().removeIf(c -> c.startsWith("status-"));
            cellChip.getStyleClass().add("status-" + s.id().replace('_', '-'));
            int depth = row.source() == null ? 0 : Math.max(0, row.source().getLevel() - 2);
            box.setPadding(new Insets(0, 0, 0, 14 * depth)); // subsections indented under their parent
            cellTitle.setText(row.source() == null ? Messages.get("translate.preamble") : row.sourceTitle());
            String h = row.heading().replaceFirst("^#+\\s*", "").strip();
            String body = row.text().strip();
            String first = body.isEmpty() ? "" : body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            excerpt.setText(h.isEmpty() ? first : first.isEmpty() ? h : h + " — " + first);
            setGraphic(box);
        }
    }
}
