package dev.cardwright.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.cardwright.card.Card;
import dev.cardwright.template.TemplateSchema;

/**
 * Work the first window needs that does not need the toolkit — reading the sample card, parsing
 * the model schema — started on a background thread before JavaFX starts, so that on a two-core
 * machine it overlaps the toolkit's own start-up instead of following it.
 */
final class Preload {
    private static CompletableFuture<Card> sample;
    private static CompletableFuture<TemplateSchema> modelSchema;

    private Preload() {
    }

    static synchronized void start() {
        if (sample == null) {
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

    static TemplateSchema modelSchema() {
        start();
        return modelSchema.join();
    }
}
