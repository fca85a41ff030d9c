package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.validate.Rule;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** Issue 11: a translator typing Chinese with a half-width comma sees the typography finding beside the text. */
@ExtendWith(ApplicationExtension.class)
class TypographyFindingsViewTest {
    @TempDir
    Path dir;

    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("# Demo\n\n## Uses\n\nIt is small, and fast.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"), null,
                new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1100, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aHalfWidthCommaInChineseIsShownAndTheFullWidthOneClearsIt(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        robot.clickOn("#translate-text").write("模型很小,速度很快。");
        WaitForAsyncUtils.waitForFxEvents();
        Label findings = robot.lookup("#translate-findings").queryAs(Label.class);
        String expected = Rule.ZH_HALFWIDTH_PUNCTUATION.message(dev.cardwright.ui.common.Messages.locale(), ",", "，");
        assertThat(findings.getText()).contains(expected);
        assertThat(findings.isVisible()).isTrue();

        TextArea text = robot.lookup("#translate-text").queryAs(TextArea.class);
        robot.interact(() -> text.replaceText(text.getText().indexOf(','), text.getText().indexOf(',') + 1, "，"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getText()).doesNotContain(expected);
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        assertThat(CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses").getText())
                .contains("模型很小，速度很快。");
    }
}
