package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.metadata.ChipsInput;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The metadata form used as a person uses it, with the Hub's real vocabularies: keys typed into
 * the pickers and chip fields, checked on the screen and in the front matter written.
 */
@ExtendWith(ApplicationExtension.class)
class MetadataFormKeyboardTest {
    private final StackPane root = new StackPane();
    private Card card;
    private MetadataPane pane;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private void open(FxRobot robot, String yaml) {
        card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(yaml);
        card.setFrontMatter(fm);
        robot.interact(() -> {
            pane = new MetadataPane(card, Integration.vocabularies(), new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane);
        });
    }

    private String yaml() {
        return card.getFrontMatter().getYaml();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private static java.util.List<String> chips(TextField input) {
        return ((ChipsInput) input.getParent()).getChildren().stream().filter(n -> n != input)
                .map(n -> ((Label) ((javafx.scene.layout.HBox) n).getChildren().get(0)).getText()).toList();
    }

    /** Defect 1: File ▸ New starts from "{}", and picking a license used to be refused. */
    @Test
    void aLicensePickedOnAnEmptyFlowMappingIsWrittenInBlockStyle(FxRobot robot) {
        open(robot, "{}\n");
        robot.clickOn("#metadata-license").write("mit").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo("license: mit\n");
        assertThat(robot.lookup("#metadata-edit-error").queryAs(Label.class).isVisible()).as("no refusal shown").isFalse();
        robot.type(KeyCode.TAB); // on to the languages
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "metadata-language").isFocused()).isTrue();
        robot.write("zh");
        WaitForAsyncUtils.waitForFxEvents();
        String seen = field(robot, "metadata-language").getText() + "|" + field(robot, "metadata-license").getText() + "|" + root.getScene().getFocusOwner();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).as(seen + "|" + chips(field(robot, "metadata-language"))).isEqualTo("license: mit\nlanguage:\n- zh\n");
    }

    /** Defect 1: any other flow mapping: the form offers the conversion, and the refusal's banner goes with its cause. */
    @Test
    void aFlowMappingIsOfferedInBlockStyleAndTheBannerGoesWhenItIsConverted(FxRobot robot) {
        open(robot, "{license: apache-2.0, tags: [a]}\n");
        assertThat(robot.lookup("#metadata-flow-notice").query().isVisible()).isTrue();
        robot.clickOn("#metadata-license").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("mit");
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#metadata-edit-error").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("flow mapping");
        assertThat(yaml()).isEqualTo("{license: apache-2.0, tags: [a]}\n");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#metadata-convert-block");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo("license: apache-2.0\ntags:\n- a\n");
        assertThat(banner.isVisible()).as("the cause is gone, so is the banner").isFalse();
        assertThat(robot.lookup("#metadata-flow-notice").query().isVisible()).isFalse();
        robot.clickOn("#metadata-license").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("mit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo("license: mit\ntags:\n- a\n");
    }

    /** Defect 2: "transformers" + Enter gave adapter-transformers, which the Hub lists first. */
    @Test
    void enterAfterAnExactLibraryIdPicksThatLibrary(FxRobot robot) {
        open(robot, "license: mit\n");
        robot.clickOn("#metadata-library_name").write("transformers");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "metadata-library_name").getText()).isEqualTo("transformers");
        assertThat(yaml()).isEqualTo("license: mit\nlibrary_name: transformers\n");
    }

    @Test
    void enterAfterAnExactPipelineNamePicksThatPipeline(FxRobot robot) {
        open(robot, "license: mit\n");
        // "Text Generation" is the display name of text-generation; text2text-generation also contains it
        robot.clickOn("#metadata-pipeline_tag").write("Text Generation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "metadata-pipeline_tag").getText()).isEqualTo("text-generation");
        assertThat(yaml()).isEqualTo("license: mit\npipeline_tag: text-generation\n");
    }

    @Test
    void aLanguageTypedByItsExactCodeIsPickedBeforeLongerCodes(FxRobot robot) {
        open(robot, "license: mit\n");
        robot.clickOn("#metadata-language").write("zh");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo("license: mit\nlanguage:\n- zh\n");
    }

    /** Defect 4: "f1," left the comma in the box, and Backspace to clear it took the chip. */
    @Test
    void aCommaEndsAChipAndNeverStaysInTheBox(FxRobot robot) {
        open(robot, "license: mit\n");
        TextField metrics = field(robot, "metadata-metrics");
        robot.clickOn(metrics).write("f1,");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(metrics.getText()).isEmpty();
        assertThat(chips(metrics)).containsExactly("f1");
        robot.write("accuracy, bleu,rouge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(metrics.getText()).isEqualTo("rouge");
        assertThat(chips(metrics)).containsExactly("f1", "accuracy", "bleu");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).isEqualTo("license: mit\nmetrics:\n- f1\n- accuracy\n- bleu\n- rouge\n");
        assertThat(metrics.isFocused()).as("the box keeps the focus while chips are added").isTrue();
    }

    @Test
    void backspaceRemovesAChipOnlyWhenTheBoxWasAlreadyEmpty(FxRobot robot) {
        open(robot, "license: mit\nmetrics:\n- f1\n");
        TextField metrics = field(robot, "metadata-metrics");
        robot.clickOn(metrics).write("ab");
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(metrics.getText()).isEmpty();
        assertThat(chips(metrics)).as("the key that emptied the box leaves the chip").containsExactly("f1");
        assertThat(yaml()).isEqualTo("license: mit\nmetrics:\n- f1\n");
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chips(metrics)).isEmpty();
        assertThat(yaml()).isEqualTo("license: mit\n");
    }

    @SuppressWarnings("unused")
    private static boolean shown(Node n) {
        return n.isVisible() && n.getScene() != null;
    }
}
