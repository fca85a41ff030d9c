package dev.cardwright.ui;

import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The main window on the built-in sample with one of the i10a features in use, for
 * {@code ../shared/tools/screenshot.sh}: {@code java -Djava.util.prefs.userRoot=DIR -cp
 * target/classes:target/test-classes:target/lib/* dev.cardwright.ui.EditorScreens\$Launch find|find-then-zh [QUERY REPLACEMENT [NEXTS]] | problems [CARD] | file-menu
 * | metadata CARD}; {@code metadata} shows the card's metadata pane scrolled to its charts (issue 14).
 * Menu items are fired as a click would; not part of the application.
 */
public final class EditorScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Messages.setLocale(Preload.prefs().uiLocale());
        Theme.of(Preload.prefs().themeProperty().get()).apply(null);
        MainWindow window = new MainWindow(stage, CardwrightApp.defaultParts(this));
        Card sample = Preload.sample();
        window.show(sample, null, "kestrel-notes.card.yaml", sample.findSection("model-details.description").orElse(null));
        Platform.runLater(window::attachPreview);
        String scene = args.isEmpty() ? "find" : args.get(0);
        if ((scene.equals("problems") || scene.equals("metadata")) && args.size() > 1) {
            window.open(java.nio.file.Path.of(args.get(1)));
        }
        // after the window is laid out and the first check has reported
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        later.setOnFinished(e -> {
            if (scene.equals("problems")) {
                fire(window, "menu-problems");
                return;
            }
            if (scene.equals("metadata")) {
                window.navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA);
                javafx.animation.PauseTransition filled = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
                filled.setOnFinished(f -> window.metadataPane().ifPresent(mp -> {
                    // the button under the drawn charts, with the last of them above it
                    javafx.scene.Node charts = mp.lookup(mp.lookup("#eval-charts-more") != null ? "#eval-charts-more" : "#eval-charts");
                    javafx.scene.Node content = mp.getContent();
                    double top = content.sceneToLocal(charts.localToScene(charts.getBoundsInLocal())).getMinY();
                    double room = content.getBoundsInLocal().getHeight() - mp.getViewportBounds().getHeight();
                    mp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, top - 500) / room));
                }));
                filled.play();
                return;
            }
            if (scene.equals("file-menu")) {
                ((MenuBar) window.scene().lookup(".menu-bar")).getMenus().get(0).show();
                return;
            }
            fire(window, "menu-replace");
            ((TextField) window.scene().lookup("#find-text")).setText(args.size() > 1 ? args.get(1) : "Kestrel");
            ((TextField) window.scene().lookup("#replace-text")).setText(args.size() > 2 ? args.get(2) : "Falcon");
            for (int i = 0; i < (args.size() > 3 ? Integer.parseInt(args.get(3)) : 2); i++) {
                fire(window, "menu-find-next");
            }
            window.scene().lookup("#find-text").requestFocus();
            if (scene.equals("find-then-zh")) {
                // View ▸ Language ▸ 简体中文 with the bar open, as a click on the item would
                ((MenuBar) window.scene().lookup(".menu-bar")).getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu-language".equals(i.getId())).flatMap(i -> ((javafx.scene.control.Menu) i).getItems().stream())
                        .filter(i -> "menu-language-zh-CN".equals(i.getId())).findFirst().ifPresent(MenuItem::fire);
            }
        });
        later.play();
    }

    private static void fire(MainWindow window, String id) {
        MenuBar bar = (MenuBar) window.scene().lookup(".menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .ifPresent(MenuItem::fire);
    }

    /** A main class that is not an Application, so the JavaFX jars on the class path are enough. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(EditorScreens.class, args);
        }
    }
}
