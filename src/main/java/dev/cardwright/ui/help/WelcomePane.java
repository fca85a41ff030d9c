package dev.cardwright.ui.help;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.common.ToolWindow;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The first-run welcome: what Cardwright is for, and the three ways to begin — a new card, a
 * card or README of one's own, or the sample card to look around.
 */
public final class WelcomePane extends VBox {
    private Stage stage;

    WelcomePane(Runnable newCard, Runnable open, Runnable sample) {
        setId("welcome");
        setSpacing(10);
        setPadding(new Insets(20));
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add(StyleClasses.TITLE_4);
        Label intro = new Label(Messages.get("welcome.intro"));
        intro.setWrapText(true);
        getChildren().addAll(title, intro,
                choice("welcome-new", Feather.FILE_PLUS, Messages.get("welcome.new"), newCard),
                choice("welcome-open", Feather.FOLDER, Messages.get("welcome.open"), open),
                choice("welcome-sample", Feather.BOOK_OPEN, Messages.get("welcome.sample"), sample));
        Label later = new Label(Messages.get("welcome.later"));
        later.getStyleClass().add(StyleClasses.TEXT_MUTED);
        later.setWrapText(true);
        getChildren().add(later);
    }

    private Button choice(String id, Feather icon, String text, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the welcome goes first, so that what the choice opens (a dialog, a chooser) is on top
        b.setOnAction(e -> {
            stage.close();
            action.run();
        });
        return b;
    }

    public static Stage show(Window owner, Runnable newCard, Runnable open, Runnable sample) {
        WelcomePane pane = new WelcomePane(newCard, open, sample);
        pane.setPrefWidth(460);
        pane.stage = ToolWindow.show(owner, Messages.get("welcome.title"), pane, 0, 0);
        pane.lookup("#welcome-new").requestFocus();
        return pane.stage;
    }
}
