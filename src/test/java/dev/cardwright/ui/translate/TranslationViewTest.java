package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.Messages;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/** The translation view driven like a translator would: type, watch the source change, confirm. */
@ExtendWith(ApplicationExtension.class)
class TranslationViewTest {
    private static final String README = """
            ---
            license: apache-2.0
            ---
            # Demo

            ## Model Details

            A small model for field notes.

            ## Bias, Risks, and Limitations

            The model may reproduce bias in its training data.

            ## Citation

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;

    private Card card;
    private UndoHistory history;
    private TranslationView view;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read(README.getBytes(StandardCharsets.UTF_8), "README.md");
        history = new UndoHistory();
        view = new TranslationView(new TranslationViewModel(card, history, Glossary.builtIn(), "zh-CN"), null);
        Scene scene = new Scene(view.node(), 1100, 750);
        dev.cardwright.ui.Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TranslatedSection zh(String id) {
        return card.findTranslation("zh-CN").orElseThrow().getSections().get(id);
    }

    @Test
    void translateThenEditTheSourceShowsReviewWithTheDiffUntilConfirmed(FxRobot robot) {
        Label chip = robot.lookup("#translate-status-model-details").queryAs(Label.class);
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.untranslated"));

        robot.clickOn("#translate-heading-model-details").write("## Model details zh");
        robot.clickOn("#translate-text-model-details").write("Yi ge xiao mo xing.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(zh("model-details").getText()).isEqualTo("Yi ge xiao mo xing.\n");
        assertThat(zh("model-details").getHeading()).isEqualTo("## Model details zh\n");
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(history.isDirty()).isTrue();

        Section source = card.findSection("model-details").orElseThrow();
        robot.interact(() -> source.setText("\nA small bilingual model for field notes.\n\n"));

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.needsReview"));
        TextFlow diff = robot.lookup("#translate-diff-model-details").queryAs(TextFlow.class);
        assertThat(diff.getParent().isVisible()).isTrue();
        List<String> inserted = diff.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains(TranslationView.INSERTED)).map(Text::getText).toList();
        assertThat(inserted).containsExactly("bilingual ");
        assertThat(robot.lookup("#translate-confirm-model-details").queryAs(Button.class).isVisible()).isTrue();

        // the filter shows only what needs review
        robot.clickOn("#translate-filter-needs-review");
        assertThat(robot.lookup(".translation-row").queryAll()).hasSize(1);

        robot.clickOn("#translate-text-model-details").write(" Shuang yu.");
        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(zh("model-details").getSourceText()).isEqualTo("## Model Details\n\nA small bilingual model for field notes.\n\n");
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(diff.getParent().isVisible()).isFalse();
    }

    @Test
    void nextGoesToWorkLeftAndGlossaryTermsInsertTheirRendering(FxRobot robot) {
        robot.clickOn("#translate-filter-all");
        robot.clickOn("#translate-next");
        TextArea first = robot.lookup("#translate-text-demo").queryAs(TextArea.class);
        assertThat(first.isFocused()).isTrue();
        robot.type(KeyCode.F8);
        TextArea details = robot.lookup("#translate-text-model-details").queryAs(TextArea.class);
        assertThat(details.isFocused()).isTrue();

        // "bias" is a glossary term in the Bias section: clicking it inserts 偏差
        Node term = robot.lookup("#translate-row-bias-risks-and-limitations ." + TranslationView.TERM)
                .match(n -> ((Text) n).getText().equals("bias")).query();
        robot.clickOn(term);
        TextArea bias = robot.lookup("#translate-text-bias-risks-and-limitations").queryAs(TextArea.class);
        assertThat(bias.getText()).isEqualTo("偏差");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zh("bias-risks-and-limitations").getText()).isEqualTo("偏差\n");
        // the heading term is not rendered: the check says so
        Label findings = robot.lookup("#translate-findings-bias-risks-and-limitations").queryAs(Label.class);
        assertThat(findings.getText()).contains("'Bias, Risks, and Limitations' should be rendered as '偏差、风险与局限性'");

        // Alt+1 inserts the first term of the focused section's source
        robot.clickOn("#translate-text-citation");
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        assertThat(robot.lookup("#translate-text-citation").queryAs(TextArea.class).getText()).isEqualTo("引用");

        assertThat(robot.lookup("#translate-filter-untranslated").queryAs(ToggleButton.class).getText())
                .isEqualTo(Messages.get("translate.filter.untranslated"));
        assertThat(robot.lookup("#translate-progress-label").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("translate.progress", 2, 4, view.model().progressProperty().get().characterShare() == 0 ? 0
                        : Math.round(100 * view.model().progressProperty().get().characterShare()), 0));
    }
}
