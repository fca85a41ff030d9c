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

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import javafx.scene.input.KeyCode;

/**
 * Issue 12, What to build 1: the optional backup of the previous version. With File ▸ Keep
 * Previous Version on Save ticked, Ctrl+S and Ctrl+E leave the version they write over as
 * {@code NAME~}; unticked (the default), they leave none.
 */
@ExtendWith(ApplicationExtension.class)
class BackupOnSaveTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("backup");

    private static javafx.scene.control.CheckMenuItem keepItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-keep-backups".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    private void append(FxRobot robot, String words) {
        Section uses = editor.window().document().getCard().getSections().get(0).getChildren().get(0);
        robot.interact(() -> editor.window().select(uses));
        robot.clickOn("#" + NodeIds.of("markdown", uses.getId())).type(KeyCode.END).write(words);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tickedInTheFileMenuSavesAndExportsKeepTheVersionTheyWriteOver(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "---\nlicense: mit\n---\n# Model Card\n\n## Uses\n\nNews.\n");
        editor.dialogs().openTarget = readme;
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.O);

        // off by default: the first save and export leave no backup
        Path card = dir.resolve("tiny.card.yaml");
        editor.dialogs().saveTarget = card;
        append(robot, " One.");
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.S);
        Path out = Files.createDirectories(dir.resolve("upload")).resolve("README.md");
        editor.dialogs().saveTarget = out;
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.E);
        append(robot, " Two.");
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.readString(card)).contains("One. Two.");
        assertThat(dir.resolve("tiny.card.yaml~")).doesNotExist();

        robot.clickOn(Messages.get("menu.file")).clickOn(Messages.get("action.keepBackups"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keepItem(robot).isSelected()).as("the item shows its tick").isTrue();
        assertThat(editor.prefs().getBoolean("keepBackups", false)).as("remembered").isTrue();

        String beforeSave = Files.readString(card);
        String beforeExport = Files.readString(out);
        append(robot, " Three.");
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.S);
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.E);
        assertThat(Files.readString(card)).contains("One. Two. Three.");
        assertThat(Files.readString(dir.resolve("tiny.card.yaml~"))).isEqualTo(beforeSave);
        assertThat(Files.readString(out)).contains("One. Two. Three.");
        assertThat(Files.readString(out.resolveSibling("README.md~"))).isEqualTo(beforeExport);
        assertThat(Files.readString(readme)).as("the opened README is not written").doesNotContain("One.");
        assertThat(dir.resolve("README.md~")).doesNotExist();

        // unticked again: the backup stays as it was
        robot.clickOn(Messages.get("menu.file")).clickOn(Messages.get("action.keepBackups"));
        WaitForAsyncUtils.waitForFxEvents();
        append(robot, " Four.");
        TestWindows.keys(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.readString(card)).contains("Three. Four.");
        assertThat(Files.readString(dir.resolve("tiny.card.yaml~"))).isEqualTo(beforeSave);
        assertThat(editor.prefs().getBoolean("keepBackups", false)).isFalse();
        assertThat(keepItem(robot).isSelected()).isFalse();
    }
}
