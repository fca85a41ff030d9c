package dev.cardwright.ui.help;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.common.ToolWindow;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ Getting Started: the first hour with Cardwright in seven steps, in the UI's language. */
public final class GettingStartedPane extends ScrollPane {
    static final int STEPS = 7;

    public GettingStartedPane() {
        setId("getting-started");
        setFitToWidth(true);
        VBox box = new VBox(10);
        box.setPadding(new Insets(16));
        Label title = new Label(Messages.get("help.start.title"));
        title.getStyleClass().add(StyleClasses.TITLE_4);
        Label intro = new Label(Messages.get("help.start.intro"));
        intro.setWrapText(true);
        box.getChildren().addAll(title, intro);
        for (int i = 1; i <= STEPS; i++) {
            Label step = new Label(i + ".  " + step(i));
            step.setId("getting-started-step-" + i);
            step.setWrapText(true);
            box.getChildren().add(step);
        }
        setContent(box);
    }

    /** The step's text; the keys are literal so the bundle consistency test sees each one used. */
    private static String step(int i) {
        return switch (i) {
            case 1 -> Messages.get("help.start.step1");
            case 2 -> Messages.get("help.start.step2");
            case 3 -> Messages.get("help.start.step3");
            case 4 -> Messages.get("help.start.step4");
            case 5 -> Messages.get("help.start.step5");
            case 6 -> Messages.get("help.start.step6");
            default -> Messages.get("help.start.step7");
        };
    }

    public static void show(Window owner) {
        ToolWindow.show(owner, () -> Messages.get("help.start.title"), GettingStartedPane::new, 560, 520);
    }
}
