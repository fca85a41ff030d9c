package dev.cardwright.ui.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.carbon.CarbonEstimate;
import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.yaml.CardMetadata;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** The carbon calculator as a person fills it in: hardware, devices, hours, region; then Apply. */
@ExtendWith(ApplicationExtension.class)
class CarbonCalculatorPaneTest {
    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("---\nlicense: mit\n---\n# M\n\n## Environmental Impact\n\n- **Hardware Type:** [More Information Needed]\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        stage.setScene(new Scene((javafx.scene.Parent) new CarbonCalculatorPane(card).node(), 640, 620));
        stage.show();
    }

    /** Opens a drop-down and clicks the entry, as a person does. */
    private static void choose(FxRobot robot, String comboId, String entry) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> entry.equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void cloudRegionEstimateLandsInTheCard(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#carbon-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#carbon-result")).isEqualTo(Messages.get("carbon.need.hardware"));

        choose(robot, "#carbon-hardware", "A100 SXM4 80 GB");
        assertThat(robot.lookup("#carbon-watts").queryAs(TextField.class).getText()).isEqualTo("400");
        robot.clickOn("#carbon-devices").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("8");
        robot.clickOn("#carbon-hours").write("100");
        assertThat(text(robot, "#carbon-result")).isEqualTo(Messages.get("carbon.need.grid"));
        choose(robot, "#carbon-provider", "Google Cloud Platform");
        choose(robot, "#carbon-region", "asia-east1 (Changhua County, Taiwan)"); // 557 g/kWh
        assertThat(text(robot, "#carbon-result")).isEqualTo(Messages.get("carbon.result", "178.24", "320"));

        robot.clickOn("#carbon-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#carbon-status")).isEqualTo(Messages.get("carbon.applied"));
        assertThat(card.findSection("environmental-impact").orElseThrow().getText())
                .contains("- **Hardware Type:** 8 x A100 SXM4 80 GB (400 W each)\n")
                .contains("- **Carbon Emitted:** 178.24 kg CO2eq");
        @SuppressWarnings("unchecked")
        Map<String, Object> co2 = (Map<String, Object>) CardMetadata.read(card).get("co2_eq_emissions");
        assertThat(co2).containsEntry("emissions", 178240).containsEntry("source", CarbonEstimate.METHOD)
                .containsEntry("training_type", "pre-training").containsEntry("hardware_used", "8 x A100 SXM4 80 GB")
                .containsEntry("geographical_location", "asia-east1 (Changhua County, Taiwan)");
    }

    @Test
    void customGridIntensity(FxRobot robot) throws Exception {
        choose(robot, "#carbon-hardware", "A10G"); // 150 W
        robot.clickOn("#carbon-hours").write("10");
        robot.clickOn("#carbon-mode-custom");
        robot.clickOn("#carbon-intensity").write("500");
        robot.clickOn("#carbon-location").write("杭州");
        choose(robot, "#carbon-training-type", "fine-tuning");
        assertThat(text(robot, "#carbon-result")).isEqualTo(Messages.get("carbon.result", "0.75", "1.5"));
        robot.clickOn("#carbon-apply");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Map<String, Object> co2 = (Map<String, Object>) CardMetadata.read(card).get("co2_eq_emissions");
        assertThat(co2).containsEntry("emissions", 750).containsEntry("geographical_location", "杭州")
                .containsEntry("training_type", "fine-tuning").containsEntry("hardware_used", "1 x A10G");
    }
}
