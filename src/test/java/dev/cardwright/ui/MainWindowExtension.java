package dev.cardwright.ui;

import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.stage.Stage;

/**
 * The editor's main window on TestFX's stage, fresh for every test: its own preferences node,
 * scripted dialogs and, after the test, no node or window left for the next one. Register it as
 * an instance field with {@code @RegisterExtension}, on a class that has
 * {@code @ExtendWith(ApplicationExtension.class)}: class-level extensions run first, so the stage
 * is TestFX's registered one when the window opens, and the robot comes from TestFX.
 */
final class MainWindowExtension implements BeforeEachCallback, AfterEachCallback {
    private final String name;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TaskExecutor executor = new CurrentThreadTaskExecutor();
    private Supplier<Preview> preview;
    private Preferences prefs;
    private Stage stage;
    private MainWindow window;

    /** {@code name} goes into the preferences node's name, to tell the tests' nodes apart. */
    MainWindowExtension(String name) {
        this.name = name;
    }

    /** Background work goes to {@code executor} instead of running at once on the caller's thread. */
    MainWindowExtension withExecutor(TaskExecutor executor) {
        this.executor = executor;
        return this;
    }

    /** Shows a preview made by {@code preview}; without it the preview is hidden and none is built. */
    MainWindowExtension withPreview(Supplier<Preview> preview) {
        this.preview = preview;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        prefs = Preferences.userRoot().node("dev/cardwright/test-" + name + "-" + System.nanoTime());
        stage = FxToolkit.registerPrimaryStage();
        window = FxToolkit.setupFixture(() -> TestWindows.open(stage, prefs, executor, preview, dialogs));
    }

    @Override
    public void afterEach(ExtensionContext context) throws BackingStoreException {
        // the stage is shared by the tests that follow: a tool window or list left open would lie over theirs
        TestWindows.closeOthers(stage);
        prefs.removeNode();
    }

    MainWindow window() {
        return window;
    }

    Stage stage() {
        return stage;
    }

    ScriptedDialogs dialogs() {
        return dialogs;
    }

    Preferences prefs() {
        return prefs;
    }
}
