package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.ui.preview.WebViewPreview;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * File ▸ New in the real window: Ctrl+N asks for the repository id, languages and base model;
 * the card that opens carries them in its title, text and metadata, with no placeholders left.
 */
@ExtendWith(ApplicationExtension.class)
class NewCardTest {
    private final List<String> openedLinks = new ArrayList<>();

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("newcard").withPreview(() -> new WebViewPreview(openedLinks::add));

    private Card card() {
        return editor.window().document().getCard();
    }

    @Test
    void ctrlNAsksForTheRepositoryAndTheCardFollowsFromIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button create = robot.lookup("#new-create").queryButton();
        assertThat(create.isDisabled()).isTrue();
        TextField id = robot.lookup("#new-repo-id").queryAs(TextField.class);
        assertThat(id.isFocused()).isTrue();
        robot.clickOn(id).write("my lab/bert");
        assertThat(create.isDisabled()).as("a space is not allowed in an id").isTrue();
        assertThat(robot.lookup("#new-outcome").queryAs(Label.class).getText()).contains("is not a repository id");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("my-lab/bert-zh-ner");
        assertThat(robot.lookup("#new-outcome").queryAs(Label.class).getText())
                .isEqualTo("Creates \"Model Card for my-lab/bert-zh-ner\", kept as bert-zh-ner.card.yaml.");
        robot.clickOn("#new-language").write("zh");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#new-base-model").write("google-bert/bert-base-chinese");
        robot.type(KeyCode.ENTER); // the default button
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#new-create").tryQuery()).as("the dialog is closed").isEmpty();
        String readme = editor.window().document().readmeText();
        assertThat(card().getFrontMatter().getYaml()).isEqualTo("base_model: google-bert/bert-base-chinese\nlanguage:\n- zh\n");
        assertThat(readme).contains("\n# Model Card for my-lab/bert-zh-ner\n")
                .contains("- **Language(s) (NLP):** Chinese\n")
                .contains("- **Finetuned from model [optional]:** google-bert/bert-base-chinese\n")
                .doesNotContain("[More Information Needed]");
        assertThat(editor.stage().getTitle()).isEqualTo("my-lab/bert-zh-ner (not saved yet) — Cardwright").doesNotContain(".card.yaml");
        assertThat(editor.window().document().fileProperty().get()).as("nothing written yet").isNull();
    }

    @Test
    void escapeCancelsAndTheOpenCardStays(FxRobot robot) {
        Card before = card();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-repo-id").write("org/x").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-create").tryQuery()).isEmpty();
        assertThat(card()).isSameAs(before);
    }

    /** Defect 9 in the window: F2 on an outline entry renames it there, not through the menu's dialog. */
    @Test
    void f2InTheWindowsOutlineRenamesInPlaceAndTheLastSectionKeepsItsFinalNewline(FxRobot robot) {
        dev.cardwright.card.Section last = card().allSections().reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.of(last)));
        robot.interact(() -> editor.window().navigator().tree().requestFocus());
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Contact").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.dialogs().asked).as("no dialog asked").isZero();
        assertThat(last.getTitle()).isEqualTo("Contact");
        assertThat(editor.window().document().readmeText()).contains("## Contact\n");

        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.of(last)));
        robot.clickOn("#" + dev.cardwright.ui.common.NodeIds.of("markdown", last.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Write to us.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).endsWith("## Contact\n\nWrite to us.\n");
    }
}
