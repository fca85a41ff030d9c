package dev.cardwright.ui;

import java.nio.file.Path;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.metadata.ResultsImportDialog;
import dev.cardwright.ui.newcard.NewCardDialog;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Shows one of the issue-10 dialogs filled in as a user would have it, for
 * {@code ../shared/tools/screenshot.sh}: {@code java -cp target/classes:target/test-classes:target/lib/*
 * dev.cardwright.ui.ScreenshotScenes\$Launch new|import RESULTS_FILE|results REPO_FOLDER}. Not part of the
 * application.
 */
public final class ScreenshotScenes extends Application {
    @Override
    public void start(Stage primary) throws Exception {
        String scene = getParameters().getRaw().isEmpty() ? "new" : getParameters().getRaw().get(0);
        Theme.LIGHT.apply(null);
        switch (scene) {
            case "import" -> {
                ResultsImportDialog dialog = new ResultsImportDialog(null, rows -> { });
                dialog.load(Path.of(getParameters().getRaw().get(1)));
                dialog.show();
            }
            case "results" -> {
                // the editor on a repository folder, the metadata pane scrolled to the results table
                MainWindow window = TestWindows.open(primary, java.util.prefs.Preferences.userRoot().node("dev/cardwright/screens"),
                        new dev.cardwright.ui.task.CurrentThreadTaskExecutor(), () -> new dev.cardwright.ui.preview.WebViewPreview(url -> { }),
                        new dev.cardwright.ui.dialog.ScriptedDialogs());
                window.attachPreview();
                window.open(Path.of(getParameters().getRaw().get(1)));
                window.navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA);
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                later.setOnFinished(e -> window.metadataPane().ifPresent(pane -> {
                    javafx.scene.Node table = pane.getContent().lookup("#metadata-results");
                    javafx.geometry.Bounds at = pane.getContent().sceneToLocal(table.localToScene(table.getBoundsInLocal()));
                    double scrollable = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 60) / scrollable)));
                }));
                later.play();
            }
            default -> {
                NewCardDialog dialog = new NewCardDialog(null, "model", Integration.vocabularies().languages(), r -> { });
                dialog.show();
                ((TextField) dialog.stage().getScene().lookup("#new-repo-id")).setText("my-lab/bert-base-chinese-ner");
                ((TextField) dialog.stage().getScene().lookup("#new-base-model")).setText("google-bert/bert-base-chinese");
                ((TextField) dialog.stage().getScene().lookup("#new-language")).setText("zh,");
            }
        }
    }

    @SuppressWarnings("unused")
    private static Card empty() {
        Card c = new Card();
        c.setFrontMatter(new FrontMatter());
        return c;
    }

    /** A main class that is not an Application, so the JavaFX jars on the class path are enough. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(ScreenshotScenes.class, args);
        }
    }
}
