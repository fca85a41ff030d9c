package dev.cardwright.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread: for tests, where order must be predictable. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
