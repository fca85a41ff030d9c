package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Submits work through an executor but delivers only the newest result: when the user types on,
 * results computed for older text are stale and dropped instead of flickering onto the screen.
 * It also keeps stale work from starting: one job is in flight at a time, and what is submitted
 * meanwhile waits, each submission replacing the one waiting before. Typing ten characters into
 * a 600 KB front matter then costs two parses, not ten queued one behind the other on the
 * editor's single background thread, and the last text's result comes after at most two.
 * All methods are called on the UI thread (where the executor delivers, too).
 */
public final class LatestOnly {
    private final TaskExecutor executor;
    private long generation;
    private boolean inFlight;
    private Runnable waiting;

    public LatestOnly(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void submit(Callable<T> work, Consumer<T> onDone) {
        long mine = ++generation;
        Runnable start = () -> start(mine, work, onDone);
        if (inFlight) {
            waiting = start;
        } else {
            start.run();
        }
    }

    private <T> void start(long mine, Callable<T> work, Consumer<T> onDone) {
        inFlight = true;
        executor.execute(work,
                result -> finished(() -> {
                    if (mine == generation) {
                        onDone.accept(result);
                    }
                }),
                error -> finished(() -> { }));
    }

    /** Starts the waiting job, whose submission made this result stale, or else delivers it. */
    private void finished(Runnable deliver) {
        inFlight = false;
        Runnable next = waiting;
        waiting = null;
        if (next != null) {
            next.run();
        } else {
            deliver.run();
        }
    }

    /** Forgets whatever is in flight or waiting. */
    public void cancel() {
        generation++;
        waiting = null;
    }
}
