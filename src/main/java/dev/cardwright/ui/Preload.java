package dev.cardwright.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.cardwright.card.Card;
import dev.cardwright.runtime.CompilerDirectives;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.ui.prefs.WorkspacePreferences;

/**
 * Work the first window needs that does not need the toolkit — the user's preferences (the
 * JDK's preferences store reads XML: about 150 ms of class loading), the sample card, the model
 * schema — started on threads of its own before JavaFX starts, so that on a two-core machine it
 * overlaps the toolkit's own start-up instead of preceding or following it. It also keeps
 * HotSpot's optimizing compiler out until the first window is shown ({@link #firstWindowShown()}):
 * during start-up C2 spent about a core compiling code that runs once (JFR: 1.35 s of compiler
 * time in a 2 s start), competing with the JavaFX thread for the machine's two cores.
 */
final class Preload {
    private static CompletableFuture<Boolean> noOptimizingCompiler;
    private static CompletableFuture<WorkspacePreferences> prefs;
    private static CompletableFuture<Card> sample;
    private static CompletableFuture<TemplateSchema> modelSchema;

    private Preload() {
    }

    static synchronized void start() {
        if (sample != null) {
            return;
        }
        noOptimizingCompiler = onOwnThread("start-up compiler directive", CompilerDirectives::pushNoOptimizingCompiler);
        prefs = onOwnThread("preferences", WorkspacePreferences::forUser);
        sample = onOwnThread("sample card", () -> {
            try {
                return new HubCardStore().sample();
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        });
        modelSchema = onOwnThread("model schema", TemplateSchema::model);
    }

    /** Its own daemon thread each: the common pool has a single thread on two cores. */
    private static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "preload: " + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * Once the toolkit runs: builds, on another thread, a throwaway Markdown area (RichTextFX,
     * ReactFX and Flowless: some 700 classes to load, initialize and link) and highlights the
     * sample's text, while the JavaFX thread builds menus and toolbar. JavaFX allows nodes to be
     * made on any thread until they join a showing window; this one never joins one. When the
     * JavaFX thread builds the real area the classes are ready (or it waits for the one being
     * initialized), so nothing is done twice.
     */
    static void warmEditorControls() {
        CompletableFuture<?> warm = onOwnThread("editor controls", () -> {
            dev.cardwright.ui.section.MarkdownArea area = new dev.cardwright.ui.section.MarkdownArea(
                    new dev.cardwright.ui.task.CurrentThreadTaskExecutor());
            try {
                sample.join().allSections().findFirst().ifPresent(s -> dev.cardwright.ui.section.MarkdownHighlighter.spans(s.getText()));
            } catch (RuntimeException e) {
                // the window reports a sample that cannot be read
            }
            return area;
        });
        warm.whenComplete((area, e) -> CardwrightApp.trace(e == null ? "editor controls warmed" : "warming failed: " + e));
    }

    static WorkspacePreferences prefs() {
        start();
        return prefs.join();
    }

    static Card sample() throws java.io.IOException {
        start();
        try {
            return sample.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** Lets C2 compile again (what becomes hot from now on: typing, the preview). */
    static synchronized void firstWindowShown() {
        if (noOptimizingCompiler != null) {
            noOptimizingCompiler.thenAcceptAsync(pushed -> {
                if (pushed) {
                    CompilerDirectives.pop();
                }
            });
            noOptimizingCompiler = null;
        }
    }

    static TemplateSchema modelSchema() {
        start();
        return modelSchema.join();
    }
}
