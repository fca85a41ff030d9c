package dev.cardwright.validate;

import java.nio.charset.StandardCharsets;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;

/** Test helper: a card as the editor holds it (read by the markdown package), to save as a card source. */
final class CardLoaderBridge {
    private CardLoaderBridge() {
    }

    static Card readmeCard(String readme) throws CardFormatException {
        return ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
    }
}
