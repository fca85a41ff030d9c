package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.translate.Glossary;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

/** Issue 11, defect 5 (rest): each term shows its Alt+number, the tenth and beyond are a filter away, and a term replaces the selection. */
@ExtendWith(ApplicationExtension.class)
class TermPickerTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TranslationViewExtension translation = new TranslationViewExtension("""
            # Demo

            ## Notes

            The paper and the demo cover bias, risk, mitigation, preprocessing, hyperparameter, factor, metric, hardware, software and carbon emissions.
            """);

    @SuppressWarnings("unchecked")
    private static ListView<Glossary.Term> terms(FxRobot robot) {
        return robot.lookup("#translate-terms").queryAs(ListView.class);
    }

    private static String row(FxRobot robot, int i) {
        ListView<Glossary.Term> list = terms(robot);
        robot.interact(() -> list.scrollTo(i));
        return robot.lookup("#translate-terms .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == i).findFirst().map(ListCell::getText).orElseThrow();
    }

    private String savedText() throws Exception {
        return translation.saved(dir).getSections().get("notes").getText();
    }

    @Test
    void altNumbersAreShownAndTheRestAreReachedByFilteringAndEachInsertReplacesTheSelection(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-notes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(terms(robot).getItems()).hasSize(12);
        assertThat(row(robot, 0)).isEqualTo("Alt+1   paper → 论文");
        assertThat(row(robot, 8)).isEqualTo("Alt+9   metric → 指标");
        assertThat(row(robot, 10)).isEqualTo("software → 软件"); // no key for the eleventh

        // Alt+1 writes over the selected "XX"
        robot.clickOn("#translate-text").write("XX shuoming");
        robot.type(KeyCode.HOME).press(KeyCode.SHIFT).type(KeyCode.RIGHT, 2).release(KeyCode.SHIFT);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#translate-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("论文 shuoming");

        // the eleventh term: select "shuoming", Ctrl+G, type to filter, Enter
        robot.press(KeyCode.SHIFT).type(KeyCode.END).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHORTCUT, KeyCode.G).release(KeyCode.G, KeyCode.SHORTCUT);
        robot.write("softw");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(terms(robot).getItems()).extracting(Glossary.Term::en).containsExactly("software");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getText()).isEqualTo("论文软件"); // the selection ran from the caret after 论文 to the end, space and all
        assertThat(text.isFocused()).isTrue();

        // a term the section does not have is found in the whole glossary
        robot.press(KeyCode.SHORTCUT, KeyCode.G).release(KeyCode.G, KeyCode.SHORTCUT);
        robot.write("tokenizer").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getText()).isEqualTo("论文软件" + Glossary.builtIn().term("tokenizer").orElseThrow().zh());
        assertThat(savedText()).isEqualTo(text.getText() + "\n");
    }
}
