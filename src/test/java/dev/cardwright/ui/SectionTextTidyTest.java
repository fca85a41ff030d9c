package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.ui.section.SectionPane;
import dev.cardwright.ui.section.SectionViewModel;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Defect 7: after typing in a section's text the README lost the blank lines around headings and
 * its final newline. Typed here in the section's code area; the README written from the card is
 * checked whole.
 */
@ExtendWith(ApplicationExtension.class)
class SectionTextTidyTest {
    private static final String README = "---\nlicense: mit\n---\n# Kestrel\n\nParagraph.\n\n## Model Details\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n## Uses\n\nUse it.\n";

    private final StackPane root = new StackPane();
    private Card card;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private void edit(FxRobot robot, String title) throws Exception {
        card = ReadmeReader.read(README.getBytes(StandardCharsets.UTF_8), "README.md");
        Section section = card.allSections().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> {
            SectionViewModel model = new SectionViewModel(section, SectionGuide.none(), Locale.ENGLISH);
            // as the window wires it: only the card's last section has nothing after it
            model.setFollowed(() -> card.allSections().reduce((a, b) -> b).orElseThrow() != section);
            SectionPane pane = new SectionPane(model, new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane);
        });
        robot.clickOn(".code-area");
    }

    private void replaceAll(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void textTypedInPlaceOfAllKeepsBlankLinesAroundTheHeadings(FxRobot robot) throws Exception {
        edit(robot, "Kestrel");
        replaceAll(robot, "A summarizer.");
        assertThat(card.write()).isEqualTo(README.replace("Paragraph.", "A summarizer."));
    }

    @Test
    void aTableRowAddedAtTheEndDoesNotRunIntoTheNextHeading(FxRobot robot) throws Exception {
        edit(robot, "Model Details");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE); // the blank line before "## Uses" goes too, as people do
        robot.write("| 3 | 4 |");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.write()).isEqualTo(README.replace("| 1 | 2 |\n", "| 1 | 2 |\n| 3 | 4 |\n"));
    }

    @Test
    void theLastSectionKeepsTheFinalNewlineAndUntouchedTextStaysByteForByte(FxRobot robot) throws Exception {
        edit(robot, "Uses");
        replaceAll(robot, "Use it for news.");
        assertThat(card.write()).isEqualTo(README.replace("Use it.", "Use it for news."));
        // a word typed in the middle changes that line only
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN);
        robot.write("Please ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.write()).isEqualTo(README.replace("Use it.", "Please Use it for news."));
    }
}
