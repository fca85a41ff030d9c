package dev.cardwright.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.check.CardChecker;
import dev.cardwright.ui.check.CheckReport;
import dev.cardwright.ui.check.LineMap;
import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.common.ToolWindow;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.document.CardStore;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.external.ConflictDialog;
import dev.cardwright.ui.external.ExternalChangeBar;
import dev.cardwright.ui.external.ExternalChanges;
import dev.cardwright.ui.main.Actions;
import dev.cardwright.ui.main.AfterFirstFrame;
import dev.cardwright.ui.main.BackgroundCheck;
import dev.cardwright.ui.main.CardWatcher;
import dev.cardwright.ui.main.EditActions;
import dev.cardwright.ui.find.FindBar;
import dev.cardwright.ui.main.FileDrop;
import dev.cardwright.ui.main.HubActions;
import dev.cardwright.ui.main.MainMenu;
import dev.cardwright.ui.main.MainSplit;
import dev.cardwright.ui.main.MatchReveal;
import dev.cardwright.ui.main.PaneCache;
import dev.cardwright.ui.main.SectionActions;
import dev.cardwright.ui.main.StatusBar;
import dev.cardwright.ui.main.UndoKeys;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.MetadataViewModel;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import dev.cardwright.ui.prefs.WorkspacePreferences;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.recovery.Autosave;
import dev.cardwright.ui.recovery.RecoveryDialog;
import dev.cardwright.ui.recovery.RecoveryFolder;
import dev.cardwright.ui.recovery.RecoveryOffer;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.ui.section.SectionPane;
import dev.cardwright.ui.section.SectionState;
import dev.cardwright.ui.task.TaskExecutor;
import dev.cardwright.ui.translate.TranslationWindow;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import dev.cardwright.ui.carbon.CarbonCalculatorPane;
import dev.cardwright.ui.cite.CitationPane;
import dev.cardwright.ui.modelscope.ModelScopeExportPane;
import dev.cardwright.ui.role.RolePane;

/**
 * The main window: menus and toolbar on top; navigator | form | preview in a split whose dividers
 * are remembered; a status bar with the validation summary, completeness and the caret. One
 * document at a time. The parts live in {@code ui.main}; this class puts them together and wires
 * what the user does to the document.
 */
public final class MainWindow {
    /** What the window is made of; the app wires the real parts, tests their own. */
    public record Parts(CardStore store, SectionGuide guide, CardChecker checker, Supplier<Vocabularies> vocabularies, TaskExecutor executor,
            WorkspacePreferences prefs, Supplier<Preview> preview, Function<Stage, DialogService> dialogs) {
    }

    private final Stage stage;
    private final Parts parts;
    private final DialogService dialogs;
    private final DocumentViewModel document;
    private final BorderPane root = new BorderPane();
    private final NavigatorView navigator = new NavigatorView();
    private Actions actions = new Actions();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final PaneCache panes;
    private final StatusBar statusBar = new StatusBar(this::goTo, this::locator);
    private final MainSplit split;
    private final SectionActions sections;
    private final BackgroundCheck checks;
    private final Autosave autosave;
    private final ExternalChanges externalChanges;
    private final FindBar findBar;
    private ExternalChangeBar externalBar;
    private final Map<Section, Boolean> sectionsWithProblems = new IdentityHashMap<>();
    private Subscription previewWatch = Subscription.EMPTY;
    private Subscription textSync = Subscription.EMPTY;
    /** The section to open the next card on (null: its first section). */
    private Section openOn;

