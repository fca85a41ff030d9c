package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Issue 11, review notes, the way a reviewer works: open the card, Ctrl+T, pick a section, write a
 * note, close the view and save; the note is in the card source (never in an exported README),
 * comes back when the card is opened again, and is resolved with its check box.
 */
@ExtendWith(ApplicationExtension.class)
class TranslationNotesTest {
    private static final String NOTE = "could not find a term for 'mitigation'";

    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("notes");

    private Path card() throws Exception {
        Card card = ReadmeReader.read("# Demo\n\nA demo.\n\n## Uses\n\nRisk mitigation.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        new TranslationTracker(card).record("zh", "uses", "## 用途\n", "\n风险缓解。\n");
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return file;
    }

    private Stage openTranslations(FxRobot robot) {
        robot.interact(editor.stage()::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.T).release(KeyCode.T, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) Window.getWindows().stream().filter(w -> w != editor.stage() && w.isShowing()
                && w.getScene().lookup("#translation-view") != null).findFirst().orElseThrow();
    }

    private void closeAndSave(FxRobot robot, Stage translations) {
        robot.interact(translations::close);
        robot.interact(editor.stage()::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNoteIsWrittenSavedReopenedAndResolved(FxRobot robot) throws Exception {
        Path file = card();
        robot.interact(() -> editor.window().open(file));
        Stage translations = openTranslations(robot);
        robot.clickOn("#translate-row-uses");
        robot.clickOn("#translate-note").write(NOTE);
        WaitForAsyncUtils.waitForFxEvents();
        closeAndSave(robot, translations);

        String saved = Files.readString(file);
        assertThat(saved).contains("note: " + NOTE).doesNotContain("note_resolved");
        assertThat(CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses").hasOpenNote()).isTrue();

        // another card, then this one again: the note is still there
        Path other = dir.resolve("README.md");
        Files.writeString(other, "# Other\n");
        robot.interact(() -> editor.window().open(other));
        robot.interact(() -> editor.window().open(file));
        translations = openTranslations(robot);
        robot.clickOn("#translate-row-uses");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-note").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        CheckBox resolved = robot.lookup("#translate-note-resolved").queryAs(CheckBox.class);
        assertThat(resolved.isSelected()).isFalse();

        robot.clickOn("#translate-note-resolved");
        WaitForAsyncUtils.waitForFxEvents();
        closeAndSave(robot, translations);
        assertThat(Files.readString(file)).contains("note: " + NOTE).contains("note_resolved: true");
        assertThat(CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses").hasOpenNote()).isFalse();
    }
}
