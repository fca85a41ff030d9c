package dev.cardwright.ui.preview;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Stand-in for {@code cardwright --measure-preview FILE} until the editor's app calls
 * {@link PreviewMeasurement} itself: {@code java -cp … dev.cardwright.ui.preview.MeasurePreviewLauncher FILE}.
 * The main class is not the {@code Application}: on the classpath the JavaFX launcher refuses that.
 */
public final class MeasurePreviewLauncher {
    private MeasurePreviewLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            PreviewMeasurement.run(stage, Path.of(getParameters().getRaw().get(0)));
        }
    }
}
