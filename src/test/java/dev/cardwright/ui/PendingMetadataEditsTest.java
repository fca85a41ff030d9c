package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.task.QueuedTaskExecutor;
import javafx.scene.input.KeyCode;

/**
 * A value typed into the metadata form is in the card before the next key is handled: Ctrl+S,
 * Ctrl+Z or closing the window right after typing act on it. The background executor here holds
 * every job, so nothing the test checks can depend on background work landing first.
 */
@ExtendWith(ApplicationExtension.class)
class PendingMetadataEditsTest {
    @TempDir
    Path dir;

    private final QueuedTaskExecutor background = new QueuedTaskExecutor();

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("pending").withExecutor(background);

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            editor.window().navigator().select(NavEntry.METADATA);
            background.runAll();
        });
    }

    private String yaml() {
        return editor.window().document().getCard().getFrontMatter().getYaml();
    }

    /** Types over the license field's text by keys, leaving focus in it. */
    private void typeLicense(FxRobot robot, String value) {
        robot.clickOn("#metadata-license").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(value);
    }

    @Test
    void ctrlSRightAfterTypingSavesTheValueJustTyped(FxRobot robot) throws Exception {
        Path saved = dir.resolve("kestrel.card.yaml");
        editor.dialogs().saveTarget = saved;
        typeLicense(robot, "mit");
        // no background work is let through: the edit must already be in the card
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(saved)).contains("license: mit");
        assertThat(editor.window().document().history().isDirty()).isFalse();
        assertThat(robot.lookup("#metadata-license").queryTextInputControl().getText()).isEqualTo("mit");
    }

    @Test
    void ctrlZRightAfterTypingTakesBackTheValueJustTyped(FxRobot robot) {
        String before = yaml();
        typeLicense(robot, "mit");
        assertThat(yaml()).contains("license: mit");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo(before);
        robot.interact(background::runAll); // the form reads the restored text
        assertThat(robot.lookup("#metadata-license").queryTextInputControl().getText()).isNotEqualTo("mit");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("license: mit");
        robot.interact(background::runAll);
        assertThat(robot.lookup("#metadata-license").queryTextInputControl().getText()).isEqualTo("mit");
    }

    @Test
    void closingRightAfterTypingAsksAboutTheValueJustTyped(FxRobot robot) {
        editor.dialogs().unsaved = dev.cardwright.ui.dialog.DialogService.UnsavedChoice.CANCEL;
        typeLicense(robot, "mit");
        robot.interact(() -> {
            javafx.stage.Window stage = editor.window().scene().getWindow();
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(editor.dialogs().asked).isEqualTo(1); // the unsaved change is noticed at once
        assertThat(editor.window().scene().getWindow().isShowing()).isTrue(); // and Cancel keeps the window
    }
}
