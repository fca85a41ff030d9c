package dev.cardwright.ui.translate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import dev.cardwright.card.Card;
import dev.cardwright.export.CardFiles;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.common.ToolWindow;
import dev.cardwright.ui.preview.LinkOpener;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.preview.WebViewPreview;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.task.TaskExecutor;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The translation view in a window of its own, beside the main window (a translator wants the
 * whole width for source and translation). {@link #main} opens it alone on a file, for looking at
 * it and for screenshots: {@code java -cp target/cardwright.jar dev.cardwright.ui.translate.TranslationWindow CARD [LANG]}
 * ({@code -Dcardwright.section=ID} opens that section instead of the next one to do,
 * {@code -Dcardwright.size=WxH} sizes the window, {@code -Dcardwright.select=ID,ID…} selects several
 * sections, {@code -Dcardwright.action=approve|pair|split|merge} runs that action once shown).
 */
public final class TranslationWindow {
    private final Stage stage = new Stage();
    private TranslationView view;

    public TranslationWindow(Window owner, Card card, UndoHistory history, Supplier<Preview> previews, TaskExecutor executor,
            String name, String theme) {
        TranslationViewModel model = new TranslationViewModel(card, history, glossary(), null);
        TranslationMemory memory = memory();
        view = view(model, previews, executor, memory);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("translate.window.title", name));
        Scene scene = new Scene(view.node(), 1280, 820);
        Theme.of(theme).apply(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            view.dispose();
            model.dispose();
        });
        // a language switch makes the view again from the same model: the card, the history and
        // the section being translated stay; only the words around them change
        ToolWindow.onRelabel(stage, () -> {
            java.util.Optional<TranslationViewModel.Row> shown = view.currentRow();
            view.dispose();
            view = view(model, previews, executor, memory);
            stage.setTitle(Messages.get("translate.window.title", name));
            stage.getScene().setRoot(view.node());
            shown.ifPresent(view::edit);
        });
    }

    private TranslationView view(TranslationViewModel model, Supplier<Preview> previews, TaskExecutor executor, TranslationMemory memory) {
        TranslationView made = new TranslationView(model, previews, executor, memory);
        made.setOnChooseMemoryFolder(() -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(Messages.get("translate.memory.folder"));
            java.io.File dir = chooser.showDialog(stage);
            if (dir != null) {
                MEMORY_PREFS.put(MEMORY_FOLDER, dir.getAbsolutePath());
                learnFolder(memory, dir.toPath());
                view.refreshMemory();
            }
        });
        return made;
    }

    /** Where the folder of card sources the memory learns from is remembered. */
    private static final java.util.prefs.Preferences MEMORY_PREFS = java.util.prefs.Preferences.userRoot().node("dev/cardwright/translation");
    private static final String MEMORY_FOLDER = "memoryFolder";

    /**
     * The translation memory in the user's data folder ({@link TranslationMemory#dataFolder()}),
     * with the card sources of the folder chosen before learned again (they may have changed). A
     * memory that cannot be read is reported and replaced by an empty one for this session.
     */
    static TranslationMemory memory() {
        Path folder = TranslationMemory.dataFolder();
        TranslationMemory memory;
        try {
            memory = TranslationMemory.load(folder);
        } catch (java.io.IOException e) {
            System.err.println(folder + ": " + e.getMessage());
            return TranslationMemory.inMemory();
        }
        String cards = MEMORY_PREFS.get(MEMORY_FOLDER, null);
        if (cards != null) {
            learnFolder(memory, Path.of(cards));
        }
        return memory;
    }

    private static void learnFolder(TranslationMemory memory, Path cards) {
        try {
            memory.addFolder(cards);
            memory.save();
        } catch (java.io.IOException e) {
            System.err.println(cards + ": " + e.getMessage());
        }
    }

    /**
     * The built-in glossary with the user's own merged over it: {@code -Dcardwright.glossary=FILE},
     * else {@code ~/.cardwright/glossary.tsv} when it exists. A broken user file is reported and
     * ignored, so a typo there never keeps the view from opening.
     */
    static Glossary glossary() {
        String configured = System.getProperty("cardwright.glossary");
        Path file = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cardwright", "glossary.tsv");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Glossary.builtIn();
        }
        try {
            return Glossary.withUserFile(file);
        } catch (dev.cardwright.card.CardFormatException e) {
            System.err.println(e.located());
        } catch (java.io.IOException e) {
            System.err.println(file + ":1:1: " + e.getMessage());
        }
        return Glossary.builtIn();
    }

    public TranslationView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public static void main(String[] args) {
        Application.launch(Alone.class, args);
    }

    /**
     * {@code -Dcardwright.measure=true}: opens the window on the file four times (the first time
     * pays for class loading, the glossary and CSS; the others show the view's own cost), prints the
     * time from reading the file to the first pulse that laid out section rows, and exits. A figure
     * to compare, not a test.
     */
    private static void whenRowsShown(TranslationWindow w, Runnable then) {
        Scene scene = w.stage().getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!scene.getRoot().lookupAll(".translation-row").isEmpty()) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** The window alone on a file: a card source or a README. */
    public static final class Alone extends Application {
        private static final int MEASURE_ROUNDS = 4;

        @Override
        public void start(Stage ignored) throws Exception {
            var args = getParameters().getRaw();
            if (args.isEmpty()) {
                System.err.println("usage: TranslationWindow CARD [LANGUAGE]");
                System.exit(2);
            }
            Messages.setLocale(Locale.getDefault());
            open(Path.of(args.get(0)), args.size() > 1 ? args.get(1) : null, Boolean.getBoolean("cardwright.measure") ? 1 : 0);
        }

        /** @param round 0 when not measuring, else which of the measured openings this is */
        private void open(Path file, String language, int round) throws Exception {
            long started = System.nanoTime();
            Card card = CardFiles.load(file);
            long read = System.nanoTime();
            LinkOpener links = LinkOpener.of(getHostServices());
            TranslationWindow w = new TranslationWindow(null, card, new UndoHistory(), () -> new WebViewPreview(links), new FxTaskExecutor(),
                    file.getFileName().toString(), "light");
            if (language != null) {
                w.view().model().languageProperty().set(language);
            }
            long built = System.nanoTime();
            if (round > 0) {
                whenRowsShown(w, () -> {
                    System.out.printf(Locale.ROOT, "%s (%s): %d sections, first rows shown after %.0f ms (card read %.0f ms, view built %.0f ms)%n",
                            file.getFileName(), round == 1 ? "first" : "again", w.view().model().rows().size(),
                            (System.nanoTime() - started) / 1e6, (read - started) / 1e6, (built - read) / 1e6);
                    w.stage().close();
                    javafx.application.Platform.runLater(() -> {
                        try {
                            if (round < MEASURE_ROUNDS) {
                                open(file, language, round + 1);
                            } else {
                                javafx.application.Platform.exit();
                            }
                        } catch (Exception e) {
                            System.err.println(file + ": " + e.getMessage());
                            javafx.application.Platform.exit();
                        }
                    });
                });
            }
            String size = System.getProperty("cardwright.size"); // WxH, to look at a narrow window
            if (size != null && size.matches("\\d+x\\d+")) {
                String[] wh = size.split("x");
                w.stage().setWidth(Integer.parseInt(wh[0]));
                w.stage().setHeight(Integer.parseInt(wh[1]));
            }
            w.show();
            String section = System.getProperty("cardwright.section"); // for screenshots of one section
            TranslationView view = w.view();
            javafx.application.Platform.runLater(() -> {
                view.model().row(section == null ? "" : section).ifPresentOrElse(view::edit, view::goToNext); // else open where the work is
                String select = System.getProperty("cardwright.select"); // ID,ID,…: several sections, for screenshots
                if (select != null) {
                    view.selectAll(java.util.Arrays.stream(select.split(",")).map(String::strip)
                            .map(id -> view.model().row(id)).flatMap(java.util.Optional::stream).toList());
                }
                if ("side".equals(System.getProperty("cardwright.preview"))) { // for looking at the previews
                    view.showPreview(TranslationView.PreviewMode.SIDE_BY_SIDE);
                }
                String action = System.getProperty("cardwright.action", ""); // one action run at once, for screenshots
                switch (action) {
                    case "approve" -> view.approveCurrent();
                    case "pair" -> view.pairCurrent();
                    case "split" -> view.splitCurrent();
                    case "merge" -> view.mergeCurrent();
                    default -> { }
                }
            });
        }
    }
}
