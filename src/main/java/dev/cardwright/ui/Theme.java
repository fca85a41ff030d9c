package dev.cardwright.ui;

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
