package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the result back on it. The editor gets one
 * injected, so tests can run it on their own thread and stay deterministic.
 */
public interface TaskExecutor {
    /** Runs {@code work} in the background; {@code onDone} gets its result on the UI thread. */
    <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    default <T> void execute(Callable<T> work, Consumer<T> onDone) {
        execute(work, onDone, error -> { });
    }
}
