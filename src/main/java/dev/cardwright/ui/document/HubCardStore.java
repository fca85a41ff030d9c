package dev.cardwright.ui.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.export.CardFiles;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.CardRenderer;
import dev.cardwright.template.SchemaMatcher;
import dev.cardwright.template.TemplateRenderer;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.yaml.CardSourceFile;

/** The real file layers: README reader and writer, the card source file. */
public final class HubCardStore implements CardStore {
    /** The built-in sample card (a card source with a Simplified Chinese translation). */
    public static final String SAMPLE = "/dev/cardwright/sample/kestrel-notes.card.yaml";

    @Override
    public Card load(Path file) throws IOException {
        Card card = CardFiles.load(file);
        // a card source keeps the ids it was saved with: its translations are keyed on them
        return CardSourceFile.isCardSource(file) ? card : matched(card);
    }

    /** Gives an imported card's sections the template schema's ids, so forms and guidance apply. */
    private static Card matched(Card card) {
        SchemaMatcher.match(card, TemplateSchema.forCardType(card.getCardType()));
        return card;
    }

    private java.util.function.BooleanSupplier keepBackups = () -> false;

    @Override
    public void keepBackups(java.util.function.BooleanSupplier keep) {
        this.keepBackups = keep;
    }

    @Override
    public void save(Card card, Path file) throws IOException {
        backUp(file);
        CardSourceFile.write(card, file);
    }

    /** Keeps the version about to be written over as {@code NAME~}, when the user asked for backups. */
    private void backUp(Path file) throws IOException {
        if (keepBackups.getAsBoolean()) {
            dev.cardwright.card.AtomicWrite.keepBackup(file);
        }
    }

    @Override
    public String readme(Card card) {
        return card.write();
    }

    @Override
    public void exportReadme(Card card, Path file) throws IOException {
        // The same bytes as the command line's export; translated READMEs are written beside it.
        backUp(file);
        dev.cardwright.card.AtomicWrite.write(file, dev.cardwright.export.ReadmeExport.bytes(card, file.toString()));
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            new dev.cardwright.export.TranslationExport(card).write(dir);
            writeEvalResults(card, dir);
        }
    }

    /** The {@code .eval_results/*.yaml} files go beside the README too, each as its text (edits are already minimal there). */
    private static void writeEvalResults(Card card, Path dir) throws IOException {
        for (EvalResultsFile f : card.getEvalResultsFiles()) {
            Path target = dir.resolve(f.getPath()).normalize();
            if (!target.startsWith(dir.resolve(EvalResultsFile.FOLDER))) {
                throw new IOException(f.getPath() + ": not a path inside " + EvalResultsFile.FOLDER);
            }
            Files.createDirectories(target.getParent());
            dev.cardwright.card.AtomicWrite.write(target, f.getText().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public Card newCard(String cardType) throws IOException {
        String text = TemplateRenderer.renderDefault(cardType, Map.of(), Map.of());
        return imported(text, cardType);
    }

    @Override
    public Card newCard(dev.cardwright.template.NewCardRequest request) throws IOException {
        Card card = imported(request.render(), request.cardType());
        // the template writes codes ("zh"); the lines then say what a reader wants ("Chinese") and follow the metadata
        dev.cardwright.sync.TextFollowsMetadata.fill(card, request.cardData());
        return card;
    }

    @Override
    public Card fromTemplate(Path template) throws IOException {
        String source = Files.readString(template, StandardCharsets.UTF_8);
        String text = CardRenderer.render("model", source, template.toString(), Map.of(), Map.of());
        return imported(text, "model");
    }

    /** A rendered README goes through the same import as any file (one import path for everything). */
    private static Card imported(String readme, String cardType) throws IOException {
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        card.setCardType(cardType);
        return matched(card);
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
