package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.yaml.CardSourceFile;

/** A card source file is validated in place: diagnostics point into the .card.yaml, not into the README it would export. */
class CardSourceValidationTest {

    @Test
    void diagnosticsPointIntoTheLiteralBlocksOfTheCardSource(@TempDir Path dir) throws IOException {
        String readme = "---\nlicense: mit\nlanguage:\n- no\n---\n# Model card\n\nSome text [More Information Needed]\n\n"
                + "## Uses\n\n- **Language(s):** ['zh', 'en']\n";
        Card card = CardLoaderBridge.readmeCard(readme);
        Path source = dir.resolve("model.card.yaml");
        Files.writeString(source, CardSourceFile.toYaml(card), StandardCharsets.UTF_8);
        String[] lines = Files.readString(source).split("\n", -1);

        CardLoader.Loaded loaded = CardLoader.load(source, "model.card.yaml");
        ValidationResult r = new CardValidator().validate(loaded.text(), loaded.cardType());

        Diagnostic trap = Check.first(r, "CW010");
        assertThat(lines[trap.line() - 1].substring(trap.column() - 1)).isEqualTo("- no".substring(2));
        Diagnostic placeholder = Check.first(r, "CW301");
        assertThat(lines[placeholder.line() - 1].substring(placeholder.column() - 1)).startsWith("[More Information Needed]");
        Diagnostic repr = Check.first(r, "CW303");
        assertThat(lines[repr.line() - 1].substring(repr.column() - 1)).isEqualTo("['zh', 'en']");
    }

    @Test
    void aBrokenCardSourceIsUnreadableNotACrash(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("bad.card.yaml");
        Files.writeString(source, "cardwright: 1\nsections: {oops\n");
        ValidationRun.Outcome outcome = new ValidationRun(new CardValidator())
                .run(java.util.List.of(source), java.util.List.of("bad.card.yaml"), n -> { });
        assertThat(outcome.results()).isEmpty();
        assertThat(outcome.unreadable()).singleElement().asString().startsWith("bad.card.yaml:");
    }
}
