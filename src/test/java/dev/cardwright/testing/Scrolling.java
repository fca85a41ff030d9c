package dev.cardwright.testing;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolling as a person does it with the scroll bar, for nodes below the fold of a form. */
public final class Scrolling {
    private Scrolling() {
    }

    /** Scrolls {@code pane} until {@code node}, somewhere in its content, is at the top of the view (or as near as the content allows). */
    public static void into(FxRobot robot, ScrollPane pane, Node node) {
        robot.interact(() -> {
            Node content = pane.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
