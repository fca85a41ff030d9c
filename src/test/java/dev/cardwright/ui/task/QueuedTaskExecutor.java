package dev.cardwright.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds work until the test runs it, one job at a time in submission order (as the one background
 * thread of {@link FxTaskExecutor} would), with the result delivered on the test's thread. Lets a
 * test make changes while earlier work is still "in flight".
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private Runnable meanwhile = () -> { };

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        jobs.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            Runnable between = meanwhile;
            meanwhile = () -> { };
            between.run();
            onDone.accept(result);
        });
    }

    /**
     * Runs the oldest job, then {@code between} (what the user does while the result travels back
     * to the UI thread), then delivers the result.
     */
    public void runNextWith(Runnable between) {
        meanwhile = between;
        runNext();
        meanwhile = () -> { };
    }

    /** Jobs waiting. */
    public int waiting() {
        return jobs.size();
    }

    /** Runs the oldest job and delivers its result; false when there was none. */
    public boolean runNext() {
        Runnable job = jobs.poll();
        if (job == null) {
            return false;
        }
        job.run();
        return true;
    }

    /** Runs jobs, and the jobs their results submit, until none is left. */
    public void runAll() {
        for (int i = 0; runNext(); i++) {
            if (i > 10_000) {
                throw new IllegalStateException("work keeps submitting work: a loop");
            }
        }
    }
}
