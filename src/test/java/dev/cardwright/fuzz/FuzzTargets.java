package dev.cardwright.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Section;
import dev.cardwright.export.HtmlExport;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.render.MarkdownRenderer;
import dev.cardwright.template.CardRenderer;
import dev.cardwright.validate.CardValidator;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.CardSourceFile;
import dev.cardwright.yaml.MetadataEditException;

/**
 * What one fuzz input goes through, each the way the command line and editor use it. A documented
 * refusal ({@link CardFormatException}, or {@link MetadataEditException} from {@code set}) is a
 * pass; any other throwable, or a broken promise (a README that does not come back byte for byte,
 * a {@code set} whose value cannot be read back), is thrown as a finding.
 */
final class FuzzTargets {
    private static final CardValidator VALIDATOR = new CardValidator();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private FuzzTargets() {
    }

    /** A broken promise (as opposed to a crash). */
    static final class Broken extends RuntimeException {
        Broken(String message) {
            super(message);
        }
    }

    /** import, round trip, card-source round trip, validate, set, export (README and HTML), preview. */
    static void readme(byte[] bytes) throws Exception {
        Card card;
        try {
            card = ReadmeReader.read(bytes, "README.md");
        } catch (CardFormatException refused) {
            return;
        }
        byte[] back = ReadmeWriter.toBytes(card);
        if (!Arrays.equals(back, bytes)) {
            throw new Broken("import then export is not byte-identical (" + bytes.length + " bytes in, " + back.length + " out)");
        }
        String source = CardSourceFile.toYaml(card);
        Card again = CardSourceFile.parse(source, "card.yaml");
        if (!Arrays.equals(ReadmeWriter.toBytes(again), bytes)) {
            throw new Broken("README -> card source -> README is not byte-identical");
        }
        VALIDATOR.validate(card, "README.md", null);
        HtmlExport.toHtml(card);
        for (Section s : (Iterable<Section>) card.allSections()::iterator) {
            RENDERER.render(s.getText());
        }
        set(card);
    }

    private static void set(Card card) throws Exception {
        try {
            CardMetadata.update(card, "license", "mit");
            CardMetadata.update(card, "tags", List.of("fuzz", "no"));
        } catch (MetadataEditException refused) {
            return;
        }
        byte[] written;
        try {
            written = ReadmeWriter.toBytes(card);
        } catch (CardFormatException refused) {
            return; // e.g. the text no longer fits the file's encoding
        }
        Card reread = ReadmeReader.read(written, "README.md");
        Map<String, Object> meta = CardMetadata.read(reread);
        if (!"mit".equals(meta.get("license")) || !Objects.equals(List.of("fuzz", "no"), meta.get("tags"))) {
            throw new Broken("after set, the file reads back license=" + meta.get("license") + " tags=" + meta.get("tags"));
        }
    }

    /** A card source's text: parse, write, export. */
    static void cardSource(byte[] bytes) throws Exception {
        Card card;
        try {
            card = CardSourceFile.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "a.card.yaml");
        } catch (CardFormatException refused) {
            return;
        }
        String yaml = CardSourceFile.toYaml(card);
        CardSourceFile.parse(yaml, "a.card.yaml");
        try {
            ReadmeWriter.toBytes(card);
        } catch (CardFormatException refused) {
            return;
        }
        VALIDATOR.validate(card, "a.card.yaml", null);
        HtmlExport.toHtml(card);
    }

    /** A template through {@code render}, with the values of a typical model card. */
    static void template(String template) throws Exception {
        try {
            CardRenderer.render("model", template, "t.md",
                    Map.of("license", "mit", "language", List.of("en", "zh"), "tags", List.of("a", "b")),
                    Map.of("model_id", "org/model", "n", 3, "items", List.of(1, 2, 3)));
        } catch (CardFormatException refused) {
            // documented: a template Jinjava cannot parse or run
        }
    }
}
