package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Submits work through an executor but delivers only the newest result: when the user types on,
 * results computed for older text are stale and dropped instead of flickering onto the screen.
 */
public final class LatestOnly {
    private final TaskExecutor executor;
    private long generation;

    public LatestOnly(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Must be called on the UI thread. */
    public <T> void submit(Callable<T> work, Consumer<T> onDone) {
        long mine = ++generation;
        executor.execute(work, result -> {
            if (mine == generation) {
                onDone.accept(result);
            }
        });
    }

    /** Forgets whatever is in flight. */
    public void cancel() {
        generation++;
    }
}