    public MainWindow(Stage stage, Parts parts) {
        this.stage = stage;
        this.parts = parts;
        this.dialogs = parts.dialogs().apply(stage);
        parts.store().keepBackups(() -> parts.prefs().keepBackupsProperty().get());
        this.document = new DocumentViewModel(parts.store(), dialogs);
        document.setExportFolders(parts.prefs().exportFolders());
        this.panes = new PaneCache(document, parts.vocabularies(), parts.guide(), parts.executor());
        this.dark.set(Theme.of(parts.prefs().themeProperty().get()) == Theme.DARK);
        this.split = new MainSplit(navigator, document, parts.prefs(), dark, stage.showingProperty());
        this.sections = new SectionActions(document, navigator, dialogs);
        this.findBar = new FindBar(document::getCard, document.history(), new MatchReveal(document::getCard, navigator, panes, this::focusOwner));
        this.checks = new BackgroundCheck(document, parts.checker(), parts.executor(), navigator::refreshStates, this::showReport);
        this.autosave = new Autosave(document, RecoveryFolder.location(), Autosave.interval());
        this.externalChanges = new ExternalChanges(document, parts.store(), new ConflictDialog(stage));
        registerActions();
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        externalBar = new ExternalChangeBar(externalChanges, stage);
        root.setTop(menu());
        root.setCenter(split.node());
        root.setBottom(new javafx.scene.layout.VBox(findBar.node(), statusBar.node()));
        CardwrightApp.trace("views created");
        bind();
    }

    public DocumentViewModel document() { return document; }
    public NavigatorView navigator() { return navigator; }
    public Optional<Preview> preview() { return split.preview(); }
    public Scene scene() { return root.getScene(); }
    public CheckReport report() { return checks.report(); }
    public Optional<SectionPane> sectionPane(Section section) { return panes.sectionPane(section); }
    public Optional<MetadataPane> metadataPane() { return panes.metadataPane(); }
    Parent root() { return root; }

    /** The menu bar, with the bar that tells of changes on disk under it (issue 12). */
    private Node menu() {
        MainMenu menu = new MainMenu(actions, parts.prefs().previewVisibleProperty(), dark, parts.prefs().getRecentFiles(), this::open,
                // later: the menu that was clicked closes before it is replaced
                parts.prefs().languageProperty(), () -> Platform.runLater(this::relabel));
        menu.addViewToggle("menu-remote-images", Messages.get("action.remoteImages"), Feather.IMAGE, parts.prefs().remoteImagesProperty());
        menu.addFileToggle("menu-keep-backups", Messages.get("action.keepBackups"), Feather.ARCHIVE, parts.prefs().keepBackupsProperty());
        return new javafx.scene.layout.VBox(menu.node(), externalBar.node());
    }

    /**
     * The UI language was switched (issue 10): the menus, the toolbar, the outline's labels and
     * the open pane are made again from the bundles, the find bar, the bar about changes on disk
     * and the open tool windows say their text again; the document and its history stay as they are.
     */
    private void relabel() {
        Messages.setLocale(parts.prefs().uiLocale());
        actions = new Actions();
        registerActions();
        root.setTop(menu());
        navigator.relabel();
        findBar.relabel();
        externalBar.relabel();
        ToolWindow.relabelOpen();
        document.titleProperty().invalidate();
        NavEntry shown = navigator.tree().getSelectionModel().getSelectedItem() == null ? null
                : navigator.tree().getSelectionModel().getSelectedItem().getValue();
        panes.clear();
        if (shown != null) {
            showEntry(shown);
        }
        checks.schedule(); // the status bar says it again in the new language
    }

    /** On the first run, a welcome offering New, Open and the sample card (issue 10); once. */
    public void welcomeIfFirstRun() {
        if (parts.prefs().welcomeShownProperty().get()) {
            return;
        }
        parts.prefs().welcomeShownProperty().set(true);
        dev.cardwright.ui.help.WelcomePane.show(stage, () -> askNewCard("model"),
                () -> document.chooseFileToOpen().ifPresent(this::open), () -> { });
    }

    /** Help ▸ Keyboard Shortcuts lists the registry's actions with their keys. */
    private void showShortcuts() {
        // asked again after a language switch, when the actions are registered anew
        dev.cardwright.ui.help.ShortcutsPane.show(stage, () -> actions.all().stream()
                .map(a -> new dev.cardwright.ui.help.Shortcut(a.text(), a.shortcut())).toList());
    }

    /** File ▸ New asks for the repository id, kind, languages and base model first (issue 10). */
    private void askNewCard(String kind) {
        new dev.cardwright.ui.newcard.NewCardDialog(stage, kind, parts.vocabularies().get().languages(), document::newCard).show();
    }

