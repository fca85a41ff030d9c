package dev.cardwright.ui.hub;

import dev.cardwright.ui.common.Messages;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The windows that hold the Hub panes, for the File menu's Open from Hub… and Publish…. */
public final class HubWindows {
    private HubWindows() {
    }

    public static Stage publish(Window owner, PublishPane pane) {
        return window(owner, pane, Messages.get("publish.title"), 760, 560);
    }

    public static Stage openFromHub(Window owner, OpenFromHubPane pane) {
        return window(owner, pane, Messages.get("hubOpen.title"), 520, 220);
    }

    private static Stage window(Window owner, Parent content, String title, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                stage.setOnShown(e -> content.getStylesheets().setAll(owner.getScene().getStylesheets()));
            }
        }
        stage.setTitle(title);
        stage.setScene(new Scene(content, width, height));
        return stage;
    }
}
