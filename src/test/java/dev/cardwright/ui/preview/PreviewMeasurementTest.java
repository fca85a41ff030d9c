package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --measure-preview} on a folder: every card typed into in the real preview, the worst one named. */
@ExtendWith(ApplicationExtension.class)
class PreviewMeasurementTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aFolderGivesTheLineOfItsWorstCardWithItsName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("small.md"), "---\nlicense: mit\n---\n# Small\n\nA line.\n");
        StringBuilder big = new StringBuilder("---\nlicense: mit\n---\n# Big\n\n");
        for (int i = 0; i < 400; i++) {
            big.append("Paragraph ").append(i).append(" with **bold** text and a [link](https://example.org).\n\n");
        }
        Files.writeString(dir.resolve("big.md"), big);
        Files.writeString(dir.resolve("notes.txt"), "not a card");

        CompletableFuture<String> line = new CompletableFuture<>();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Platform.runLater(() -> PreviewMeasurement.run(stage, dir, lines::add, () -> line.complete(String.join("\n", lines))));

        String out = line.get(3, TimeUnit.MINUTES);
        assertThat(lines).hasSize(1);
        assertThat(out).matches("preview_ms p50=\\d+\\.\\d p95=\\d+\\.\\d max=\\d+\\.\\d (big|small)\\.md");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(PreviewMeasurement.percentile(sorted, 50)).isEqualTo(5.0);
        assertThat(PreviewMeasurement.percentile(sorted, 95)).isEqualTo(10.0);
        assertThat(PreviewMeasurement.summary(List.of(3.0, 1.0, 2.0))).isEqualTo("preview_ms p50=2.0 p95=3.0 max=3.0");
    }
}
