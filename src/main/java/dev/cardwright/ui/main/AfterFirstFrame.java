package dev.cardwright.ui.main;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once the next frame has been laid out, so that what a person waits for (the card in
 * an editable window) is on screen before work they do not see yet (the preview's page) starts
 * competing for the machine. Without a scene, or when the scene is not showing, there is no
 * frame to wait for and the work runs at once.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    public static void run(Scene scene, Runnable work) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            work.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
