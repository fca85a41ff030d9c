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

    /** On Linux and other X11/Wayland systems the toolkit needs a display; without one it dies with a stack trace. */
    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return false;
        }
        return System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }

    public static void main(String[] args) {
        if (CardwrightCommand.isCommandLine(args)) {
            System.exit(CardwrightCommand.run(args));
        }
        if (args.length > 0 && !args[0].startsWith("--") && !java.nio.file.Files.exists(java.nio.file.Path.of(args[0]))) {
            System.err.println(args[0] + ":1:1: neither a command nor a file (commands: cardwright --help)");
            System.exit(CardwrightCommand.USAGE);
        }
        if (noDisplay()) {
            System.err.println("cardwright: no display to open the editor on; the command line works without one (cardwright --help)");
            System.exit(CardwrightCommand.USAGE);
        }
        dev.cardwright.ui.CardwrightApp.launchApp(args);
    }
}
