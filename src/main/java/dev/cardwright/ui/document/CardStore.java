package dev.cardwright.ui.document;

import java.io.IOException;
import java.nio.file.Path;

import dev.cardwright.card.Card;

/**
 * What the editor needs from the file layers: read either file kind, save the card source,
 * write the README. Behind an interface so document logic is tested without the file formats.
 */
public interface CardStore {
    /** Reads a card source ({@code .card.yaml}) or a README. */
    Card load(Path file) throws IOException;

    /** Saves the card source file (atomically). */
    void save(Card card, Path file) throws IOException;

    /** The README.md text the card exports to. */
    String readme(Card card);

    /** Writes the README.md (atomically). */
    void exportReadme(Card card, Path file) throws IOException;

    /** A new card from a built-in template: {@code model} or {@code dataset}. */
    Card newCard(String cardType) throws IOException;

    /** A new card for a repository (File ▸ New): title, model id and languages filled in, placeholders left empty. */
    default Card newCard(dev.cardwright.template.NewCardRequest request) throws IOException {
        return newCard(request.cardType());
    }

    /** A new card rendered from any Jinja template file (variables left empty). */
    Card fromTemplate(Path template) throws IOException;

    /** The built-in sample card. */
    Card sample() throws IOException;

    /** Whether saving and exporting keep the version they write over as {@code NAME~} (a preference, off by default). */
    default void keepBackups(java.util.function.BooleanSupplier keep) {
    }
}
