package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Save and Export, clear (issue 10, What to build 6): Ctrl+S on a README asks where to keep the
 * card source, starting beside the README with the repository's name; the title names no file
 * before one exists; Export README.md starts where this card was exported last time.
 */
@ExtendWith(ApplicationExtension.class)
class SaveAndExportTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("save-export");

    private void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo).release(combo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlSOnAReadmeAsksWhereBesideItAndExportRemembersTheCardsFolder(FxRobot robot) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("bert-zh-news"));
        Path readme = repo.resolve("README.md");
        Files.writeString(readme, "---\nlicense: mit\n---\n# Model Card\n\n## Uses\n\nNews.\n");
        editor.dialogs().openTarget = readme;
        editor.dialogs().unsaved = dev.cardwright.ui.dialog.DialogService.UnsavedChoice.DISCARD;
        keys(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(editor.stage().getTitle()).isEqualTo("bert-zh-news (not saved yet) — Cardwright");

        dev.cardwright.card.Section uses = editor.window().document().getCard().getSections().get(0).getChildren().get(0);
        robot.interact(() -> editor.window().select(uses));
        robot.clickOn("#" + NodeIds.of("markdown", uses.getId())).type(KeyCode.END).write(" And weather.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.stage().getTitle()).startsWith("• bert-zh-news (not saved yet)");

        // the user cancels the save dialog: nothing is written, and the title still names no file
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        Path suggested = repo.toAbsolutePath().resolve("bert-zh-news.card.yaml");
        assertThat(editor.dialogs().lastSuggested).isEqualTo(suggested);
        assertThat(Files.exists(suggested)).isFalse();
        assertThat(editor.stage().getTitle()).doesNotContain(".card.yaml");

        editor.dialogs().saveTarget = suggested;
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.readString(suggested)).contains("And weather.");
        assertThat(editor.stage().getTitle()).isEqualTo("bert-zh-news.card.yaml — Cardwright");
        assertThat(Files.readString(readme)).as("the README is not written over").doesNotContain("weather");

        // the first export starts beside the card; the next one where the last one went
        Path out = Files.createDirectories(dir.resolve("upload"));
        editor.dialogs().saveTarget = out.resolve("README.md");
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        assertThat(editor.dialogs().lastSuggested).isEqualTo(repo.toAbsolutePath().resolve("README.md"));
        assertThat(Files.readString(out.resolve("README.md"))).contains("News.").contains("And weather.");
        editor.dialogs().saveTarget = null;
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        assertThat(editor.dialogs().lastSuggested).isEqualTo(out.toAbsolutePath().resolve("README.md"));

        // remembered in the preferences: another window on the same card starts there too
        Stage[] second = new Stage[1];
        MainWindow[] other = new MainWindow[1];
        ScriptedDialogs otherDialogs = new ScriptedDialogs();
        robot.interact(() -> {
            try {
                second[0] = new Stage();
                other[0] = TestWindows.open(second[0], editor.prefs(), new CurrentThreadTaskExecutor(), null, otherDialogs);
                other[0].open(suggested);
                other[0].document().exportReadme();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(otherDialogs.lastSuggested).isEqualTo(out.toAbsolutePath().resolve("README.md"));
        robot.interact(second[0]::close);
    }
}
