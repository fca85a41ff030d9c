package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.cardwright.cli.CardwrightCommand;

/** {@code --measure-open FILE}: the file is opened once the window has settled, and the clock stops after the next frame. */
@ExtendWith(ApplicationExtension.class)
class OpenMeasurementTest {
    private Scene scene;
    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox(new Label("sample"));
        scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensTheFileThenReportsTimeAndMemoryAfterTheFrameThatShowsIt() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<String> report = new CompletableFuture<>();
        Path card = Path.of("big.card.yaml");
        Platform.runLater(() -> OpenMeasurement.after(scene, file -> {
            events.add("open " + file);
            root.getChildren().add(new Label("opened"));
            // Work the open queued for later is part of what the clock sees.
            Platform.runLater(() -> events.add("deferred work"));
            return true;
        }, card, Duration.millis(50), line -> {
            events.add("report");
            report.complete(line);
        }));

        String line = report.get(30, TimeUnit.SECONDS);
        assertThat(events).containsExactly("open big.card.yaml", "deferred work", "report");
        assertThat(line).matches("open_ms: \\d+ rss_mb: (\\d+|-)");
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertThat(Long.parseLong(line.replaceAll(".*rss_mb: ", ""))).isPositive();
        }
    }

    @Test
    void aFileThatDoesNotOpenIsReportedAsAnError() throws Exception {
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.runLater(() -> OpenMeasurement.after(scene, file -> false, Path.of("broken.md"), Duration.millis(10), report::complete));
        assertThat(report.get(30, TimeUnit.SECONDS)).isEqualTo("broken.md:1:1: could not be opened");
    }

    @Test
    void measureOpenIsForTheEditorNotTheCommandLine() {
        assertThat(CardwrightCommand.isCommandLine(new String[] {"--measure-open", "x.md"})).isFalse();
        assertThat(CardwrightCommand.isCommandLine(new String[] {"lint", "cards"})).isTrue();
    }
}
