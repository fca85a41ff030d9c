package dev.cardwright.ui.hub;

import java.nio.file.Path;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.hub.HubReplay;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.hub.Publication;
import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * The Publish… window after Compare, against the replayed Hub, for the README's screenshot:
 * {@code java -cp target/classes:target/test-classes:target/lib/* dev.cardwright.ui.hub.PublishDialogDemo [light|dark]}
 * under ../shared/tools/screenshot.sh. Not a test.
 */
public final class PublishDialogDemo {
    private PublishDialogDemo() {
    }

    public static void main(String[] args) {
        // launched through a nested class: a main class that extends Application needs JavaFX as modules
        Application.launch(Demo.class, args);
    }

    public static final class Demo extends Application {
    private HubReplay hub;

    @Override
    public void start(Stage ignored) throws Exception {
        hub = new HubReplay().load("pull-model").load("push-pr");
        HubClient client = new HubClient(HubSettings.from(Map.of("HF_ENDPOINT", hub.url(), "HF_TOKEN", "hf_demo"), Path.of("/nonexistent")));
        HubClient.Snapshot s = client.pull(HubRepo.parse("cardwright-test/tiny-model"), "main", RepositoryReader::isCardFile);
        Card card = RepositoryReader.read(s.files(), "hub:cardwright-test/tiny-model").card();
        card.getRepository().setHubRepository("cardwright-test/tiny-model");
        card.getRepository().setHubRevision(s.sha());
        card.findSection("uses").orElseThrow().setText("\nFor tests and demos.\n");
        card.getEvalResultsFiles().add(new EvalResultsFile(".eval_results/gpqa.yaml",
                "- dataset:\n    id: Idavidrein/gpqa\n    task_id: gpqa_diamond\n  value: 0.412\n"));
        PublishPane pane = new PublishPane(card, null, new Publication(client), new CurrentThreadTaskExecutor());
        Stage stage = HubWindows.publish(null, pane);
        Theme theme = getParameters().getRaw().contains("dark") ? Theme.DARK : Theme.LIGHT;
        theme.apply(stage.getScene());
        stage.show();
        Platform.runLater(() -> ((Button) pane.lookup("#" + PublishPane.COMPARE_ID)).fire());
    }

    @Override
    public void stop() {
        hub.close();
    }
    }
}
