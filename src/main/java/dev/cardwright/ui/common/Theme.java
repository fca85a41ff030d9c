package dev.cardwright.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The two looks of the editor: AtlantaFX Primer light and dark, plus our own stylesheet on top. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Theme of(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    /**
     * Takes the drop shadow off a ControlsFX completion popup (the license and language pickers):
     * on a display without compositing the shadow's transparent margin is drawn as an opaque
     * frame. An inline style, because the popup's own stylesheet outranks ours there.
     */
    public static void plainPopup(org.controlsfx.control.textfield.AutoCompletionBinding<?> completion) {
        var popup = completion.getAutoCompletionPopup();
        popup.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            if (popup.getSkin() != null) {
                popup.getSkin().getNode().setStyle("-fx-effect: null;");
            }
        });
    }

    /** Applies the theme to the whole application and marks the scene so our CSS can follow. */
    public void apply(Scene scene) {
        String ua = this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same stylesheet again makes JavaFX restyle every node for nothing.
        if (!ua.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(ua);
        }
        if (scene != null) {
            String css = Theme.class.getResource("/dev/cardwright/ui/cardwright.css").toExternalForm();
            if (!scene.getStylesheets().contains(css)) {
                scene.getStylesheets().add(css);
            }
            scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
            scene.getRoot().getStyleClass().add("theme-" + id);
        }
    }
}
