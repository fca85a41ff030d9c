package dev.cardwright.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * {@code --measure-open FILE}: how long the editor takes, once the file is chosen, to show it in a
 * window that takes input, and how much memory the process holds with it open. The editor starts
 * as usual (sample card, preview attached) and settles for a moment, as it would before a person
 * picks a file; then the file is opened through the same call as File ▸ Open, and the clock stops
 * when the first frame after it has been laid out and rendered and the JavaFX thread has worked
 * off everything queued until then (what a keystroke would otherwise wait for). Prints
 * {@code open_ms: N rss_mb: M} (resident set size, from /proc; {@code -} where there is none).
 * Then the metadata pane is shown, as a click on Metadata in the outline does, and measured the
 * same way: {@code metadata_ms: N rss_mb: M} (issue 14: the form of a big front matter).
 */
final class OpenMeasurement {
    /** How long the editor sits idle before the file is chosen: the preview and validation of the sample start in it. */
    private static final Duration SETTLE = Duration.seconds(2);

    private OpenMeasurement() {
    }

    /** Measures as the application does: the lines to stdout, then the process ends. */
    static void after(Scene scene, Predicate<Path> open, Path file, Runnable showMetadata) {
        after(scene, open, file, SETTLE, line -> {
            System.out.println(line);
            System.out.flush();
            if (!line.startsWith("open_ms")) {
                Platform.exit();
                System.exit(2);
            }
            untilDrawn(scene, showMetadata, ms -> {
                System.out.println("metadata_ms: " + ms + " rss_mb: " + residentMegabytes());
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
        });
    }

    /**
     * Runs {@code action} and gives {@code report} the milliseconds until the first frame after
     * it has been laid out and the JavaFX thread has worked off everything queued by then.
     */
    static void untilDrawn(Scene scene, Runnable action, java.util.function.LongConsumer report) {
        long started = System.nanoTime();
        long fxCpu = threadCpuNanos();
        action.run();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> Platform.runLater(() -> {
                System.err.printf(Locale.ROOT, "metadata_cpu_ms: javafx_thread=%d%n", (threadCpuNanos() - fxCpu) / 1_000_000);
                report.accept((System.nanoTime() - started) / 1_000_000);
            }));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Opens {@code file} after {@code settle}; {@code report} gets the result line (or an error line) on the JavaFX thread. */
    static void after(Scene scene, Predicate<Path> open, Path file, Duration settleFor, java.util.function.Consumer<String> report) {
        // A timer thread, not an animation: the wait must not hang on the toolkit's animation clock.
        java.util.concurrent.Executor later = java.util.concurrent.CompletableFuture.delayedExecutor(
                (long) settleFor.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        later.execute(() -> Platform.runLater(() -> {
            long started = System.nanoTime();
            long fxCpu = threadCpuNanos();
            long processCpu = processCpuNanos();
            if (!open.test(file)) {
                report.accept(file + ":1:1: could not be opened");
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                CardwrightApp.trace("first pulse after open");
                Platform.runLater(() -> Platform.runLater(() -> {
                    CardwrightApp.trace("queue drained");
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    // On a busy machine the wall-clock figure is mostly waiting for a core; the CPU spent is steadier.
                    System.err.printf(Locale.ROOT, "open_cpu_ms: javafx_thread=%d process=%d%n",
                            (threadCpuNanos() - fxCpu) / 1_000_000, (processCpuNanos() - processCpu) / 1_000_000);
                    report.accept("open_ms: " + ms + " rss_mb: " + residentMegabytes());
                }));
            };
            scene.addPostLayoutPulseListener(once[0]);
            // The open changed the scene, so a pulse is due; ask for one in case nothing else does.
            Platform.requestNextPulse();
        }));
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** VmRSS of this process in MB, or "-" without /proc. */
    static String residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%d", Math.round(kb / 1024.0));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return "-";
    }
}
