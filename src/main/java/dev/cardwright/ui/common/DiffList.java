package dev.cardwright.ui.common;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A unified diff shown line by line: added lines green, removed red, hunk headers muted. The
 * colours are translucent so they read on the light and the dark theme alike.
 */
public final class DiffList {
    public static final String ADDED = "diff-add";
    public static final String REMOVED = "diff-remove";
    public static final String HUNK = "diff-hunk";

    private final ListView<String> list = new ListView<>();

    public DiffList(List<String> lines) {
        list.getItems().setAll(lines);
        list.setCellFactory(v -> new Line());
        list.setFocusTraversable(true);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    public ListView<String> node() {
        return list;
    }

    public void setLines(List<String> lines) {
        list.getItems().setAll(lines);
    }

    private static final class Line extends ListCell<String> {
        private static final String BASE = "-fx-font-family: monospace; -fx-padding: 1 8;";

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(ADDED, REMOVED, HUNK);
            if (empty || item == null) {
                setText(null);
                setStyle(null);
                return;
            }
            setText(item);
            if (item.startsWith("+")) {
                getStyleClass().add(ADDED);
                setStyle(BASE + "-fx-background-color: rgba(46,160,67,0.18);");
            } else if (item.startsWith("-")) {
                getStyleClass().add(REMOVED);
                setStyle(BASE + "-fx-background-color: rgba(248,81,73,0.18);");
            } else if (item.startsWith("@@")) {
                getStyleClass().add(HUNK);
                setStyle(BASE + "-fx-opacity: 0.7;");
            } else {
                setStyle(BASE);
            }
        }
    }
}
