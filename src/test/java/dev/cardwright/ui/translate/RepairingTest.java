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

import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Issue 11, "What to build" 2 (second half): a translator re-pairs a section with another's
 * translation, splits a translation at the caret and merges it back, each undone with Ctrl+Z; the
 * card source says so after a save.
 */
@ExtendWith(ApplicationExtension.class)
class RepairingTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TranslationViewExtension translation = new TranslationViewExtension("""
            # Demo

            ## Uses

            Chat.

            ## Limitations

            Limited.

            ## Training Data

            Notes.

            ## Citation

            None.
            """, tracker -> {
        // as an import leaves them: 局限性 kept inside the section before it, 引用 and 训练数据 crossed
        tracker.record("zh", "uses", "## 用途\n", "聊天。\n\n## 局限性\n有限。\n");
        tracker.record("zh", "training-data", "## 引用\n", "无。\n");
        tracker.record("zh", "citation", "## 训练数据\n", "笔记。\n");
    });

    private Translation saved() throws Exception {
        return translation.saved(dir);
    }

    private static TranslatedSection section(Translation t, String id) {
        return t.getSections().get(id);
    }

    private static TranslationStatus status(Translation t, String id) {
        TranslatedSection ts = t.getSections().get(id);
        return ts == null ? TranslationStatus.UNTRANSLATED : ts.getStatus();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pairWithSwapsTwoCrossedTranslationsAndCtrlZSwapsThemBack(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-training-data");
        robot.clickOn("#translate-pairing").clickOn("#translate-pair-with");
        ListCell<?> citation = robot.lookup("#pair-candidates .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Citation")).findFirst().orElseThrow();
        robot.clickOn(citation).clickOn("#pair-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#translate-heading").queryAs(TextField.class).getText()).isEqualTo("## 训练数据");
        Translation t = saved();
        assertThat(section(t, "training-data").getHeading()).isEqualTo("## 训练数据\n");
        assertThat(section(t, "training-data").getText()).isEqualTo("笔记。\n");
        assertThat(section(t, "citation").getHeading()).isEqualTo("## 引用\n");
        assertThat(status(t, "training-data")).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status(t, "citation")).isEqualTo(TranslationStatus.NEEDS_REVIEW);

        undo(robot);
        t = saved();
        assertThat(section(t, "training-data").getHeading()).isEqualTo("## 引用\n");
        assertThat(section(t, "citation").getHeading()).isEqualTo("## 训练数据\n");
        assertThat(status(t, "training-data")).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(robot.lookup("#translate-heading").queryAs(TextField.class).getText()).isEqualTo("## 引用");
    }

    @Test
    void splitAtTheCaretThenMergeBackEachOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        robot.clickOn("#translate-text");
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN, 2); // the caret before "## 局限性"
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#split-heading").queryAs(TextField.class).getText()).isEqualTo("## 局限性");
        robot.clickOn("#split-ok");
        WaitForAsyncUtils.waitForFxEvents();

        TextArea text = robot.lookup("#translate-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("聊天。");
        Translation t = saved();
        assertThat(section(t, "uses").getText()).isEqualTo("聊天。\n");
        assertThat(section(t, "limitations").getHeading()).isEqualTo("## 局限性\n");
        assertThat(section(t, "limitations").getText().strip()).isEqualTo("有限。");
        assertThat(status(t, "limitations")).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status(t, "uses")).isEqualTo(TranslationStatus.NEEDS_REVIEW);

        robot.clickOn("#translate-pairing").clickOn("#translate-merge");
        WaitForAsyncUtils.waitForFxEvents();
        t = saved();
        assertThat(section(t, "uses").getText()).isEqualTo("聊天。\n\n## 局限性\n有限。\n");
        assertThat(status(t, "limitations")).isEqualTo(TranslationStatus.UNTRANSLATED);
        assertThat(text.getText()).isEqualTo("聊天。\n\n## 局限性\n有限。");

        undo(robot); // the merge
        t = saved();
        assertThat(section(t, "uses").getText()).isEqualTo("聊天。\n");
        assertThat(section(t, "limitations").getHeading()).isEqualTo("## 局限性\n");
        undo(robot); // the split
        t = saved();
        assertThat(section(t, "uses").getText()).isEqualTo("聊天。\n\n## 局限性\n有限。\n");
        assertThat(status(t, "uses")).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(status(t, "limitations")).isEqualTo(TranslationStatus.UNTRANSLATED);
    }
}
