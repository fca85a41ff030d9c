package dev.cardwright.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A tool's own window over the editor (carbon estimate, citation, roles, ModelScope twin). It takes
 * the owner's stylesheets, so the tool follows the editor's light or dark theme. Windows that can
 * say their content again in another language are relabelled when the UI language is switched
 * ({@link #relabelOpen}), without being closed and opened again.
 */
public final class ToolWindow {
    /** How each open window that can be relabelled takes the new language (FX thread only). */
    private static final List<Runnable> RELABELS = new ArrayList<>();

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

    /**
     * Shows a window whose title and content are made anew when the UI language is switched; for
     * content that keeps nothing a person typed, since what is made anew starts empty.
     */
    public static Stage show(Window owner, Supplier<String> title, Supplier<Parent> content, double width, double height) {
        Stage stage = show(owner, title.get(), content.get(), width, height);
        onRelabel(stage, () -> {
            stage.setTitle(title.get());
            stage.getScene().setRoot(content.get());
        });
        return stage;
    }

    /** Runs {@code relabel} on every language switch while {@code stage} is showing. */
    public static void onRelabel(Stage stage, Runnable relabel) {
        if (stage.isShowing()) {
            RELABELS.add(relabel);
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!RELABELS.contains(relabel)) {
                RELABELS.add(relabel);
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> RELABELS.remove(relabel));
    }

    /** The UI language was switched: every open window registered here says its text again. */
    public static void relabelOpen() {
        List.copyOf(RELABELS).forEach(Runnable::run);
    }
}
