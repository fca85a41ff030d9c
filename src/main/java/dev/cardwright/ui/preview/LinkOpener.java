package dev.cardwright.ui.preview;

import javafx.application.HostServices;

/**
 * Opens a web address outside Cardwright (the system browser). An interface so tests can see
 * what the preview asked to open instead of starting a browser.
 */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);

    static LinkOpener of(HostServices hostServices) {
        return hostServices::showDocument;
    }
}
