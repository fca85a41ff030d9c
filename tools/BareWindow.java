import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for Cardwright's start-up: a JavaFX window holding one label, timed the way the
 * editor's {@code --measure-startup} times itself (JVM start to the window shown), printing
 * {@code startup_ms: N}. Run on the class path like the editor, by tools/bench-start.sh.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Cardwright"), 1200, 800));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms: " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }));
            stage.show();
        }
    }
}
