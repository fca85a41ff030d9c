package dev.cardwright.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.LineEnding;
import dev.cardwright.markdown.ReadmeWriter;

/**
 * Writes a card's README into a folder, under the name its export settings give
 * ({@code README.md} by default), atomically: the old file stays whole when writing fails.
 */
public final class ReadmeExport {
    private ReadmeExport() {
    }

    /** Writes {@code DIR/README.md} (or the configured name) and returns the file written. */
    public static Path export(Card card, Path dir) throws IOException {
        String name = card.getExportSettings().getReadmeName();
        if (CardFiles.outputNameProblem(name) != null) {
            throw new CardFormatException(dir.toString(), 1, 1, "export: readme_name '" + name + "' must be a plain file name");
        }
        if (!Files.isDirectory(dir)) {
            throw new CardFormatException(dir.toString(), 1, 1, "export: output folder does not exist");
        }
        Path target = dir.resolve(name);
        AtomicWrite.write(target, bytes(card, target.toString()));
        return target;
    }

    /**
     * The README bytes; a line ending forced in the export settings applies to the whole file, and
     * the language links line is added only when the settings ask for it (so an untouched card
     * with default settings still comes back byte for byte).
     */
    public static byte[] bytes(Card card, String fileName) throws CardFormatException {
        String text = new TranslationExport(card).withLanguageLinks(card.write());
        LineEnding forced = card.getExportSettings().getLineEnding();
        if (forced != null) {
            text = forced.denormalize(LineEnding.normalize(text));
        }
        return ReadmeWriter.encode(text, card.getFormat().encoding(), fileName);
    }
}
