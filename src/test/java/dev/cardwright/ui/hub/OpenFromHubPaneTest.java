package dev.cardwright.ui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.cardwright.card.Card;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubReplay;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class OpenFromHubPaneTest {
    private final StackPane root = new StackPane();
    private HubReplay hub;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 520, 240));
        stage.show();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void typeARepositoryAndOpenIt(FxRobot robot) throws Exception {
        hub = new HubReplay().load("pull-model").load("error-404");
        HubClient client = new HubClient(HubSettings.from(java.util.Map.of("HF_ENDPOINT", hub.url()), java.nio.file.Path.of("/nonexistent")));
        AtomicReference<Card> opened = new AtomicReference<>();
        robot.interact(() -> root.getChildren().setAll(new OpenFromHubPane(client, new CurrentThreadTaskExecutor(), opened::set)));
        robot.clickOn("#" + OpenFromHubPane.REPO_ID).write("cardwright-test/missing");
        robot.clickOn("#" + OpenFromHubPane.OPEN_ID);
        assertThat(robot.lookup("#" + OpenFromHubPane.STATUS_ID).queryAs(Label.class).getText())
                .startsWith("Nothing was changed: no repository cardwright-test/missing at " + hub.url());
        assertThat(opened.get()).isNull();
        robot.clickOn("#" + OpenFromHubPane.REPO_ID).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL).write("cardwright-test/tiny-model");
        robot.clickOn("#" + OpenFromHubPane.OPEN_ID);
        assertThat(robot.lookup("#" + OpenFromHubPane.STATUS_ID).queryAs(Label.class).getText())
                .isEqualTo("Opened cardwright-test/tiny-model");
        Card card = opened.get();
        assertThat(card.write()).contains("# Tiny model");
        assertThat(card.getTranslations()).singleElement().satisfies(t -> assertThat(t.getLanguage()).isEqualTo("zh"));
        assertThat(card.getEvalResultsFiles()).hasSize(1);
        assertThat(card.getRepository().getHubRevision()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        // no token configured: none was sent
        assertThat(hub.received()).allSatisfy(r -> assertThat(r.headers()).doesNotContainKey("authorization"));
    }
}
