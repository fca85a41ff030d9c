package dev.cardwright.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.check.CardChecker;
import dev.cardwright.ui.check.CheckReport;
import dev.cardwright.ui.check.LineMap;
import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.MetadataViewModel;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import dev.cardwright.ui.prefs.WorkspacePreferences;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.section.MarkdownArea;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.ui.section.SectionPane;
import dev.cardwright.ui.section.SectionState;
import dev.cardwright.ui.section.SectionStructure;
import dev.cardwright.ui.section.SectionViewModel;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus and toolbar on top; navigator | form | preview in a split whose dividers
 * are remembered; a status bar with the validation summary, completeness and the caret. One
 * document at a time.
 */
public final class MainWindow {
    /** What the window is made of; the app wires the real parts, tests their own. */
    public record Parts(CardStore store, SectionGuide guide, CardChecker checker, Supplier<Vocabularies> vocabularies, TaskExecutor executor,
            WorkspacePreferences prefs, Supplier<Preview> preview, java.util.function.Function<Stage, DialogService> dialogs) {
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final Parts parts;
    private final DialogService dialogs;
    private final DocumentViewModel document;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final NavigatorView navigator = new NavigatorView();
    private final StackPane editorHolder = new StackPane();
    private final StackPane previewHolder = new StackPane();
    private final Map<Object, Node> panes = new IdentityHashMap<>();
    private final Map<Section, SectionPane> sectionPanes = new IdentityHashMap<>();
    private final ObjectProperty<MarkdownArea> currentArea = new SimpleObjectProperty<>();
    private final Label caretLabel = new Label();
    private final Label completenessLabel = new Label();
    private final Button problemsButton = new Button();
    private final LatestOnly checking;
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(350));
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>();
    private final Map<Section, Boolean> sectionsWithProblems = new IdentityHashMap<>();
    private CheckReport report = CheckReport.EMPTY;
    private Preview preview;
    private SectionStructure structure;
    private Menu recentMenu;
    private CheckMenuItem previewItem;
    private CheckMenuItem darkItem;

    public MainWindow(Stage stage, Parts parts) {
        this.stage = stage;
        this.parts = parts;
        this.dialogs = parts.dialogs().apply(stage);
        this.document = new DocumentViewModel(parts.store(), dialogs);
        this.checking = new LatestOnly(parts.executor());
        createView();
        CardwrightApp.trace("views created");
        bind();
    }

    public DocumentViewModel document() { return document; }
    public NavigatorView navigator() { return navigator; }
    public Optional<Preview> preview() { return Optional.ofNullable(preview); }
    public Scene scene() { return root.getScene(); }

    // ---- view -----------------------------------------------------------------------------

