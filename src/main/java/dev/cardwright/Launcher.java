package dev.cardwright;

import dev.cardwright.cli.CardwrightCommand;

/**
 * Starts Cardwright. With a command ({@code import}, {@code validate} …) it runs the command line
 * headless and never touches the JavaFX toolkit; otherwise (no arguments, a file to open, or a
 * {@code --measure-*} option) it opens the editor. This class deliberately does not extend
 * {@code Application}: on the classpath the JavaFX launcher refuses such a main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CardwrightCommand.isCommandLine(args)) {
            System.exit(CardwrightCommand.run(args));
        }
        dev.cardwright.ui.CardwrightApp.launchApp(args);
    }
}
