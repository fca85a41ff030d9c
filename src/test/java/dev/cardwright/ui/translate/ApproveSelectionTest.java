package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

/** Issue 11, defect 2 (rest): a reviewer selects several sections in the list and approves them with one key, one undo step. */
@ExtendWith(ApplicationExtension.class)
class ApproveSelectionTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TranslationViewExtension translation = new TranslationViewExtension("""
            # Demo

            ## Uses

            Chat.

            ## Training Data

            Notes.

            ## Evaluation

            Scores.

            ## Citation

            None.
            """, tracker -> {
        tracker.record("zh", "uses", "## 用途\n", "聊天。\n");
        tracker.record("zh", "training-data", "## 训练数据\n", "笔记。\n");
        tracker.record("zh", "evaluation", "## 评估\n", "分数。\n");
        tracker.record("zh", "citation", "## 引用\n", "无。\n");
    });

    private Map<String, TranslationStatus> saved() throws Exception {
        return translation.saved(dir).getSections().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getStatus()));
    }

    private String cellStatus(FxRobot robot, String id) {
        return robot.lookup("#translate-status-" + id).queryAs(Label.class).getText();
    }

    @Test
    void shiftClickSelectsThreeAndOneKeyApprovesThemInOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        robot.press(KeyCode.SHIFT).clickOn("#translate-row-evaluation").release(KeyCode.SHIFT);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        String approved = Messages.get("translate.status.approved");
        assertThat(cellStatus(robot, "uses")).isEqualTo(approved);
        assertThat(cellStatus(robot, "training-data")).isEqualTo(approved);
        assertThat(cellStatus(robot, "evaluation")).isEqualTo(approved);
        assertThat(cellStatus(robot, "citation")).isEqualTo(Messages.get("translate.status.translated"));
        assertThat(saved()).containsEntry("uses", TranslationStatus.APPROVED).containsEntry("training-data", TranslationStatus.APPROVED)
                .containsEntry("evaluation", TranslationStatus.APPROVED).containsEntry("citation", TranslationStatus.TRANSLATED);

        robot.interact(translation.history()::undo); // one step takes all three back
        assertThat(saved()).containsEntry("uses", TranslationStatus.TRANSLATED).containsEntry("training-data", TranslationStatus.TRANSLATED)
                .containsEntry("evaluation", TranslationStatus.TRANSLATED);
        robot.interact(translation.history()::redo);
        assertThat(saved().values().stream().filter(s -> s == TranslationStatus.APPROVED)).hasSize(3);
    }

    @Test
    void ctrlClickPicksSectionsApartAndTheKeyAgainTakesTheApprovalBack(FxRobot robot) throws Exception {
        robot.clickOn("#translate-row-uses");
        robot.press(KeyCode.SHORTCUT).clickOn("#translate-row-citation").release(KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).containsEntry("uses", TranslationStatus.APPROVED).containsEntry("citation", TranslationStatus.APPROVED)
                .containsEntry("training-data", TranslationStatus.TRANSLATED);

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).containsEntry("uses", TranslationStatus.TRANSLATED).containsEntry("citation", TranslationStatus.TRANSLATED);
        TranslatedSection uses = translation.card().findTranslation("zh").orElseThrow().getSections().get("uses");
        assertThat(uses.getText()).isEqualTo("聊天。\n"); // approving never rewrote the text
    }
}
