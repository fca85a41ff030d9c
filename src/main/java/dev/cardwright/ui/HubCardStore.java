package dev.cardwright.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.yaml.CardSourceFile;

/** The real file layers: README reader and writer, the card source file. */
public final class HubCardStore implements CardStore {
    /** The built-in sample card (a card source with a Simplified Chinese translation). */
    public static final String SAMPLE = "/dev/cardwright/sample/kestrel-notes.card.yaml";

    @Override
    public Card load(Path file) throws IOException {
        return CardSourceFile.isCardSource(file) ? CardSourceFile.read(file) : ReadmeReader.read(file);
    }

    @Override
    public void save(Card card, Path file) throws IOException {
        CardSourceFile.write(card, file);
    }

    @Override
    public String readme(Card card) {
        return card.write();
    }

    @Override
    public void exportReadme(Card card, Path file) throws IOException {
        ReadmeWriter.write(card, file);
    }

    @Override
    public Card newCard(String cardType) throws IOException {
        // TODO(template): render the built-in template once the template branch is merged.
        throw new IOException(Messages.get("error.templatesMissing"));
    }

    @Override
    public Card fromTemplate(Path template) throws IOException {
        throw new IOException(Messages.get("error.templatesMissing"));
    }

    @Override
    public Card sample() throws IOException {
        try (InputStream in = HubCardStore.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("the sample card is missing from the application: " + SAMPLE);
            }
            return CardSourceFile.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "sample");
        }
    }
}