    private void createView() {
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        BooleanBinding noSection = selectedSection.isNull();
        List<Action> file = List.of(
                new Action("new-model", Messages.get("action.newModel"), Feather.FILE_PLUS, "Shortcut+N", () -> newCard("model"), null),
                new Action("new-dataset", Messages.get("action.newDataset"), Feather.DATABASE, "Shortcut+Alt+N", () -> newCard("dataset"), null),
                new Action("new-template", Messages.get("action.newFromTemplate"), Feather.FILE_TEXT, "Shortcut+Shift+N", this::newFromTemplate, null),
                new Action("open", Messages.get("action.open"), Feather.FOLDER, "Shortcut+O", this::openChosen, null),
                new Action("save", Messages.get("action.save"), Feather.SAVE, "Shortcut+S", document::save, null),
                new Action("save-as", Messages.get("action.saveAs"), null, "Shortcut+Shift+S", document::saveAs, null),
                new Action("export", Messages.get("action.exportReadme"), Feather.DOWNLOAD, "Shortcut+E", document::exportReadme, null),
                new Action("revert", Messages.get("action.revert"), Feather.REFRESH_CCW, "Shortcut+Shift+R", document::revert,
                        document.history().dirtyProperty().not()),
                new Action("quit", Messages.get("action.quit"), Feather.LOG_OUT, "Shortcut+Q", this::quit, null));
        Action undo = new Action("undo", Messages.get("action.undo"), Feather.ROTATE_CCW, "Shortcut+Z", this::undo,
                document.history().canUndoProperty().not());
        Action redo = new Action("redo", Messages.get("action.redo"), Feather.ROTATE_CW, "Shortcut+Shift+Z", this::redo,
                document.history().canRedoProperty().not());
        Action addSection = new Action("add-section", Messages.get("action.addSection"), Feather.PLUS_SQUARE, "Shortcut+Shift+I", this::addSection, null);
        Action removeSection = new Action("remove-section", Messages.get("action.removeSection"), Feather.TRASH_2, "Shortcut+Shift+Delete", this::removeSection, noSection);
        Action renameSection = new Action("rename-section", Messages.get("action.renameSection"), Feather.EDIT_3, "F2", this::renameSection, noSection);
        Action moveUp = new Action("move-up", Messages.get("action.moveUp"), Feather.ARROW_UP, "Alt+Up", () -> moveSection(-1), noSection);
        Action moveDown = new Action("move-down", Messages.get("action.moveDown"), Feather.ARROW_DOWN, "Alt+Down", () -> moveSection(1), noSection);
        Action problems = new Action("problems", Messages.get("action.problems"), Feather.ALERT_CIRCLE, "Shortcut+Shift+M", this::showProblems, null);
        Action metadata = new Action("go-metadata", Messages.get("action.goMetadata"), Feather.TAG, "Shortcut+1", () -> navigator.select(NavEntry.METADATA), null);
        Action focusNavigator = new Action("focus-navigator", Messages.get("action.focusNavigator"), Feather.LIST, "Shortcut+0", () -> navigator.tree().requestFocus(), null);
        Action about = new Action("about", Messages.get("action.about"), Feather.INFO, "F1", this::about, null);
        // the translation view (branch translate) opens in a window of its own
        Action importTranslation = new Action("import-translation", Messages.get("action.importTranslation"), Feather.GLOBE, "Shortcut+Alt+T",
                document::importTranslation, null);
        Action translations = new Action("translations", Messages.get("translate.action.open"), Feather.GLOBE, "Shortcut+T",
                () -> new dev.cardwright.ui.translate.TranslationWindow(stage, document.getCard(), document.history(),
                        parts.preview(), document.displayName(), parts.prefs().themeProperty().get()).show(), null);

        Menu fileMenu = new Menu(Messages.get("menu.file"));
        fileMenu.setId("menu-file");
        recentMenu = new Menu(Messages.get("menu.recent"));
        recentMenu.setId("menu-recent");
        fileMenu.getItems().addAll(file.get(0).menuItem(), file.get(1).menuItem(), file.get(2).menuItem(),
                new SeparatorMenuItem(), file.get(3).menuItem(), recentMenu, new SeparatorMenuItem(),
                file.get(4).menuItem(), file.get(5).menuItem(), file.get(6).menuItem(), file.get(7).menuItem(),
                new SeparatorMenuItem(), importTranslation.menuItem(), new SeparatorMenuItem(), file.get(8).menuItem());
        Menu editMenu = new Menu(Messages.get("menu.edit"));
        editMenu.setId("menu-edit");
        editMenu.getItems().addAll(undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(), addSection.menuItem(),
                renameSection.menuItem(), moveUp.menuItem(), moveDown.menuItem(), removeSection.menuItem());
        Menu viewMenu = new Menu(Messages.get("menu.view"));
        viewMenu.setId("menu-view");
        previewItem = new CheckMenuItem(Messages.get("action.togglePreview"), new FontIcon(Feather.EYE));
        previewItem.setId("menu-toggle-preview");
        previewItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        darkItem = new CheckMenuItem(Messages.get("action.darkTheme"), new FontIcon(Feather.MOON));
        darkItem.setId("menu-dark-theme");
        darkItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        viewMenu.getItems().addAll(previewItem, darkItem, languageMenu(), new SeparatorMenuItem(), metadata.menuItem(),
                focusNavigator.menuItem(), problems.menuItem(), new SeparatorMenuItem(), translations.menuItem());
        Menu helpMenu = new Menu(Messages.get("menu.help"));
        helpMenu.setId("menu-help");
        helpMenu.getItems().add(about.menuItem());
        MenuBar menuBar = new MenuBar(fileMenu, editMenu, viewMenu, helpMenu);
        menuBar.setUseSystemMenuBar(true);

        Button previewButton = new Button(null, new FontIcon(Feather.COLUMNS));
        previewButton.setId("tool-toggle-preview");
        previewButton.getStyleClass().addAll("flat", "button-icon");
        previewButton.setAccessibleText(Messages.get("action.togglePreview"));
        previewButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("action.togglePreview") + "  (" + previewItem.getAccelerator().getDisplayText() + ")"));
        previewButton.setOnAction(e -> previewItem.setSelected(!previewItem.isSelected()));
        Button themeButton = new Button(null, new FontIcon(Feather.MOON));
        themeButton.setId("tool-dark-theme");
        themeButton.getStyleClass().addAll("flat", "button-icon");
        themeButton.setAccessibleText(Messages.get("action.darkTheme"));
        themeButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("action.darkTheme") + "  (" + darkItem.getAccelerator().getDisplayText() + ")"));
        themeButton.setOnAction(e -> darkItem.setSelected(!darkItem.isSelected()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar(file.get(0).button(), file.get(3).button(), file.get(4).button(), file.get(6).button(),
                new Separator(javafx.geometry.Orientation.VERTICAL), undo.button(), redo.button(),
                new Separator(javafx.geometry.Orientation.VERTICAL), addSection.button(), moveUp.button(),
                moveDown.button(), removeSection.button(), spacer, problems.button(), previewButton, themeButton);
        toolBar.setId("toolbar");
        root.setTop(new VBox(menuBar, toolBar));

        editorHolder.getStyleClass().add("editor-holder");
        previewHolder.getStyleClass().add("preview-holder");
        Label loading = new Label(Messages.get("preview.loading"));
        loading.getStyleClass().add("text-muted");
        previewHolder.getChildren().add(loading);
        navigator.setMinWidth(180);
        editorHolder.setMinWidth(320);
        previewHolder.setMinWidth(240);
        SplitPane.setResizableWithParent(navigator, false);
        split.getItems().addAll(navigator, editorHolder, previewHolder);
        split.setId("main-split");
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    private Node statusBar() {
        problemsButton.setId("status-problems");
        problemsButton.getStyleClass().addAll("flat", "small");
        problemsButton.setAccessibleText(Messages.get("status.problems.accessible"));
        problemsButton.setOnAction(e -> showProblems());
        completenessLabel.setId("status-completeness");
        caretLabel.setId("status-caret");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, problemsButton, spacer, completenessLabel, caretLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 4));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---- behaviour ------------------------------------------------------------------------

    private void bind() {
        // ControlsFX draws validation decorations in a DecorationPane at the top of the scene; when
        // there is none, the first decoration moves the whole window into a new one, restyling every
        // node (and, detached for a moment, logging a CSS warning for each). Start inside one.
        impl.org.controlsfx.skin.DecorationPane decorations = new impl.org.controlsfx.skin.DecorationPane();
        decorations.setRoot(root);
        Scene scene = new Scene(decorations, parts.prefs().windowWidthProperty().get(), parts.prefs().windowHeightProperty().get());
        stage.setScene(scene);
        Theme.of(parts.prefs().themeProperty().get()).apply(scene);
        stage.titleProperty().bind(document.titleProperty());

        // One history for the whole document: Ctrl+Z goes to it from every control, and the
        // controls' own undo (text fields, code areas) never sees the key.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (inEditingCell(scene.getFocusOwner())) {
                return; // a table cell's editor holds text not yet in the card: its own undo serves it
            }
            if (REDO.match(e) || REDO_Y.match(e)) {
                redo();
                e.consume();
            } else if (UNDO.match(e)) {
                undo();
                e.consume();
            }
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> document.history().seal());

        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                Path dropped = e.getDragboard().getFiles().get(0).toPath();
                open(dropped);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        stage.setOnCloseRequest(e -> {
            if (!document.confirmDiscard()) {
                e.consume();
            } else {
                rememberWindow();
            }
        });

        darkItem.setSelected(Theme.of(parts.prefs().themeProperty().get()) == Theme.DARK);
        darkItem.selectedProperty().addListener((obs, old, dark) -> {
            Theme theme = dark ? Theme.DARK : Theme.LIGHT;
            parts.prefs().themeProperty().set(theme.id());
            theme.apply(scene);
            if (preview instanceof dev.cardwright.ui.preview.WebViewPreview wv) {
                wv.setTheme(dark ? dev.cardwright.render.PreviewPage.Theme.DARK : dev.cardwright.render.PreviewPage.Theme.LIGHT);
            }
        });
        previewItem.setSelected(parts.prefs().previewVisibleProperty().get());
        previewItem.selectedProperty().addListener((obs, old, show) -> {
            parts.prefs().previewVisibleProperty().set(show);
            applyPreviewVisibility();
        });

        navigator.onSelect(this::showEntry);
        currentArea.addListener((obs, old, now) -> updateCaret());

        document.history().revisionProperty().addListener((obs, old, now) -> checkDelay.playFromStart());
        // markers and validation follow the text once typing pauses, not on every keystroke
        checkDelay.setOnFinished(e -> {
            navigator.refreshStates();
            check();
        });
        updateRecentMenu();
        parts.prefs().getRecentFiles().addListener((ListChangeListener<Path>) c -> updateRecentMenu());
        showReport(CheckReport.EMPTY);
        applyPreviewVisibility();
    }

    private void undo() {
        document.undo();
    }

    private void redo() {
        document.redo();
    }

    /** Whether {@code node} is inside a table or list cell that is being edited. */
    static boolean inEditingCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }

    private void updateCaret() {
        MarkdownArea area = currentArea.get();
        if (area == null) {
            caretLabel.setText("");
            return;
        }
        caretLabel.setText(Messages.get("status.caret", area.caretProperty().get()));
    }

    /** Shows the window with the given card. */
    public void show(Card card, Path file, String untitledName) {
        show(card, file, untitledName, null);
    }

    /** Shows the window with the given card, opened on {@code first} (null: the first section). */
    public void show(Card card, Path file, String untitledName, Section first) {
        setDocument(card, file, untitledName, first);
        CardwrightApp.trace("document set");
        stage.show();
        CardwrightApp.trace("stage.show returned");
        double[] d = parts.prefs().dividersProperty().get();
        split.setDividerPositions(d);
        for (SplitPane.Divider divider : split.getDividers()) {
            divider.positionProperty().addListener((obs, old, now) -> rememberDividers());
        }
    }

    /** Creates the preview (WebKit takes a while to start, so this runs after the window is up). */
    public void attachPreview() {
        if (preview != null) {
            return;
        }
        preview = parts.preview().get();
        if (preview == null) {
            return;
        }
        if (preview instanceof dev.cardwright.ui.preview.WebViewPreview wv && darkItem.isSelected()) {
            wv.setTheme(dev.cardwright.render.PreviewPage.Theme.DARK);
        }
        previewHolder.getChildren().setAll(preview.node());
        preview.setOnSectionScrolled(id -> { });
        showInPreview();
        if (selectedSection.get() != null) {
            preview.scrollTo(selectedSection.get().getId());
        }
    }

    /** The folder relative links of the card resolve against: where its file is. */
    private Path baseDirectory() {
        Path base = document.fileProperty().get() != null ? document.fileProperty().get()
                : document.importedFrom().orElse(null);
        return base == null ? null : base.toAbsolutePath().getParent();
    }

    private void showInPreview() {
        if (preview == null || document.getCard() == null) {
            return;
        }
        preview.setBaseDirectory(baseDirectory());
        preview.show(document.getCard());
    }

    private void applyPreviewVisibility() {
        boolean show = previewItem.isSelected();
        if (show && !split.getItems().contains(previewHolder)) {
            split.getItems().add(previewHolder);
            split.setDividerPositions(parts.prefs().dividersProperty().get());
            split.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> rememberDividers()));
        } else if (!show && split.getItems().contains(previewHolder)) {
            split.getItems().remove(previewHolder);
            split.setDividerPositions(parts.prefs().dividersProperty().get()[0]);
        }
    }

    private void rememberDividers() {
        double[] pos = split.getDividerPositions();
        if (pos.length == 2 && stage.isShowing()) {
            parts.prefs().dividersProperty().set(pos.clone());
        }
    }

    private void rememberWindow() {
        if (!stage.isMaximized()) {
            parts.prefs().windowWidthProperty().set(stage.getWidth());
            parts.prefs().windowHeightProperty().set(stage.getHeight());
        }
    }

    private void setDocument(Card card, Path file, String untitledName) {
        setDocument(card, file, untitledName, null);
    }

    private void setDocument(Card card, Path file, String untitledName, Section first) {
        document.setCard(card, file, untitledName);
        afterLoad(first);
    }

    private void afterLoad() {
        afterLoad(null);
    }

    private void afterLoad(Section first) {
        Card card = document.getCard();
        panes.clear();
        sectionPanes.clear();
        structure = new SectionStructure(card, document.history());
        new CardWatcher(card,
                s -> { if (preview != null) preview.patch(s.getId()); },
                () -> { if (preview != null) preview.patchMetadata(); },
                () -> { if (preview != null) preview.patch("_preamble"); },
                () -> {
                    if (preview != null) preview.show(card);
                    forgetRemovedPanes();
                });
        navigator.setCard(card);
        // The first section, not the metadata: its pane is cheaper to build, so the card shows sooner.
        navigator.select(first != null ? NavEntry.of(first)
                : card.getSections().isEmpty() ? NavEntry.METADATA : NavEntry.of(card.getSections().get(0)));
        showInPreview();
        // Validation starts a moment later, so that it never delays showing the card.
        checkDelay.playFromStart();
    }

    private void forgetRemovedPanes() {
        Card card = document.getCard();
        sectionPanes.keySet().removeIf(s -> card.allSections().noneMatch(x -> x == s));
        panes.keySet().removeIf(k -> k instanceof Section s && !sectionPanes.containsKey(s));
    }

    private void showEntry(NavEntry entry) {
        Node pane = paneFor(entry);
        editorHolder.getChildren().setAll(pane);
        selectedSection.set(entry.kind() == NavEntry.Kind.SECTION ? entry.section() : null);
        currentArea.set(pane instanceof SectionPane sp ? sp.markdown() : pane.getProperties().get("area") instanceof MarkdownArea a ? a : null);
        if (currentArea.get() != null) {
            currentArea.get().caretProperty().addListener((obs, old, now) -> updateCaret());
        }
        updateCaret();
        if (preview != null && entry.kind() == NavEntry.Kind.SECTION) {
            preview.scrollTo(entry.section().getId());
        }
    }

    /** The pane of an entry, built the first time it is shown. */
    private Node paneFor(NavEntry entry) {
        Card card = document.getCard();
        return switch (entry.kind()) {
            case METADATA -> panes.computeIfAbsent(card, c -> {
                MetadataPane mp = new MetadataPane(card, parts.vocabularies().get(), parts.executor());
                mp.model().setStepBoundary(() -> document.history().seal());
                mp.showProblems(metadataProblems());
                return mp;
            });
            case PREAMBLE -> panes.computeIfAbsent(card.preambleProperty(), p -> preamblePane(card));
            case SECTION -> sectionPanes.computeIfAbsent(entry.section(), s ->
                    new SectionPane(new SectionViewModel(s, parts.guide().forCardType(card.getCardType()), Messages.locale()),
                            parts.executor()));
        };
    }

    private Node preamblePane(Card card) {
        MarkdownArea area = new MarkdownArea(parts.executor());
        area.area().setId("markdown-preamble");
        area.area().setAccessibleText(Messages.get("navigator.preamble"));
        area.setText(card.getPreamble());
        boolean[] pushing = {false};
        area.area().textProperty().addListener((obs, old, now) -> {
            if (!pushing[0]) {
                card.setPreamble(now);
            }
        });
        card.preambleProperty().addListener((obs, old, now) -> {
            if (!area.area().getText().equals(now)) {
                pushing[0] = true;
                area.setText(now);
                pushing[0] = false;
            }
        });
        Label title = new Label(Messages.get("navigator.preamble"));
        title.getStyleClass().addAll("title-3", "pane-title");
        Label guidance = new Label(Messages.get("preamble.guidance"));
        guidance.getStyleClass().add("guidance");
        guidance.setWrapText(true);
        Label label = new Label(Messages.get("section.text"));
        label.setLabelFor(area.area());
        label.getStyleClass().add("text-muted");
        VBox box = new VBox(10, title, guidance, label, area.node());
        VBox.setVgrow(area.node(), Priority.ALWAYS);
        box.setPadding(new Insets(16, 18, 12, 18));
        box.getProperties().put("area", area);
        return box;
    }

    // ---- checking -------------------------------------------------------------------------

    private void check() {
        Card card = document.getCard();
        if (card == null) {
            return;
        }
        checking.submit(parts.checker().prepare(card, baseDirectory()), this::showReport);
    }

    private void showReport(CheckReport r) {
        report = r;
        long errors = r.count(Problem.Severity.ERROR);
        long warnings = r.count(Problem.Severity.WARNING);
        problemsButton.getStyleClass().removeAll("danger", "warning", "success");
        if (errors + warnings == 0) {
            problemsButton.setText(Messages.get("status.noProblems"));
            problemsButton.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
            problemsButton.getStyleClass().add("success");
        } else {
            problemsButton.setText(Messages.get("status.problems", errors, warnings));
            problemsButton.setGraphic(new FontIcon(errors > 0 ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
            problemsButton.getStyleClass().add(errors > 0 ? "danger" : "warning");
        }
        completenessLabel.setText(Messages.get("status.completeness", Math.round(r.completeness() * 100)));
        navigator.setCompleteness(r.completeness());
        sectionsWithProblems.clear();
        if (document.getCard() != null) {
            LineMap map = new LineMap(document.getCard());
            for (Problem p : r.problems()) {
                map.partAt(p.line()).map(LineMap.Part::section).ifPresent(s -> sectionsWithProblems.put(s, true));
            }
        }
        navigator.setStateFunction(s -> SectionState.of(s, sectionsWithProblems.containsKey(s)));
        metadataPane().ifPresent(mp -> mp.showProblems(metadataProblems()));
    }

    /** Messages of metadata problems by top-level key (errors win over warnings). */
    private Map<String, String> metadataProblems() {
        Map<String, String> byKey = new java.util.HashMap<>();
        report.problems().stream()
                .sorted(java.util.Comparator.comparing(Problem::severity).reversed())
                .filter(p -> p.path() != null && !p.path().isEmpty())
                .forEach(p -> byKey.put(MetadataViewModel.topKey(p.path()), p.message()));
        return byKey;
    }

    public CheckReport report() { return report; }

    private void showProblems() {
        ListView<Problem> list = new ListView<>();
        list.setId("problems-list");
        list.setAccessibleText(Messages.get("action.problems"));
        list.getItems().setAll(report.problems());
        list.setPlaceholder(new Label(Messages.get("status.noProblems")));
        list.setPrefSize(560, Math.min(320, 36 + 30 * Math.max(1, report.problems().size())));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(p.where() + "  " + p.message() + "  [" + p.code() + "]");
                    FontIcon icon = new FontIcon(p.severity() == Problem.Severity.ERROR ? Feather.X_CIRCLE
                            : p.severity() == Problem.Severity.WARNING ? Feather.ALERT_TRIANGLE : Feather.INFO);
                    icon.getStyleClass().add("severity-" + p.severity().name().toLowerCase(Locale.ROOT));
                    setGraphic(icon);
                }
            }
        });
        ContextMenu popup = new ContextMenu();
        CustomMenuItem holder = new CustomMenuItem(list, false);
        popup.getItems().add(holder);
        popup.setId("problems-popup");
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                popup.hide();
                goTo(p);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                popup.hide();
                goTo(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.show(problemsButton, Side.TOP, 0, 0);
        list.requestFocus();
    }

    /** Jumps to where a problem is: the metadata pane, or the line inside a section's text. */
    public void goTo(Problem p) {
        LineMap map = new LineMap(document.getCard());
        Optional<LineMap.Part> part = map.partAt(p.line());
        if (part.isEmpty() || part.get().frontMatter()) {
            navigator.select(NavEntry.METADATA);
            Node pane = panes.get(document.getCard());
            if (pane instanceof MetadataPane mp) {
                mp.focusProblem(p);
            }
            return;
        }
        if (part.get().section() == null) {
            navigator.select(NavEntry.PREAMBLE);
            return;
        }
        Section s = part.get().section();
        navigator.select(NavEntry.of(s));
        SectionPane sp = sectionPanes.get(s);
        if (sp != null) {
            int line = p.line() - part.get().bodyFirstLine() + 1;
            Platform.runLater(() -> sp.markdown().moveTo(Math.max(1, line), Math.max(1, p.column())));
        }
    }

    // ---- actions --------------------------------------------------------------------------

    private void newCard(String type) {
        if (!document.confirmDiscard()) {
            return;
        }
        try {
            setDocument(parts.store().newCard(type), null, type.equals("dataset") ? "dataset.card.yaml" : "model.card.yaml");
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.new.title"), e.getMessage());
        }
    }

    private void newFromTemplate() {
        if (!document.confirmDiscard()) {
            return;
        }
        dialogs.chooseOpen(DialogService.FileKind.TEMPLATE).ifPresent(t -> {
            try {
                setDocument(parts.store().fromTemplate(t), null, "model.card.yaml");
            } catch (IOException | RuntimeException e) {
                dialogs.showError(Messages.get("error.new.title"), t + ": " + e.getMessage());
            }
        });
    }

    private void openChosen() {
        dialogs.chooseOpen(DialogService.FileKind.CARD_OR_README).ifPresent(this::open);
    }

    /** Opens a card source or README (asking about unsaved changes first). */
    public boolean open(Path file) {
        if (!Files.isRegularFile(file)) {
            dialogs.showError(Messages.get("error.open.title"), Messages.get("error.notAFile", file));
            return false;
        }
        if (document.open(file)) {
            parts.prefs().addRecent(file);
            afterLoad();
            return true;
        }
        return false;
    }

    private void updateRecentMenu() {
        recentMenu.getItems().clear();
        int n = 1;
        for (Path p : parts.prefs().getRecentFiles()) {
            MenuItem item = new MenuItem((n <= 9 ? "_" + n + "  " : "") + p.getFileName() + "  —  " + p.getParent());
            item.setId("menu-recent-" + n);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
            n++;
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void addSection() {
        dialogs.askText(Messages.get("section.add.title"), Messages.get("section.add.prompt"), "").ifPresent(title -> {
            Section created = structure.add(selectedSection.get(), title);
            navigator.select(NavEntry.of(created));
        });
    }

    private void removeSection() {
        Section s = selectedSection.get();
        if (s != null && dialogs.confirm(Messages.get("section.remove.title"), Messages.get("section.remove.message", s.getTitle()))) {
            structure.remove(s);
        }
    }

    private void renameSection() {
        Section s = selectedSection.get();
        if (s != null) {
            dialogs.askText(Messages.get("section.rename.title"), Messages.get("section.rename.prompt"), s.getTitle())
                    .ifPresent(t -> structure.rename(s, t));
        }
    }

    private void moveSection(int delta) {
        Section s = selectedSection.get();
        if (s != null) {
            structure.move(s, delta);
            navigator.select(NavEntry.of(s));
        }
    }

    private void about() {
        dialogs.showInfo(Messages.get("action.about"), Messages.get("about.message"));
    }

    private void quit() {
        if (document.confirmDiscard()) {
            rememberWindow();
            stage.close();
            Platform.exit();
        }
    }

    /** Shows a section's pane. */
    public void select(Section section) {
        navigator.select(NavEntry.of(section));
    }

    /** The section pane of {@code section}, if it has been shown. */
    public Optional<SectionPane> sectionPane(Section section) {
        return Optional.ofNullable(sectionPanes.get(section));
    }

    public Optional<MetadataPane> metadataPane() {
        return Optional.ofNullable((MetadataPane) panes.get(document.getCard()));
    }

    Parent root() {
        return root;
    }

    /**
     * View ▸ Language: the system's language, English or Simplified Chinese. The choice is stored
     * in the preferences and applies at the next start (every view reads its strings once).
     */
    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.language"), new FontIcon(Feather.GLOBE));
        menu.setId("menu-language");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        String current = parts.prefs().languageProperty().get();
        String[][] choices = {{"", Messages.get("language.system")}, {"en", Messages.get("language.english")},
                {"zh-CN", Messages.get("language.chinese")}};
        for (String[] choice : choices) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(choice[1]);
            item.setId("menu-language-" + (choice[0].isEmpty() ? "system" : choice[0]));
            item.setToggleGroup(group);
            item.setSelected(choice[0].equals(current == null ? "" : current));
            item.setOnAction(e -> {
                if (!choice[0].equals(parts.prefs().languageProperty().get())) {
                    parts.prefs().languageProperty().set(choice[0]);
                    dialogs.showInfo(Messages.get("language.changedTitle"), Messages.get("language.changedMessage"));
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
