package dev.cardwright.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * Issue 14: a card with many datasets draws only the first charts when the metadata pane opens;
 * the button under them draws more, a dozen at a time, and says how many there are.
 */
@ExtendWith(ApplicationExtension.class)
class ManyChartsTest {
    private static final int DATASETS = 20;

    private Card card;
    private String readme;
    private MetadataPane metadata;

    @Start
    void start(Stage stage) throws Exception {
        Random random = new Random(14);
        StringBuilder yaml = new StringBuilder("---\nmodel-index:\n- name: demo\n  results:\n");
        for (int d = 0; d < DATASETS; d++) {
            yaml.append("  - task:\n      type: text-classification\n    dataset:\n      type: set").append(d)
                    .append("\n      name: Set ").append(d).append("\n    metrics:\n");
            for (String metric : List.of("accuracy", "f1")) {
                yaml.append("    - type: ").append(metric).append("\n      value: ").append(random.nextInt(1000) / 1000.0).append('\n');
            }
        }
        readme = yaml.append("---\n# Demo\n").toString();
        card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        metadata = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(metadata, 1200, 700));
        stage.show();
    }

    private long drawn(FxRobot robot) {
        return robot.lookup(n -> n instanceof BarChart && n.getId() != null && n.getId().startsWith("eval-chart-")).queryAll().size();
    }

    /** Scrolls the form as a person would until {@code node} is in view. */
    private void scrollTo(FxRobot robot, Node node) {
        dev.cardwright.testing.Scrolling.into(robot, metadata, node);
    }

    @Test
    void drawsTheFirstChartsThenMoreOnRequest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn(robot)).isEqualTo(EvalChartPane.FIRST);
        Button more = robot.lookup("#eval-charts-more").queryButton();
        assertThat(more.getText()).isEqualTo(dev.cardwright.ui.common.Messages.get("charts.more", "12", "20"));

        scrollTo(robot, more);
        robot.clickOn(more);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn(robot)).isEqualTo(EvalChartPane.FIRST + EvalChartPane.MORE);
        assertThat(more.getText()).isEqualTo(dev.cardwright.ui.common.Messages.get("charts.more", "2", "20"));
        BarChart<?, ?> last = robot.lookup("#eval-chart-17").queryAs(BarChart.class);
        assertThat(last.getTitle()).isEqualTo("Set 17");

        scrollTo(robot, more);
        robot.clickOn(more);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn(robot)).isEqualTo(DATASETS);
        assertThat(robot.lookup("#eval-charts-more").tryQuery()).as("nothing left to draw").isEmpty();
        // drawing charts is not an edit: the README is as read
        assertThat(new String(ReadmeWriter.toBytes(card), StandardCharsets.UTF_8)).isEqualTo(readme);
    }

    @Test
    void anEditRedrawsOnlyTheChartItChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node first = robot.lookup("#eval-chart-0").query();
        Node third = robot.lookup("#eval-chart-2").query();
        robot.interact(() -> metadata.model().getResults().stream().filter(r -> "Set 2".equals(r.getDatasetName())).findFirst().orElseThrow()
                .metricValueProperty().set(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat((Object) robot.lookup("#eval-chart-0").query()).as("unchanged chart kept").isSameAs(first);
        assertThat((Object) robot.lookup("#eval-chart-2").query()).as("changed chart made again").isNotSameAs(third);
        assertThat(new String(ReadmeWriter.toBytes(card), StandardCharsets.UTF_8)).contains("value: 0.5");
    }
}
