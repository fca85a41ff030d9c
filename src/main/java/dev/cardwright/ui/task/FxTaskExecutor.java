package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
        this(idleEnding(threadName));
    }

    /**
     * One thread that ends after a minute without work (and comes back with the next job): an
     * executor that is dropped, such as a hidden preview's, leaves no thread behind.
     */
    private static Executor idleEnding(String threadName) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
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
