package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.hub.HubReplay;
import dev.cardwright.ui.hub.OpenFromHubPane;
import dev.cardwright.ui.hub.PublishPane;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The whole path through the main window's File menu: Open Folder…, Open from Hub…, an edit,
 * Publish… with the diff, and what the local Hub (replaying huggingface_hub's recordings) received.
 */
@ExtendWith(ApplicationExtension.class)
class HubMenuTest {
    private static final String MODEL = "cardwright-test/tiny-model";

    @TempDir
    Path dir;

    private HubReplay hub;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("hub-menu");

    /** The Hub's endpoint and token are read when a Hub action runs, so setting them after the window opened is enough. */
    @BeforeEach
    void startHub() throws Exception {
        hub = new HubReplay().load("pull-model").load("push-pr");
        System.setProperty("HF_ENDPOINT", hub.url());
        System.setProperty("HF_TOKEN", "hf_cardwright_test_token");
    }

    @AfterEach
    void clean() {
        hub.close();
        System.clearProperty("HF_ENDPOINT");
        System.clearProperty("HF_TOKEN");
    }

    private void menu(FxRobot robot, String item) {
        robot.clickOn("#menu-file");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openAFolderFromTheFileMenu(FxRobot robot) throws Exception {
        Path repo = dir.resolve("tiny");
        Files.createDirectories(repo.resolve(".eval_results"));
        Files.writeString(repo.resolve("README.md"), "---\nlicense: mit\n---\n# Tiny\n\n## Uses\n\nFor tests.\n");
        Files.writeString(repo.resolve("README_CN.md"), "# 小模型\n\n## 用途\n\n用于测试。\n");
        Files.writeString(repo.resolve(".eval_results/hle.yaml"), "- dataset: {id: cais/hle, task_id: default}\n  value: 20.9\n");
        editor.dialogs().unsaved = ScriptedDialogs.UnsavedChoice.DISCARD;
        editor.dialogs().openTarget = repo;
        menu(robot, "Open Folder…");
        Card card = editor.window().document().getCard();
        assertThat(card.getTranslations()).singleElement().satisfies(t -> assertThat(t.getLanguage()).isEqualTo("zh"));
        assertThat(card.getEvalResultsFiles()).hasSize(1);
        assertThat(((Stage) editor.window().scene().getWindow()).getTitle()).contains("tiny (not saved yet)").doesNotContain(".card.yaml"); // no such file yet
        // saved, the card source remembers the folder and its files
        editor.dialogs().saveTarget = dir.resolve("tiny.card.yaml");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Card saved = CardSourceFile.read(dir.resolve("tiny.card.yaml"));
        assertThat(saved.getRepository().getTranslations()).singleElement().satisfies(t -> assertThat(t.path()).isEqualTo("README_CN.md"));
    }

    @Test
    void aFolderNamedOnTheCommandLineOpensAsARepository(FxRobot robot) throws Exception {
        Path repo = dir.resolve("tiny");
        Files.createDirectories(repo.resolve(".eval_results"));
        Files.writeString(repo.resolve("README.md"), "---\nlicense: mit\n---\n# Tiny\n\n## Uses\n\nFor tests.\n");
        Files.writeString(repo.resolve(".eval_results/hle.yaml"), "- dataset: {id: cais/hle, task_id: default}\n  value: 20.9\n");
        editor.dialogs().unsaved = ScriptedDialogs.UnsavedChoice.DISCARD;

        // what the launcher does with `cardwright-editor DIR` (it said "DIR is not a file." before)
        robot.interact(() -> assertThat(editor.window().open(repo)).isTrue());

        assertThat(editor.dialogs().lastError).isNull();
        assertThat(editor.window().document().getCard().getEvalResultsFiles()).hasSize(1);
        assertThat(((Stage) editor.window().scene().getWindow()).getTitle()).contains("tiny (not saved yet)").doesNotContain(".card.yaml"); // no such file yet
    }

    @Test
    void openFromTheHubEditAndPublishAPullRequest(FxRobot robot) throws Exception {
        editor.dialogs().unsaved = ScriptedDialogs.UnsavedChoice.DISCARD;
        menu(robot, "Open from Hub…");
        robot.clickOn("#" + OpenFromHubPane.REPO_ID).write(MODEL);
        robot.clickOn("#" + OpenFromHubPane.OPEN_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Card card = editor.window().document().getCard();
        assertThat(card.getRepository().getHubRepository()).isEqualTo(MODEL);
        assertThat(card.write()).contains("# Tiny model");

        robot.interact(() -> card.findSection("uses").orElseThrow().setText("\nFor tests and demos.\n"));
        menu(robot, "Publish…");
        robot.clickOn("#" + PublishPane.COMPARE_ID);
        @SuppressWarnings("unchecked")
        List<String> diff = new ArrayList<>(robot.lookup("#" + PublishPane.DIFF_ID).queryAs(ListView.class).getItems());
        assertThat(diff).containsSubsequence("changed README.md", "-For tests.", "+For tests and demos.");
        assertThat(diff).noneMatch(l -> l.contains("README_zh.md") || l.contains("hle.yaml")); // unchanged files stay out
        robot.clickOn("#" + PublishPane.CONFIRM_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + PublishPane.STATUS_ID).queryAs(Label.class)
                .getText().startsWith("Opened pull request"));
        HubReplay.Received commit = hub.received("POST").stream().filter(r -> r.path().endsWith("/commit/main")).findFirst().orElseThrow();
        assertThat(commit.query()).isEqualTo("create_pr=1");
        assertThat(commit.text()).contains("\"path\":\"README.md\"").doesNotContain("gpqa");
    }
}
