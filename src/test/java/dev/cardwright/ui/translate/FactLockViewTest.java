package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** In the Chinese UI, a translator types a changed number: the finding shows at once, in Chinese, with what the source says. */
@ExtendWith(ApplicationExtension.class)
class FactLockViewTest {
    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        card = ReadmeReader.read("# Demo\n\n## Training Data\n\nTrained on 3.5 trillion tokens.\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"), null, new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1000, 700);
        dev.cardwright.ui.common.Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ROOT);
    }

    @Test
    void aChangedNumberIsAFindingInChinese(FxRobot robot) {
        robot.clickOn("#translate-row-training-data");
        robot.clickOn("#translate-text").write("Zai 3.4T ge ci yuan shang xun lian.");
        WaitForAsyncUtils.waitForFxEvents();
        Label findings = robot.lookup("#translate-findings").queryAs(Label.class);
        assertThat(findings.isVisible()).isTrue();
        assertThat(findings.getText()).contains("原文为 3.5 trillion；译文为 3.4T");
        assertThat(card.findTranslation("zh").orElseThrow().getSections().get("training-data").getText())
                .isEqualTo("Zai 3.4T ge ci yuan shang xun lian.\n");

        robot.doubleClickOn("#translate-text");
        robot.interact(() -> robot.lookup("#translate-text").queryAs(javafx.scene.control.TextArea.class).clear());
        robot.clickOn("#translate-text").write("Zai 3.5T ge ci yuan shang xun lian.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getText()).doesNotContain("3.5 trillion");
    }
}
