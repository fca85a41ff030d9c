package dev.cardwright.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A tool's own window over the editor (carbon estimate, citation, roles, ModelScope twin). It takes
 * the owner's stylesheets, so the tool follows the editor's light or dark theme.
 */
public final class ToolWindow {
    private ToolWindow() {
    }

    /** Shows {@code content} under {@code title}; a width or height of 0 lets the content size it. */
    public static Stage show(Window owner, String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = width > 0 && height > 0 ? new Scene(content, width, height) : new Scene(content);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
