package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Metadata and text in step (issue 10, What to build 2), in the real window: the Model
 * Description's lines say what the metadata form says, follow it when it changes, go back with
 * it on one undo, and stay as the author wrote them once the author writes something else.
 */
@ExtendWith(ApplicationExtension.class)
class TextFollowsMetadataWindowTest {
    private static final String LICENSE_FIELD = "#" + NodeIds.of("field", "model-details.description", "license");

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("textsync");

    private String readme() {
        return editor.window().document().readmeText();
    }

    private void newCard(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-repo-id").write("lab/bert-zh-news");
        robot.clickOn("#new-language").write("zh");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#new-base-model").write("google-bert/bert-base-chinese").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pickLicense(FxRobot robot, String id) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#metadata-license").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(id);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField showDescription(FxRobot robot) {
        Section description = editor.window().document().getCard().findSection("model-details.description").orElseThrow();
        robot.interact(() -> editor.window().select(description));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(LICENSE_FIELD).queryAs(TextField.class);
    }

    @Test
    void theLicenseLineFollowsTheMetadataFormUntilTheAuthorWritesThere(FxRobot robot) {
        newCard(robot);
        assertThat(readme()).as("display names, not codes").contains("- **Language(s) (NLP):** Chinese\n")
                .contains("- **Finetuned from model [optional]:** google-bert/bert-base-chinese\n");

        pickLicense(robot, "mit");
        assertThat(editor.window().document().getCard().getFrontMatter().getYaml()).contains("license: mit\n");
        assertThat(showDescription(robot).getText()).isEqualTo("MIT");
        assertThat(readme()).contains("- **License:** MIT\n");

        pickLicense(robot, "apache-2.0");
        assertThat(showDescription(robot).getText()).isEqualTo("Apache license 2.0");
        assertThat(readme()).contains("- **License:** Apache license 2.0\n");

        // one undo takes back the license and the line that followed it
        robot.clickOn(LICENSE_FIELD);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().getCard().getFrontMatter().getYaml()).contains("license: mit\n");
        assertThat(readme()).contains("- **License:** MIT\n");

        // the author's own words are theirs
        TextField field = showDescription(robot);
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("MIT (see LICENSE)");
        WaitForAsyncUtils.waitForFxEvents();
        pickLicense(robot, "apache-2.0");
        assertThat(editor.window().document().getCard().getFrontMatter().getYaml()).contains("license: apache-2.0\n");
        assertThat(showDescription(robot).getText()).isEqualTo("MIT (see LICENSE)");
        assertThat(readme()).contains("- **License:** MIT (see LICENSE)\n");
    }
}
