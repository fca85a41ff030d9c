package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Issue 14: the metadata pane of a front matter over 100 KB opens without filling its YAML area;
 * a button shows the text, which then edits the card as in any other pane.
 */
@ExtendWith(ApplicationExtension.class)
class BigYamlAreaTest {
    private Card card;
    private String yaml;
    private MetadataPane metadata;

    @Start
    void start(Stage stage) throws Exception {
        Random random = new Random(1414);
        StringBuilder y = new StringBuilder("license: mit\nmodel-index:\n- name: big\n  results:\n");
        for (int i = 0; y.length() <= MetadataPane.BIG_YAML; i++) {
            y.append("  - task:\n      type: text-classification\n    dataset:\n      type: set").append(i % 40)
                    .append("\n      name: Set ").append(i % 40).append("\n    metrics:\n    - type: m").append(i)
                    .append("\n      value: ").append(random.nextInt(10_000) / 100.0).append('\n');
        }
        yaml = y.toString();
        card = ReadmeReader.read(("---\n" + yaml + "---\n# Big\n").getBytes(StandardCharsets.UTF_8), "README.md");
        metadata = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(metadata, 1200, 700));
        stage.show();
    }

    private String readme() throws Exception {
        return new String(ReadmeWriter.toBytes(card), StandardCharsets.UTF_8);
    }

    /** Scrolls the form as a person would until {@code node} is in view. */
    private void scrollTo(FxRobot robot, Node node) {
        dev.cardwright.testing.Scrolling.into(robot, metadata, node);
    }

    @Test
    void theYamlTextWaitsForTheButtonThenEditsTheCard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea area = metadata.yamlArea();
        assertThat(area.getText()).as("not filled at open").isEmpty();
        assertThat(area.getScene()).isNull();
        Button show = robot.lookup("#metadata-yaml-show").queryButton();
        assertThat(show.getText()).isEqualTo(Messages.get("metadata.yaml.showBig", String.valueOf(yaml.length() / 1024)));
        // the form and the table are there without it
        assertThat(metadata.model().licenseProperty().get()).isEqualTo("mit");
        assertThat(metadata.model().getResults()).hasSizeGreaterThan(400);

        scrollTo(robot, show);
        robot.clickOn(show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(yaml);
        assertThat(robot.lookup("#metadata-yaml-show").tryQuery()).isEmpty();
        assertThat(readme()).as("showing is not an edit").isEqualTo("---\n" + yaml + "---\n# Big\n");

        scrollTo(robot, area);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.write("pipeline_tag: text-classification\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.getFrontMatter().getYaml()).startsWith("pipeline_tag: text-classification\nlicense: mit\n");
        assertThat(readme()).startsWith("---\npipeline_tag: text-classification\nlicense: mit\nmodel-index:\n").endsWith("---\n# Big\n");
    }
}
