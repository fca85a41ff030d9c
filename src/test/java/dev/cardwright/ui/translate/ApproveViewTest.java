package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Issue 11, defect 2: a reviewer approves a section with the button or Ctrl+Shift+A, and takes it back; the file says so. */
@ExtendWith(ApplicationExtension.class)
class ApproveViewTest {
    @TempDir
    Path dir;

    private Card card;
    private UndoHistory history;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("# Demo\n\n## Uses\n\nChat.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        history = new UndoHistory();
        TranslationView view = new TranslationView(new TranslationViewModel(card, history, Glossary.builtIn(), "zh"), null, new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1100, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TranslationStatus saved() throws Exception {
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses").getStatus();
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
        robot.interact(history::undo);
        assertThat(saved()).isEqualTo(TranslationStatus.TRANSLATED);
    }
}
