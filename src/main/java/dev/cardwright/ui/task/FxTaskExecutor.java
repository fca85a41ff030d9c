package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * One background thread (the machine may have two cores, and the FX thread needs one), results
 * posted back with {@link Platform#runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final Executor pool;

    public FxTaskExecutor() {
        this("cardwright-background");
    }

    /** Work runs on a thread of its own, named {@code threadName}. */
    public FxTaskExecutor(String threadName) {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }));
    }

    /** Work runs on {@code pool} (a test's executor that runs jobs when it says). */
    public FxTaskExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                // Always answer: a caller such as LatestOnly waits for one of the two callbacks.
                Platform.runLater(() -> onError.accept(e));
                if (e instanceof Error error && !(error instanceof StackOverflowError)) {
                    throw error; // and let the thread's handler report what went badly wrong
                }
            }
        });
    }
}