    private void registerActions() {
        actions.add("new-model", Messages.get("action.newModel"), Feather.FILE_PLUS, "Shortcut+N", () -> askNewCard("model"));
        actions.add("new-dataset", Messages.get("action.newDataset"), Feather.DATABASE, "Shortcut+Alt+N", () -> askNewCard("dataset"));
        actions.add("new-template", Messages.get("action.newFromTemplate"), Feather.FILE_TEXT, "Shortcut+Shift+N", document::newFromTemplate);
        actions.add("open", Messages.get("action.open"), Feather.FOLDER, "Shortcut+O", () -> document.chooseFileToOpen().ifPresent(this::open));
        new HubActions(stage, document, parts.executor()).register(actions, dialogs);
        actions.add("save", Messages.get("action.save"), Feather.SAVE, "Shortcut+S", document::save);
        actions.add("save-as", Messages.get("action.saveAs"), null, "Shortcut+Shift+S", document::saveAs);
        actions.add("export", Messages.get("action.exportReadme"), Feather.DOWNLOAD, "Shortcut+E", document::exportReadme);
        actions.add("revert", Messages.get("action.revert"), Feather.REFRESH_CCW, "Shortcut+Shift+R", document::revert,
                document.history().dirtyProperty().not());
        actions.add("import-translation", Messages.get("action.importTranslation"), Feather.GLOBE, "Shortcut+Alt+T", document::importTranslation);
        new dev.cardwright.ui.main.XliffActions(document, dialogs).register(actions);
        actions.add("quit", Messages.get("action.quit"), Feather.LOG_OUT, "Shortcut+Q", this::quit);
        actions.add("undo", Messages.get("action.undo"), Feather.ROTATE_CCW, "Shortcut+Z", document::undo, document.history().canUndoProperty().not());
        actions.add("redo", Messages.get("action.redo"), Feather.ROTATE_CW, "Shortcut+Shift+Z", document::redo, document.history().canRedoProperty().not());
        sections.register(actions);
        new EditActions(this::focusOwner, findBar).register(actions);
        actions.add("problems", Messages.get("action.problems"), Feather.ALERT_CIRCLE, "Shortcut+Shift+M", statusBar::showProblems);
        actions.add("go-metadata", Messages.get("action.goMetadata"), Feather.TAG, "Shortcut+1", () -> navigator.select(NavEntry.METADATA));
        actions.add("focus-navigator", Messages.get("action.focusNavigator"), Feather.LIST, "Shortcut+0", () -> navigator.tree().requestFocus());
        actions.add("shortcuts", Messages.get("action.shortcuts"), Feather.COMMAND, "Shortcut+Slash", this::showShortcuts);
        actions.add("getting-started", Messages.get("action.gettingStarted"), Feather.HELP_CIRCLE, null,
                () -> dev.cardwright.ui.help.GettingStartedPane.show(stage));
        actions.add("about", Messages.get("action.about"), Feather.INFO, "F1", () -> dialogs.showInfo(Messages.get("action.about"), Messages.get("about.message")));
        // issue 15: helpers that write into the card, each in a window of its own
        actions.add("modelscope", Messages.get("action.modelscope"), Feather.SHARE_2, "Shortcut+Alt+M",
                () -> ModelScopeExportPane.show(stage, document.getCard(), document.displayName(),
                        () -> dialogs.chooseSave(DialogService.FileKind.README, "README.md")));
        actions.add("carbon", Messages.get("action.carbon"), Feather.WIND, null, () -> CarbonCalculatorPane.show(stage, document.getCard()));
        actions.add("citation", Messages.get("action.citation"), Feather.BOOK_OPEN, null, () -> CitationPane.show(stage, document.getCard()));
        new dev.cardwright.ui.main.TextDrafts(document::getCard, document.history(), dialogs, this::select).register(actions); // issue 10
        actions.add("roles", Messages.get("action.roles"), Feather.USERS, null, () -> RolePane.show(stage, document.getCard()));
        // the translation view opens in a window of its own
        actions.add("translations", Messages.get("translate.action.open"), Feather.GLOBE, "Shortcut+T",
                () -> new TranslationWindow(stage, document.getCard(), document.history(), parts.preview(), parts.executor(), document.displayName(),
                        parts.prefs().themeProperty().get()).show());
    }

