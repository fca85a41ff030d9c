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
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.FxTaskExecutor;
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
        view = new TranslationView(new TranslationViewModel(card, history, Glossary.builtIn(), "zh-CN"), null, new FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1100, 750);
        dev.cardwright.ui.common.Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TranslatedSection zh(String id) {
        return card.findTranslation("zh-CN").orElseThrow().getSections().get(id);
    }

    private void select(FxRobot robot, String id) {
        robot.clickOn("#translate-row-" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cellStatus(FxRobot robot, String id) {
        return robot.lookup("#translate-status-" + id).queryAs(Label.class).getText();
    }

    @Test
    void translateThenEditTheSourceShowsReviewWithTheDiffUntilConfirmed(FxRobot robot) {
        select(robot, "model-details");
        Label chip = robot.lookup("#translate-status").queryAs(Label.class);
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.untranslated"));
        assertThat(cellStatus(robot, "model-details")).isEqualTo(Messages.get("translate.status.untranslated"));

        robot.clickOn("#translate-heading").write("## Model details zh");
        robot.clickOn("#translate-text").write("Yi ge xiao mo xing.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(zh("model-details").getText()).isEqualTo("Yi ge xiao mo xing.\n");
        assertThat(zh("model-details").getHeading()).isEqualTo("## Model details zh\n");
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(cellStatus(robot, "model-details")).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(history.isDirty()).isTrue();

        Section source = card.findSection("model-details").orElseThrow();
        robot.interact(() -> source.setText("\nA small bilingual model for field notes.\n\n"));

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.needsReview"));
        assertThat(cellStatus(robot, "model-details")).isEqualTo(Messages.get("translate.status.needsReview"));
        TextFlow diff = robot.lookup("#translate-diff").queryAs(TextFlow.class);
        assertThat(robot.lookup(".translation-diff-box").query().isVisible()).isTrue();
        List<String> inserted = diff.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains(TranslationView.INSERTED)).map(Text::getText).toList();
        assertThat(inserted).containsExactly("bilingual ");
        assertThat(robot.lookup("#translate-confirm-section").queryAs(Button.class).isVisible()).isTrue();

        // the filter shows only what needs review, and the editor keeps the section
        robot.clickOn("#translate-filter-needs-review");
        assertThat(robot.lookup(".translation-row").queryAll()).hasSize(1);
        assertThat(view.current().key()).isEqualTo("model-details");

        robot.clickOn("#translate-text").write(" Shuang yu.");
        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(zh("model-details").getText()).isEqualTo("Yi ge xiao mo xing. Shuang yu.\n");
        assertThat(zh("model-details").getSourceText()).isEqualTo("## Model Details\n\nA small bilingual model for field notes.\n\n");
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(robot.lookup(".translation-diff-box").query().isVisible()).isFalse();

        // undo brings the review back, and the editor shows it
        robot.interact(history::undo);
        assertThat(zh("model-details").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(chip.getText()).isEqualTo(Messages.get("translate.status.needsReview"));
    }

    @Test
    void nextGoesToWorkLeftAndGlossaryTermsInsertTheirRendering(FxRobot robot) {
        robot.clickOn("#translate-filter-all");
        assertThat(view.current().key()).isEqualTo("demo"); // the first section is open from the start
        robot.clickOn("#translate-next");
        TextArea text = robot.lookup("#translate-text").queryAs(TextArea.class);
        assertThat(view.current().key()).isEqualTo("model-details");
        assertThat(text.isFocused()).isTrue();
        robot.type(KeyCode.F8);
        assertThat(view.current().key()).isEqualTo("bias-risks-and-limitations");
        assertThat(text.isFocused()).isTrue();

        // "bias" is a glossary term in the Bias section: clicking it inserts 偏见
        select(robot, "bias-risks-and-limitations");
        Node term = robot.lookup("#translate-source ." + TranslationView.TERM)
                .match(n -> ((Text) n).getText().equals("bias")).query();
        robot.clickOn(term);
        assertThat(text.getText()).isEqualTo("偏见");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zh("bias-risks-and-limitations").getText()).isEqualTo("偏见\n");
        // the heading term is not rendered: the check says so
        Label findings = robot.lookup("#translate-findings").queryAs(Label.class);
        assertThat(findings.getText()).contains("'Bias, Risks, and Limitations' should be rendered as '偏见、风险与局限性'");

        // Alt+1 inserts the first term of the selected section's source
        select(robot, "citation");
        robot.clickOn("#translate-text");
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        assertThat(text.getText()).isEqualTo("引用");
        // going back to a section shows its own translation again
        select(robot, "bias-risks-and-limitations");
        assertThat(text.getText()).isEqualTo("偏见");

        assertThat(robot.lookup("#translate-filter-untranslated").queryAs(ToggleButton.class).getText())
                .isEqualTo(Messages.get("translate.filter.untranslated"));
        assertThat(robot.lookup("#translate-progress-label").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("translate.progress", 2, 4, view.model().progressProperty().get().characterShare() == 0 ? 0
                        : Math.round(100 * view.model().progressProperty().get().characterShare()), 0));
    }

    @Test
    void aLargeCardBuildsOnlyTheVisibleRowsAndAnalysesBigSectionsOffTheFxThread(FxRobot robot) throws Exception {
        StringBuilder md = new StringBuilder("# Big\n\n");
        for (int i = 0; i < 150; i++) {
            md.append("## Part ").append(i).append("\n\nThe model may reproduce bias in part ").append(i).append(".\n\n");
        }
        md.append("## Long\n\n");
        for (int i = 0; i < 400; i++) {
            md.append("Fine-tuning the model on more data reduces bias, line ").append(i).append(".\n");
        }
        Card big = ReadmeReader.read(md.toString().getBytes(StandardCharsets.UTF_8), "README.md");
        robot.interact(() -> {
            view = new TranslationView(new TranslationViewModel(big, new UndoHistory(), Glossary.builtIn(), "zh-CN"), null, new FxTaskExecutor());
            robot.targetWindow().getScene().setRoot(view.node());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().rows()).hasSize(152);
        int cells = robot.lookup(".translation-row").queryAll().size();
        assertThat(cells).isPositive().isLessThan(40);

        // the long section is far below: selecting it scrolls there, and its analysis arrives from the worker
        TranslationViewModel.Row longRow = view.model().row("long").orElseThrow();
        assertThat(longRow.sourceText().length()).isGreaterThan(TranslationView.ASYNC_CHARACTERS);
        robot.interact(() -> view.select(longRow));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#translate-source ." + TranslationView.TERM)
                .queryAll().stream().anyMatch(n -> ((Text) n).getText().equals("bias")));
        assertThat(robot.lookup("#translate-row-long").tryQuery()).isPresent();
        robot.clickOn("#translate-text").write("x");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#translate-findings").queryAs(Label.class).getText().contains("偏见"));
        assertThat(big.findTranslation("zh-CN").orElseThrow().getSections().get("long").getText()).isEqualTo("x\n");
    }
}
