package dev.cardwright.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.cardwright.card.Card;
import dev.cardwright.runtime.CompilerDirectives;
import dev.cardwright.template.TemplateSchema;

/**
 * Work the first window needs that does not need the toolkit — reading the sample card, parsing
 * the model schema — started on a background thread before JavaFX starts, so that on a two-core
 * machine it overlaps the toolkit's own start-up instead of following it. It also keeps HotSpot's
 * optimizing compiler out until the first window is shown ({@link #firstWindowShown()}): during
 * start-up C2 spent about a core compiling start-up code that runs once (JFR: 1.35 s of compiler
 * time in a 2 s start), competing with the JavaFX thread for the machine's two cores.
 */
final class Preload {
    private static CompletableFuture<Card> sample;
    private static CompletableFuture<TemplateSchema> modelSchema;
    private static CompletableFuture<Boolean> noOptimizingCompiler;

    private Preload() {
    }

    static synchronized void start() {
        if (sample == null) {
            // Its own thread, started first: the common pool has a single thread on two cores.
            CompletableFuture<Boolean> pushed = new CompletableFuture<>();
            noOptimizingCompiler = pushed;
            Thread jit = new Thread(() -> {
                pushed.complete(CompilerDirectives.pushNoOptimizingCompiler());
                CardwrightApp.trace("C2 held back");
            }, "start-up compiler directive");
            jit.setDaemon(true);
            jit.start();
            sample = CompletableFuture.supplyAsync(() -> {
                try {
                    return new HubCardStore().sample();
                } catch (java.io.IOException e) {
                    throw new CompletionException(e);
                }
            });
            modelSchema = CompletableFuture.supplyAsync(TemplateSchema::model);
        }
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
            CompletableFuture<Boolean> pushed = noOptimizingCompiler;
            pushed.thenAcceptAsync(done -> {
                if (done) {
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
