package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.EvalResult;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Tools ▸ Results Table in Text and Tools ▸ Draft How to Get Started on the sample card, as a
 * person uses them: the menu, then the results table of the metadata pane edited cell by cell.
 */
@ExtendWith(ApplicationExtension.class)
class TextDraftsWindowTest {

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("drafts");

    private Section section(String id) {
        return editor.window().document().getCard().findSection(id).orElseThrow();
    }

    private void menu(FxRobot robot, String item) {
        robot.clickOn("#menu-tools");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menu-" + item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableCell<EvalResult, ?> cell(FxRobot robot, int row, String column) {
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getIndex() == row && c.getTableColumn() != null && ("results-col-" + column).equals(c.getTableColumn().getId()))
                .queryAs(TableCell.class);
    }

    @Test
    void theResultsTableInTheTextFollowsACellEditedInTheMetadataTable(FxRobot robot) {
        menu(robot, "results-table-text");
        Section results = section("evaluation.results");
        assertThat(results.getText()).contains("| Summarization | Field Notes Summaries (en) | test | ROUGE-L | 38.4 |\n")
                .contains("| Summarization | Field Notes Summaries (zh) | test | ROUGE-L | 35.1 |\n")
                .contains("| Language | ROUGE-L |"); // the author's own table stays above it
        assertThat(robot.lookup("#" + NodeIds.of("markdown", "evaluation.results")).tryQuery()).as("the section is shown").isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<EvalResult> table = robot.lookup("#metadata-results").queryAs(TableView.class);
        robot.interact(() -> {
            table.scrollTo(0);
            table.getColumns().stream().filter(c -> "results-col-value".equals(c.getId())).findFirst().ifPresent(table::scrollToColumn);
        });
        robot.interact(() -> {
            // the table is in the middle of a long form: scroll it into view, as a person would
            var pane = editor.window().metadataPane().orElseThrow();
            double y = table.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(cell(robot, 0, "value"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("39.0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.window().document().getCard().getFrontMatter().getYaml()).contains("value: 39.0");
        assertThat(editor.window().document().readmeText()).contains("| Summarization | Field Notes Summaries (en) | test | ROUGE-L | 39.0 |\n")
                .doesNotContain("| 38.4 |");
    }

    @Test
    void draftHowToGetStartedAddsATransformersPipelineForTheCardsTask(FxRobot robot) {
        String before = section("get-started").getText();
        menu(robot, "draft-get-started");
        assertThat(section("get-started").getText()).startsWith(before.stripTrailing())
                .contains("pipe = pipeline(\"summarization\", model=\"ORG/NAME\")".replace("ORG/NAME",
                        dev.cardwright.sync.GetStartedDraft.modelId(editor.window().document().getCard())));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section("get-started").getText()).isEqualTo(before);
    }
}
