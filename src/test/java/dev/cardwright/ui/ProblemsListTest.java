package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.navigator.NavEntry;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Defect 5 of issue 10: the status bar's problems are a real list in the editor's text size, and
 * a problem picked with the keyboard or a double click is where the caret or focus lands.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsListTest {
    /** A license error in the metadata, and a placeholder on line 4 of the "Uses" section's text (line 17 of the file). */
    private static final String CARD = "---\nlicense: not-a-license\n---\n\n# Model Card for Tiny\n\n## Model Details\n\nSome text.\n\n"
            + "[More Information Needed]\n\n## Uses\n\nUse it.\n\n[More Information Needed]\n";

    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("problems");

    private void openTinyCard(FxRobot robot) throws Exception {
        Path file = dir.resolve("README.md");
        Files.writeString(file, CARD, StandardCharsets.UTF_8);
        editor.dialogs().openTarget = file;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.window().report().problems().stream().anyMatch(p -> p.line() == 17));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Problem> list(FxRobot robot) {
        return robot.lookup("#problems-list").queryAs(TableView.class);
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<Problem> list, String column, int row) {
        return robot.from(list).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
    }

    @Test
    void arrowDownAndEnterOnAProblemPutsTheCaretOnItsLineInTheSectionText(FxRobot robot) throws Exception {
        openTinyCard(robot);
        Button chip = robot.lookup("#status-problems").queryButton();
        assertThat(chip.getText()).isEqualTo(Messages.get("status.problems", 1, 2));
        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Problem> list = list(robot);
        assertThat(list.getItems()).hasSameSizeAs(editor.window().report().problems());
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        int target = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).line() == 17) {
                target = i;
            }
        }
        assertThat(target).as("the placeholder in Uses is listed").isPositive();
        // what a person reads in the row: code, message and where, in the section's own lines
        TableView<Problem> shown = list;
        int row = target;
        assertThat(shown.getColumns().get(1).getCellData(row)).isEqualTo("CW301");
        assertThat(String.valueOf(shown.getColumns().get(2).getCellData(row))).contains("[More Information Needed]");
        assertThat(shown.getColumns().get(3).getCellData(row)).isEqualTo(Messages.get("problems.where.section", "Uses", "4"));

        for (int i = 0; i < target; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Section uses = editor.window().document().getCard().allSections().filter(s -> s.getTitle().equals("Uses")).findFirst().orElseThrow();
        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.of(uses));
        var area = editor.window().sectionPane(uses).orElseThrow().markdown().area();
        assertThat(area.isFocused()).isTrue();
        assertThat(area.getCurrentParagraph()).isEqualTo(3);
        assertThat(area.getParagraph(area.getCurrentParagraph()).getText()).isEqualTo("[More Information Needed]");
        assertThat(robot.lookup("#problems-list").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-caret").queryLabeled().getText()).isEqualTo(Messages.get("status.caret", "4:1"));
    }

    @Test
    void aDoubleClickOnAMetadataProblemFocusesItsField(FxRobot robot) throws Exception {
        openTinyCard(robot);
        robot.clickOn("#status-problems");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Problem> list = list(robot);
        assertThat(list.getItems().get(0).code()).isEqualTo("CW101");
        assertThat(list.getColumns().get(3).getCellData(0)).isEqualTo(Messages.get("problems.where.metadataKey", "license"));
        dev.cardwright.testing.Clicks.doubleClick(robot, cell(robot, list, "problems-message", 0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.METADATA);
        TextField license = robot.lookup("#metadata-license").queryAs(TextField.class);
        // the form focuses the field once it is laid out, a pulse or more later on a loaded machine
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.window().scene().getFocusOwner() == license);
        assertThat(editor.window().scene().getFocusOwner()).isSameAs(license);
        assertThat(robot.lookup("#problems-list").tryQuery()).isEmpty();
    }

    @Test
    void theListIsInTheEditorsTextSizeWithIconsAsTallAsTheTextAndEscapeClosesIt(FxRobot robot) throws Exception {
        openTinyCard(robot);
        robot.clickOn("#status-problems");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Problem> list = list(robot);
        TableCell<?, ?> code = cell(robot, list, "problems-code", 0);
        // the size of the editor's text (.main-window in cardwright.css), not a menu's smaller one
        javafx.scene.control.Labeled sectionLabel = robot.lookup(".section-pane .label.text-muted").queryLabeled();
        assertThat(code.getFont().getSize()).isEqualTo(13.0).isEqualTo(sectionLabel.getFont().getSize());
        FontIcon icon = robot.from(list).lookup(".ikonli-font-icon").queryAs(FontIcon.class);
        assertThat((double) icon.getIconSize()).isEqualTo(code.getFont().getSize());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems-list").tryQuery()).isEmpty();
        assertThat(editor.window().navigator().selected()).isNotEqualTo(NavEntry.METADATA);
    }
}
