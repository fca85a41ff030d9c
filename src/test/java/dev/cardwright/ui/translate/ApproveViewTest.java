package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.TranslationStatus;
import dev.cardwright.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

/** Issue 11, defect 2: a reviewer approves a section with the button or Ctrl+Shift+A, and takes it back; the file says so. */
@ExtendWith(ApplicationExtension.class)
class ApproveViewTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TranslationViewExtension translation = new TranslationViewExtension("# Demo\n\n## Uses\n\nChat.\n");

    private TranslationStatus saved() throws Exception {
        return translation.saved(dir).getSections().get("uses").getStatus();
    }

    @Test
    void approveWithTheButtonAndTheShortcut(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        Button approve = robot.lookup("#translate-approve").queryAs(Button.class);
        assertThat(approve.isDisabled()).isTrue(); // nothing to approve yet
        robot.clickOn("#translate-text").write("Liao tian.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(approve.isDisabled()).isFalse();

        robot.clickOn("#translate-approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-status").queryAs(Label.class).getText()).isEqualTo(Messages.get("translate.status.approved"));
        assertThat(approve.getText()).isEqualTo(Messages.get("translate.unapprove"));
        assertThat(saved()).isEqualTo(TranslationStatus.APPROVED);

        robot.clickOn("#translate-text").press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(approve.getText()).isEqualTo(Messages.get("translate.approve"));

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isEqualTo(TranslationStatus.APPROVED);
        robot.interact(translation.history()::undo);
        assertThat(saved()).isEqualTo(TranslationStatus.TRANSLATED);
    }
}
