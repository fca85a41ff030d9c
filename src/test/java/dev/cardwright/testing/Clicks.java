package dev.cardwright.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mouse gestures that must arrive as the gesture they are. On a loaded machine the robot's two
 * clicks can reach JavaFX further apart than its multi-click time, and then they are two single
 * clicks: the test would fail for the machine, not the app. These helpers watch what the node
 * received and repeat the gesture until it arrived as meant (at most a few times).
 */
public final class Clicks {
    private static final int ATTEMPTS = 4;

    private Clicks() {
    }

    /**
     * Double-clicks {@code node} with the primary button until the node has seen a click whose
     * count is two or more.
     *
     * @return how many attempts it took
     */
    public static int doubleClick(FxRobot robot, Node node) {
        AtomicInteger most = new AtomicInteger();
        EventHandler<MouseEvent> watch = e -> most.accumulateAndGet(e.getClickCount(), Math::max);
        node.addEventFilter(MouseEvent.MOUSE_CLICKED, watch);
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                robot.doubleClickOn(node, MouseButton.PRIMARY);
                WaitForAsyncUtils.waitForFxEvents();
                if (most.get() >= 2 || node.getScene() == null || !node.getScene().getWindow().isShowing()) {
                    return attempt;
                }
            }
            throw new AssertionError("the double click on " + node + " never arrived as one in " + ATTEMPTS + " attempts");
        } finally {
            node.removeEventFilter(MouseEvent.MOUSE_CLICKED, watch);
        }
    }
}
