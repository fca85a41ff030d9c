package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Issue 11, defect 1: switching the target language never writes anything. Driven as the
 * translator did it: a section selected, {@code ja} typed into the language box, back to zh;
 * then the card and the saved file are what they were. A new language is started only through
 * its dialog, with a checked tag.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    @TempDir
    Path dir;

    private Card card;
    private TranslationView view;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("# Demo\n\n## Model Details\n\nA small model.\n\n## Uses\n\nChat.\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "model-details", "## 模型详情\n", "\n一个小模型。\n\n");
        tracker.dispose();
        view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"), null, new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1100, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TranslatedSection zh() {
        return card.findTranslation("zh").orElseThrow().getSections().get("model-details");
    }

    @Test
    void typingATagIntoTheLanguageBoxAndSwitchingBackWritesNothing(FxRobot robot) throws Exception {
        Path before = dir.resolve("before.card.yaml");
        CardSourceFile.write(card, before);
        robot.clickOn("#translate-row-model-details");
        robot.clickOn("#translate-text"); // the caret in the translation, as a translator leaves it
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#translate-language").write("ja").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#translate-language").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue("zh"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(card.findTranslation("ja")).isEmpty();
        assertThat(zh().getHeading()).isEqualTo("## 模型详情\n");
        assertThat(zh().getText()).isEqualTo("\n一个小模型。\n\n");
        assertThat(zh().getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(robot.lookup("#translate-text").queryAs(TextArea.class).getText()).contains("一个小模型。");
        Path after = dir.resolve("after.card.yaml");
        CardSourceFile.write(card, after);
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }

    @Test
    void aLanguageChangedUnderTheEditorNeverTakesItsText(FxRobot robot) {
        robot.clickOn("#translate-row-model-details");
        robot.clickOn("#translate-text");
        // a guard beside the fix: whatever changes the language while the editor holds zh, its text stays zh
        robot.interact(() -> view.model().languageProperty().set("ja"));
        robot.clickOn("#translate-row-uses");
        robot.interact(() -> view.model().languageProperty().set("zh"));
        robot.clickOn("#translate-row-model-details");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.findTranslation("ja").map(t -> t.getSections().size()).orElse(0)).isZero();
        assertThat(zh().getText()).isEqualTo("\n一个小模型。\n\n");
        assertThat(zh().getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void aNewLanguageIsAnExplicitCheckedStep(FxRobot robot) {
        robot.clickOn("#translate-new-language");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-language-tag").write("cn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-language-check").queryAs(Label.class).getText()).contains("did you mean 'zh'?");
        assertThat(robot.lookup("#new-language-create").queryAs(Button.class).isDisabled()).isTrue();
        robot.eraseText(2).write("ja");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-language-create").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(card.findTranslation("ja")).isEmpty(); // nothing until the translator confirms
        robot.clickOn("#new-language-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.findTranslation("ja")).isPresent();
        assertThat(view.model().languageProperty().get()).isEqualTo("ja");
        assertThat(zh().getText()).isEqualTo("\n一个小模型。\n\n");
    }
}
