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
import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Issue 11, "What to build" 4: a sentence translated and confirmed in one section is offered,
 * exactly, in the next section that repeats it ("*Paper coming soon*"), and Ctrl+M writes it in.
 */
@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {
    @TempDir
    static Path data;

    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("""
                # Demo

                ## Model Details

                Kestrel is small.

                *Paper coming soon*

                ## Citation

                *Paper coming soon*
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        TranslatedSection imported = tracker.record("zh", "model-details", "## 模型详情\n", "\nKestrel 很小。\n\n*论文即将发布*\n");
        imported.setStatus(TranslationStatus.NEEDS_REVIEW); // as imported: nothing a translator stood behind yet
        tracker.dispose();
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"), null,
                new FxTaskExecutor(), TranslationMemory.load(data));
        Scene scene = new Scene(view.node(), 1100, 750);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<TranslationMemory.Match> suggestions(FxRobot robot) {
        return robot.lookup("#translate-memory").queryAs(ListView.class);
    }

    private static String firstRow(FxRobot robot) {
        return robot.lookup("#translate-memory .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 0).findFirst().map(ListCell::getAccessibleText).orElse(null);
    }

    @Test
    void aConfirmedSentenceIsOfferedWhereItRepeatsAndCtrlMInsertsIt(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-citation").clickOn("#translate-text");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-memory-sentence").queryAs(Label.class).getText()).isEqualTo("*Paper coming soon*");
        assertThat(suggestions(robot).getItems()).isEmpty(); // the only translation of it is still under review

        robot.clickOn("#translate-row-model-details").clickOn("#translate-text");
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT); // confirm
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(data.resolve("translation-memory.tsv"))).contains("*Paper coming soon*\t*论文即将发布*");

        robot.clickOn("#translate-row-citation").clickOn("#translate-text");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstRow(robot)).isEqualTo("100% *论文即将发布* ← *Paper coming soon*");
        robot.press(KeyCode.SHORTCUT, KeyCode.M).release(KeyCode.M, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-text").queryAs(TextArea.class).getText()).isEqualTo("*论文即将发布*");

        Path file = data.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        TranslatedSection saved = CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("citation");
        assertThat(saved.getText()).isEqualTo("*论文即将发布*\n");
        assertThat(saved.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
    }
}
