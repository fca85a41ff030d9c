package dev.cardwright.ui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.hub.HubReplay;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.hub.Publication;
import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Publish…, as a person uses it: type the repository, Compare, read the diff, Publish; and what the
 * local Hub (replaying huggingface_hub's recorded commit) received.
 */
@ExtendWith(ApplicationExtension.class)
class PublishPaneTest {
    private static final String MODEL = "cardwright-test/tiny-model";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StackPane root = new StackPane();
    private HubReplay hub;
    private HubClient client;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 760, 560));
        stage.show();
    }

    @BeforeEach
    void hub() throws Exception {
        hub = new HubReplay().load("pull-model").load("push-pr");
        client = new HubClient(HubSettings.from(java.util.Map.of("HF_ENDPOINT", hub.url(), "HF_TOKEN", "hf_cardwright_test_token"),
                java.nio.file.Path.of("/nonexistent")));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    /** The card as pulled, with the README line and the new results file the recorded commit has. */
    private Card editedCard(String pulledAt) throws Exception {
        HubClient.Snapshot s = client.pull(HubRepo.parse(MODEL), "main", RepositoryReader::isCardFile);
        Card card = RepositoryReader.read(s.files(), "hub:" + MODEL).card();
        card.getRepository().setHubRepository(MODEL);
        card.getRepository().setHubRevision(pulledAt == null ? s.sha() : pulledAt);
        card.findSection("uses").orElseThrow().setText("\nFor tests and demos.\n");
        card.getEvalResultsFiles().add(new EvalResultsFile(".eval_results/gpqa.yaml",
                "- dataset:\n    id: Idavidrein/gpqa\n    task_id: gpqa_diamond\n  value: 0.412\n"));
        return card;
    }

    private PublishPane show(FxRobot robot, Card card) {
        PublishPane[] pane = new PublishPane[1];
        robot.interact(() -> {
            pane[0] = new PublishPane(card, null, new Publication(client), new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane[0]);
        });
        return pane[0];
    }

    @SuppressWarnings("unchecked")
    private static List<String> diffLines(FxRobot robot) {
        return new ArrayList<>(robot.lookup("#" + PublishPane.DIFF_ID).queryAs(ListView.class).getItems());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#" + PublishPane.STATUS_ID).queryAs(Label.class).getText();
    }

    @Test
    void typeTheRepositoryCompareSeeTheDiffAndPublishAPullRequest(FxRobot robot) throws Exception {
        Card card = editedCard(null);
        card.getRepository().setHubRepository(null); // a card that did not come from the Hub: the field starts empty
        show(robot, card);
        robot.clickOn("#" + PublishPane.REPO_ID).write(MODEL);
        robot.clickOn("#" + PublishPane.MESSAGE_ID).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Update model card");
        assertThat(robot.lookup("#" + PublishPane.CONFIRM_ID).queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#" + PublishPane.COMPARE_ID);
        assertThat(status(robot)).isEqualTo("2 file(s) will change in " + MODEL + ".");
        assertThat(diffLines(robot)).containsSubsequence("changed README.md", "-For tests.", "+For tests and demos.",
                "new file .eval_results/gpqa.yaml", "+- dataset:");
        assertThat(hub.received("POST")).isEmpty(); // comparing commits nothing
        robot.clickOn("#" + PublishPane.CONFIRM_ID);
        assertThat(status(robot)).isEqualTo("Opened pull request " + hub.url() + "/" + MODEL + "/discussions/7");
        assertThat(robot.lookup("#" + PublishPane.CONFIRM_ID).queryAs(Button.class).isDisabled()).isTrue();

        String commitPath = "/api/models/" + MODEL + "/commit/main";
        HubReplay.Received commit = hub.received("POST").stream().filter(r -> r.path().equals(commitPath)).findFirst().orElseThrow();
        assertThat(commit.query()).isEqualTo("create_pr=1");
        List<JsonNode> sent = lines(commit.text());
        List<JsonNode> recorded = lines(hub.recorded("POST", commitPath).get("body").asText());
        assertThat(sent.get(0).get("value").get("summary")).isEqualTo(recorded.get(0).get("value").get("summary"));
        assertThat(sent.get(0).get("value").get("parentCommit")).isEqualTo(recorded.get(0).get("value").get("parentCommit"));
        assertThat(sent.subList(1, sent.size())).isEqualTo(recorded.subList(1, recorded.size()));
    }

    @Test
    void aRepositoryThatMovedMustBeConfirmedBeforePublishing(FxRobot robot) throws Exception {
        show(robot, editedCard("fedcba9876543210fedcba9876543210fedcba98"));
        assertThat(robot.lookup("#" + PublishPane.REPO_ID).queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(MODEL);
        robot.clickOn("#" + PublishPane.PR_ID); // untick: commit to main
        robot.clickOn("#" + PublishPane.COMPARE_ID);
        assertThat(status(robot)).contains("changed on the Hub since this card was opened from it (at fedcba9, now 0123456)");
        Button confirm = robot.lookup("#" + PublishPane.CONFIRM_ID).queryAs(Button.class);
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#" + PublishPane.FORCE_ID);
        assertThat(robot.lookup("#" + PublishPane.FORCE_ID).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(confirm.isDisabled()).isFalse();
    }

    @Test
    void aRepositoryIdThatIsNoneIsSaidSoAndNothingIsAsked(FxRobot robot) throws Exception {
        show(robot, editedCard(null));
        robot.clickOn("#" + PublishPane.REPO_ID).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("not a repo");
        robot.clickOn("#" + PublishPane.COMPARE_ID);
        assertThat(status(robot)).isEqualTo("\"not a repo\" is not a Hub repository: write ORG/NAME, or datasets/ORG/NAME for a dataset.");
        int before = hub.received().size();
        assertThat(hub.received()).hasSize(before);
    }

    private static List<JsonNode> lines(String ndjson) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
