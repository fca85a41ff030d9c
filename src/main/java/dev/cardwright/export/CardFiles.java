package dev.cardwright.export;

import java.io.IOException;
import java.nio.file.Path;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Opens either kind of card file: a card source ({@code *.card.yaml}, {@code *.card.yml}) or a
 * README. The one place that decides how a card file is read, for the command line and the editor.
 */
public final class CardFiles {
    private CardFiles() {
    }

    public static Card load(Path file) throws IOException {
        return CardSourceFile.isCardSource(file) ? CardSourceFile.read(file) : ReadmeReader.read(file);
    }
}