    private void bind() {
        Scene scene = new Scene(root, parts.prefs().windowWidthProperty().get(), parts.prefs().windowHeightProperty().get());
        stage.setScene(scene);
        Theme.of(parts.prefs().themeProperty().get()).apply(scene);
        stage.titleProperty().bind(document.titleProperty());
        UndoKeys.install(scene, document.history());
        FileDrop.install(scene, this::open);
        stage.setOnCloseRequest(e -> {
            if (!document.confirmDiscard()) {
                e.consume();
            } else {
                autosave.stop();
                externalChanges.stop();
                rememberWindow();
            }
        });
        dark.addListener((obs, old, now) -> {
            Theme theme = now ? Theme.DARK : Theme.LIGHT;
            parts.prefs().themeProperty().set(theme.id());
            theme.apply(scene);
        });
        navigator.onSelect(this::showEntry);
        document.cardProperty().addListener((obs, old, now) -> afterLoad());
        autosave.start(stage.focusedProperty());
        externalChanges.start(stage.focusedProperty());
    }

    /** Offers the edits a crashed Cardwright left in the recovery folder (issue 12); whether one was restored. */
    public boolean offerRecovery() {
        return new RecoveryOffer(RecoveryFolder.location(), parts.store(), document, autosave, new RecoveryDialog(stage)).offer();
    }

    /** Shows the window with the given card. */
    public void show(Card card, Path file, String untitledName) {
        show(card, file, untitledName, null);
    }

    /** Shows the window with the given card, opened on {@code first} (null: the first section). */
    public void show(Card card, Path file, String untitledName, Section first) {
        openOn = first;
        document.setCard(card, file, untitledName);
        CardwrightApp.trace("document set");
        stage.show();
        CardwrightApp.trace("stage.show returned");
        split.restoreDividers();
    }

    /**
     * Gives the window its preview (WebKit takes a while to start, so this runs after the window
     * is up). The WebView is made only while the preview is shown (issue 14).
     */
    public void attachPreview() {
        split.attachPreview(parts.preview(), () -> {
            Section s = sections.selected();
            return s == null ? null : s.getId();
        }, p -> p.setRemoteImages(parts.prefs().remoteImagesProperty().get()));
        if (!remoteImagesFollowed) {
            remoteImagesFollowed = true;
            parts.prefs().remoteImagesProperty().addListener((obs, was, now) -> split.preview().ifPresent(p -> p.setRemoteImages(now)));
        }
    }

    private boolean remoteImagesFollowed;

    /** Opens a card source or README (asking about unsaved changes first). */
    public boolean open(Path file) {
        CardwrightApp.trace("open " + file.getFileName());
        if (!document.open(file)) {
            return false;
        }
        parts.prefs().addRecent(file);
        return true;
    }

    /** Shows a section's pane. */
    public void select(Section section) {
        navigator.select(NavEntry.of(section));
    }

    private void afterLoad() {
        Card card = document.getCard();
        Section first = openOn;
        openOn = null;
        panes.clear(); // the panes of the card before end their subscriptions
        sections.setCard(card);
        previewWatch.unsubscribe();
        textSync.unsubscribe();
        textSync = dev.cardwright.ui.main.TextSync.attach(card, document.history()); // issue 10: text follows the metadata
        previewWatch = CardWatcher.watch(card,
                s -> split.preview().ifPresent(p -> p.patch(s.getId())),
                () -> split.preview().ifPresent(Preview::patchMetadata),
                () -> split.preview().ifPresent(p -> p.patch("_preamble")),
                () -> {
                    split.showCard();
                    panes.forgetRemoved();
                });
        CardwrightApp.trace("card read");
        navigator.setCard(card);
        // The first section, not the metadata: its pane is cheaper to build, so the card shows sooner.
        navigator.select(first != null ? NavEntry.of(first)
                : card.getSections().isEmpty() ? NavEntry.METADATA : NavEntry.of(card.getSections().get(0)));
        CardwrightApp.trace("first pane built");
        // The preview's page of a big card takes longer to render than the form: it starts after the form is on screen.
        AfterFirstFrame.run(root.getScene(), () -> {
            if (document.getCard() == card) {
                CardwrightApp.trace("preview asked");
                split.showCard();
            }
        });
        // Validation starts a moment later, so that it never delays showing the card; until it
        // reports, nothing may show the figures of the card before (defect 8).
        statusBar.showChecking();
        navigator.showChecking();
        sectionsWithProblems.clear();
        navigator.setStateFunction(s -> SectionState.of(s, false));
        panes.showMetadataProblems(Map.of());
        checks.restart();
        findBar.refresh();
    }

