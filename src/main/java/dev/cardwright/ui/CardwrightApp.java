package dev.cardwright.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The editor application (a placeholder window until the editor is built). */
public final class CardwrightApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(CardwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Cardwright");
        stage.setScene(new Scene(new StackPane(new Label("Cardwright")), 1200, 800));
        stage.show();
    }
}
