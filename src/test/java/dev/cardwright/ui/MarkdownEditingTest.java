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
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import javafx.scene.input.KeyCode;

/** Typing Markdown in a section's text as a person does: lists that continue on Enter, and the toolbar. */
@ExtendWith(ApplicationExtension.class)
class MarkdownEditingTest {
    static final String CARD = "---\nlicense: mit\n---\n\n# Tiny\n\n## Uses\n\nFor tests.\n";

    @TempDir
    Path dir;

    private Section uses;
    private CodeArea area;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("markdown");

    private void openUses(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, CARD, StandardCharsets.UTF_8);
        editor.dialogs().openTarget = readme;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        uses = editor.window().document().getCard().allSections().filter(s -> s.getTitle().equals("Uses")).findFirst().orElseThrow();
        robot.interact(() -> editor.window().select(uses));
        area = robot.lookup("#" + NodeIds.of("markdown", uses.getId())).queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
    }

    private void save(FxRobot robot) {
        editor.dialogs().saveTarget = dir.resolve("tiny.card.yaml");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterContinuesBulletsNumbersAndTasksEndsOnAnEmptyItemAndLeavesCodeAlone(FxRobot robot) throws Exception {
        openUses(robot);
        // Enter on the empty item takes its marker away; one more makes the blank line after the list
        robot.write("- first").type(KeyCode.ENTER).write("second").type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("1. one").type(KeyCode.ENTER).write("two").type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("  - [ ] nested task").type(KeyCode.ENTER).write("next").type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("```").type(KeyCode.ENTER).write("- in code").type(KeyCode.ENTER).write("```");
        WaitForAsyncUtils.waitForFxEvents();

        String typed = "- first\n- second\n\n1. one\n2. two\n\n  - [ ] nested task\n  - [ ] next\n\n```\n- in code\n```";
        assertThat(area.getText()).isEqualTo("\nFor tests.\n" + typed);
        assertThat(uses.getText()).contains(typed);
        save(robot);
        assertThat(Files.readString(dir.resolve("tiny.card.yaml"), StandardCharsets.UTF_8)).contains("  - [ ] next");
        String readme = editor.window().document().readmeText();
        assertThat(readme).contains("For tests.\n- first\n- second\n\n1. one\n2. two\n");
    }

    @Test
    void theToolbarAndItsShortcutsWrapTheSelectionOrSelectAPlaceholderOneUndoStepEach(FxRobot robot) throws Exception {
        openUses(robot);
        robot.write("fast ");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(area.getSelectedText()).isEqualTo(Messages.get("markdown.placeholder.bold"));
        robot.write("very");
        assertThat(area.getText()).endsWith("\nfast **very**");

        robot.type(KeyCode.HOME);
        robot.press(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT, 4);
        robot.release(KeyCode.SHIFT);
        robot.clickOn("#md-italic");
        assertThat(area.getText()).endsWith("\n*fast* **very**");
        assertThat(area.getSelectedText()).isEqualTo("fast");
        assertThat(area.isFocused()).as("the toolbar leaves the focus in the text").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uses.getText()).contains("\nfast **very**").doesNotContain("*fast*");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uses.getText()).contains("*fast* **very**");

        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.clickOn("#md-table");
        String column = Messages.get("markdown.placeholder.column");
        String cell = Messages.get("markdown.placeholder.cell");
        assertThat(area.getSelectedText()).isEqualTo(column + " 1");
        robot.write("Metric");
        String table = "| Metric | " + column + " 2 |\n| --- | --- |\n| " + cell + " | " + cell + " |\n";
        assertThat(area.getText()).endsWith("*fast* **very**\n\n" + table);
        javafx.scene.control.Button bold = robot.lookup("#md-bold").queryButton();
        assertThat(bold.getTooltip().getText()).contains(Messages.get("action.format.bold"))
                .contains(javafx.scene.input.KeyCombination.keyCombination("Shortcut+B").getDisplayText());

        save(robot);
        String saved = Files.readString(dir.resolve("tiny.card.yaml"), StandardCharsets.UTF_8);
        assertThat(saved).contains("*fast* **very**", "| Metric | " + column + " 2 |");
        assertThat(editor.window().document().readmeText()).contains("For tests.\n*fast* **very**\n\n" + table);
    }
}
