package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/** An imported translation is under review, but nothing in its source changed: the view says so and shows no diff. */
@ExtendWith(ApplicationExtension.class)
class ImportedSectionViewTest {
    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("# Demo\n\n## Model Details\n\nA small model for field notes.\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        Card zh = ReadmeReader.read("# 演示\n\n## 模型详情\n\n一个用于野外笔记的小模型。\n".getBytes(StandardCharsets.UTF_8), "README_zh.md");
        new TranslationImporter().importInto(card, "en", zh, "zh");
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"), null, new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1000, 700);
        dev.cardwright.ui.common.Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void saysImportedNotYetReviewedAndShowsNoDiff(FxRobot robot) {
        robot.clickOn("#translate-row-model-details");
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#translate-diff-label").queryAs(Label.class);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo(Messages.get("translate.importedUnreviewed"));
        assertThat(robot.lookup("#translate-diff").queryAs(TextFlow.class).isVisible()).isFalse();

        // once the source really changes, the usual diff comes back
        robot.interact(() -> card.findSection("model-details").orElseThrow().setText("\nA small model for bird notes.\n"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText()).isEqualTo(Messages.get("translate.sourceChanged"));
        assertThat(robot.lookup("#translate-diff").queryAs(TextFlow.class).isVisible()).isTrue();
    }
}
