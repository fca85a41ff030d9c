package dev.cardwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work deferred past the next frame runs after that frame's layout, and at once where there is no frame to wait for. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {
    private Scene scene;
    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox(new Label("card"));
        scene = new Scene(root, 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsAfterTheLayoutOfTheNextFrameNotBefore() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Label added = new Label("opened");
            root.getChildren().add(added);
            AfterFirstFrame.run(scene, () -> {
                // the label added before has been laid out by now: it has a size
                events.add("work, label width " + (added.getWidth() > 0 ? "> 0" : "0"));
                done.complete(null);
            });
            events.add("returned");
        });
        done.get(30, TimeUnit.SECONDS);
        assertThat(events).containsExactly("returned", "work, label width > 0");
    }

    @Test
    void withoutAShowingWindowTheWorkRunsAtOnce() throws Exception {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<String> events = new java.util.ArrayList<>();
            AfterFirstFrame.run(new Scene(new VBox(), 10, 10), () -> events.add("work"));
            AfterFirstFrame.run(null, () -> events.add("work without scene"));
            events.add("returned");
            result.complete(events);
        });
        assertThat(result.get(30, TimeUnit.SECONDS)).containsExactly("work", "work without scene", "returned");
    }
}
