package dev.cardwright.translate;

import java.nio.charset.StandardCharsets;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;

/** README text → Card through the real reader, for tests written as text blocks. */
final class Readmes {
    private Readmes() {
    }

    static Card parse(String text) {
        try {
            return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
        } catch (CardFormatException e) {
            throw new IllegalArgumentException(e.located(), e);
        }
    }
}
