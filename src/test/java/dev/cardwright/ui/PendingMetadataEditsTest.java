package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.prefs.WorkspacePreferences;
import dev.cardwright.ui.task.QueuedTaskExecutor;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Metadata form edits are computed in the background and land a moment later. Save, export, undo
 * and redo asked for in that moment wait for them: the saved file has what was typed, and Ctrl+Z
 * takes back the typed value rather than the step before it.
 */
@ExtendWith(ApplicationExtension.class)
class PendingMetadataEditsTest {
    @TempDir
    Path dir;

    private final Preferences prefsNode = Preferences.userRoot().node("dev/cardwright/test-pending-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final QueuedTaskExecutor background = new QueuedTaskExecutor();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        WorkspacePreferences prefs = new WorkspacePreferences(prefsNode);
        prefs.windowWidthProperty().set(1200);
        prefs.windowHeightProperty().set(760);
        prefs.previewVisibleProperty().set(false);
        MainWindow.Parts parts = new MainWindow.Parts(new HubCardStore(), Integration.sectionGuide(), Integration.checker(),
                Integration::vocabularies, background, prefs, () -> null, s -> dialogs);
        window = new MainWindow(stage, parts);
        window.show(new HubCardStore().sample(), null, "sample.card.yaml");
        window.navigator().select(NavEntry.METADATA);
        background.runAll();
    }

    @AfterEach
    void clean() throws BackingStoreException {
        prefsNode.removeNode();
    }

    private String yaml() {
        return window.document().getCard().getFrontMatter().getYaml();
    }

    @Test
    void saveWaitsForTheValueJustTyped(FxRobot robot) throws Exception {
        Path saved = dir.resolve("kestrel.card.yaml");
        dialogs.saveTarget = saved;
        robot.interact(() -> {
            window.metadataPane().orElseThrow().model().licenseProperty().set("mit");
            robot.lookup("#tool-save").queryButton().fire(); // Ctrl+S while "mit" is being computed
        });
        assertThat(saved).doesNotExist();
        robot.interact(background::runAll);
        assertThat(Files.readString(saved)).contains("license: mit");
        assertThat(window.document().history().isDirty()).isFalse();
    }

    @Test
    void undoWaitsAndTakesBackTheValueJustTyped(FxRobot robot) {
        String before = yaml();
        robot.interact(() -> window.metadataPane().orElseThrow().model().licenseProperty().set("mit"));
        // Ctrl+Z while "mit" is being computed (the toolbar's Undo is still disabled: nothing to undo yet)
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo(before);
        robot.interact(background::runAll);
        assertThat(yaml()).isEqualTo(before); // written, then taken back
        assertThat(window.document().history().canRedoProperty().get()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(background::runAll);
        assertThat(yaml()).contains("license: mit");
    }

    @Test
    void closingWaitsToo(FxRobot robot) {
        dialogs.unsaved = dev.cardwright.ui.dialog.DialogService.UnsavedChoice.CANCEL;
        robot.interact(() -> {
            window.metadataPane().orElseThrow().model().licenseProperty().set("mit");
            javafx.stage.Window stage = window.scene().getWindow();
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(dialogs.asked).isZero(); // not yet: the card looks unchanged until "mit" is in it
        robot.interact(background::runAll);
        assertThat(dialogs.asked).isEqualTo(1); // then the unsaved change is noticed and asked about
        assertThat(window.scene().getWindow().isShowing()).isTrue(); // and Cancel keeps the window
    }
}
