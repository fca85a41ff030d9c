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

import dev.cardwright.card.Translation;
import dev.cardwright.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Issue 11, "What to build" 7 (first half): find and replace across every section of one translation, the count, one undo step. */
@ExtendWith(ApplicationExtension.class)
class SearchReplaceTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TranslationViewExtension translation = new TranslationViewExtension("""
            # Demo

            ## Uses

            Retrieval.

            ## Limitations

            Fixed size.

            ## Citation

            None.
            """, tracker -> {
        tracker.record("zh", "uses", "## 用途\n", "使用 Embedding 检索。\n");
        tracker.record("zh", "limitations", "## embedding 的局限\n", "Embedding 维度固定。Embedding 不能太长。\n");
    });

    private Translation saved() throws Exception {
        return translation.saved(dir);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#translate-find-count").queryAs(Label.class).getText();
    }

    @Test
    void ctrlHCountsFindsNextAndReplacesAllInOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        robot.press(KeyCode.SHORTCUT, KeyCode.H).release(KeyCode.H, KeyCode.SHORTCUT);
        robot.write("Embedding");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("translate.find.count", 4, 2));
        robot.clickOn("#translate-find-case");
        assertThat(count(robot)).isEqualTo(Messages.get("translate.find.count", 3, 2));
        robot.clickOn("#translate-find-case");

        // Enter in the find field goes from match to match, across sections, headings included
        robot.clickOn("#translate-find").type(KeyCode.ENTER);
        TextArea text = robot.lookup("#translate-text").queryAs(TextArea.class);
        assertThat(text.getSelectedText()).isEqualTo("Embedding");
        assertThat(text.getText()).startsWith("使用 Embedding");
        robot.clickOn("#translate-find").type(KeyCode.ENTER);
        TextField heading = robot.lookup("#translate-heading").queryAs(TextField.class);
        assertThat(heading.getText()).isEqualTo("## embedding 的局限");
        assertThat(heading.getSelectedText()).isEqualTo("embedding");

        robot.clickOn("#translate-replace").write("qianru");
        robot.clickOn("#translate-replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("translate.find.replaced", 4));
        Translation t = saved();
        assertThat(t.getSections().get("uses").getText()).isEqualTo("使用 qianru 检索。\n");
        assertThat(t.getSections().get("limitations").getHeading()).isEqualTo("## qianru 的局限\n");
        assertThat(t.getSections().get("limitations").getText()).isEqualTo("qianru 维度固定。qianru 不能太长。\n");
        assertThat(heading.getText()).isEqualTo("## qianru 的局限"); // the editor shows it at once

        robot.clickOn("#translate-text").press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        t = saved();
        assertThat(t.getSections().get("uses").getText()).isEqualTo("使用 Embedding 检索。\n");
        assertThat(t.getSections().get("limitations").getHeading()).isEqualTo("## embedding 的局限\n");
        assertThat(t.getSections().get("limitations").getText()).isEqualTo("Embedding 维度固定。Embedding 不能太长。\n");

        robot.clickOn("#translate-find").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#translate-find-bar").query().isVisible()).isFalse();
    }
}