    private void showEntry(NavEntry entry) {
        Node pane = panes.paneFor(entry);
        split.showPane(pane);
        sections.setSelected(entry.kind() == NavEntry.Kind.SECTION ? entry.section() : null);
        statusBar.followCaret(PaneCache.markdownOf(pane).orElse(null));
        if (entry.kind() == NavEntry.Kind.SECTION) {
            split.preview().ifPresent(p -> p.scrollTo(entry.section().getId()));
        }
    }

    private void showReport(CheckReport r) {
        statusBar.showReport(r);
        navigator.setCompleteness(r.completeness());
        sectionsWithProblems.clear();
        LineMap map = new LineMap(document.getCard());
        for (Problem p : r.problems()) {
            map.partAt(p.line()).map(LineMap.Part::section).ifPresent(s -> sectionsWithProblems.put(s, true));
        }
        navigator.setStateFunction(s -> SectionState.of(s, sectionsWithProblems.containsKey(s)));
        // messages of metadata problems by top-level key, errors winning over warnings
        Map<String, String> byKey = new HashMap<>();
        r.problems().stream().sorted(Comparator.comparing(Problem::severity).reversed())
                .filter(p -> p.path() != null && !p.path().isEmpty())
                .forEach(p -> byKey.put(MetadataViewModel.topKey(p.path()), p.message()));
        panes.showMetadataProblems(byKey);
    }

    private Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    /** Names where problems are in the card as it is now: a metadata key, or a section and a line of its text. */
    private Function<Problem, String> locator() {
        LineMap map = new LineMap(document.getCard());
        return p -> {
            Optional<LineMap.Part> part = map.partAt(p.line());
            if (part.isEmpty() || part.get().frontMatter()) {
                return p.path() != null && !p.path().isEmpty() ? Messages.get("problems.where.metadataKey", p.path())
                        : Messages.get("problems.where.metadata", String.valueOf(p.line()));
            }
            String line = String.valueOf(Math.max(1, p.line() - part.get().bodyFirstLine() + 1));
            return part.get().section() == null ? Messages.get("problems.where.preamble", line)
                    : Messages.get("problems.where.section", part.get().section().getTitle(), line);
        };
    }

    /** Jumps to where a problem is: the metadata pane, or the line inside a section's text. */
    public void goTo(Problem p) {
        Optional<LineMap.Part> part = new LineMap(document.getCard()).partAt(p.line());
        if (part.isEmpty() || part.get().frontMatter()) {
            navigator.select(NavEntry.METADATA);
            // later, as for a section: a pane built just now is not laid out yet and would lose the focus
            panes.metadataPane().ifPresent(mp -> Platform.runLater(() -> mp.focusProblem(p)));
        } else if (part.get().section() == null) {
            navigator.select(NavEntry.PREAMBLE);
        } else {
            Section s = part.get().section();
            navigator.select(NavEntry.of(s));
            int line = p.line() - part.get().bodyFirstLine() + 1;
            panes.sectionPane(s).ifPresent(sp -> Platform.runLater(() -> sp.markdown().moveTo(Math.max(1, line), Math.max(1, p.column()))));
        }
    }

    private void quit() {
        if (document.confirmDiscard()) {
            autosave.stop();
            externalChanges.stop();
            rememberWindow();
            stage.close();
            Platform.exit();
        }
    }

    private void rememberWindow() {
        if (!stage.isMaximized()) {
            parts.prefs().windowWidthProperty().set(stage.getWidth());
            parts.prefs().windowHeightProperty().set(stage.getHeight());
        }
    }
}
