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
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

/** Issue 11, defect 9: in a narrow window the progress bars keep their width and the source language has a name. */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        Card card = ReadmeReader.read("# Demo\n\n## Uses\n\nChat.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"),
                null, new FxTaskExecutor());
        Scene scene = new Scene(view.node(), 640, 500);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void barsKeepTheirWidthAndTheSourceLanguageIsNamed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-progress-sections").queryAs(ProgressBar.class).getWidth()).isGreaterThanOrEqualTo(120);
        assertThat(robot.lookup("#translate-progress-characters").queryAs(ProgressBar.class).getWidth()).isGreaterThanOrEqualTo(120);
        Label progress = robot.lookup("#translate-progress-label").queryAs(Label.class);
        assertThat(progress.getWidth()).isGreaterThanOrEqualTo(progress.prefWidth(-1) - 0.5);
        assertThat(robot.lookup("#translate-header").queryAs(Label.class).getText()).contains("English (en)");
    }
}
