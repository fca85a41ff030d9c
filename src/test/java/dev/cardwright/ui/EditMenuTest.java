package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

/** Edit ▸ Cut, Copy, Paste and Select All, used from the menu on a section's text (issue 10, editor basics). */
@ExtendWith(ApplicationExtension.class)
class EditMenuTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("editmenu");

    private void edit(FxRobot robot, String item) {
        robot.clickOn("#menu-edit");
        robot.clickOn("#menu-" + item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem item(String id) {
        MenuBar bar = (MenuBar) editor.window().scene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> ("menu-" + id).equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theMenuShowsTheShortcuts() {
        assertThat(item("cut").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+X"));
        assertThat(item("copy").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+C"));
        assertThat(item("paste").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+V"));
        assertThat(item("select-all").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+A"));
        assertThat(item("find").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+F"));
        assertThat(item("replace").getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+H"));
    }

    @Test
    void selectAllCopyPasteAndCutFromTheMenuEditTheSectionAndTheSavedFile(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, FindReplaceTest.CARD, StandardCharsets.UTF_8);
        editor.dialogs().openTarget = readme;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Section details = editor.window().document().getCard().allSections().filter(s -> s.getTitle().equals("Model Details")).findFirst().orElseThrow();
        robot.interact(() -> editor.window().select(details)); // the outline is not what is tested here
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea area = robot.lookup("#" + NodeIds.of("markdown", details.getId())).queryAs(CodeArea.class);
        robot.clickOn(area);
        String body = "Tiny BERT is a small model; tiny bert in lower case.";

        edit(robot, "select-all");
        assertThat(area.getSelectedText()).isEqualTo(area.getText()).contains(body);
        edit(robot, "copy");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        edit(robot, "paste");
        assertThat(details.getText().split(java.util.regex.Pattern.quote(body), -1)).hasSize(3);

        edit(robot, "select-all");
        edit(robot, "cut");
        assertThat(area.getText()).isEmpty();
        assertThat(details.getText()).doesNotContain(body);
        edit(robot, "paste");
        assertThat(details.getText().split(java.util.regex.Pattern.quote(body), -1)).hasSize(3);

        Path saved = dir.resolve("tiny.card.yaml");
        editor.dialogs().saveTarget = saved;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(saved, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(body), -1)).hasSize(3);
    }
}
