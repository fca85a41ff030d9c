package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;

class ReviewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path card(boolean withJapanese) throws Exception {
        String readme = "# Demo\n\nA demo.\n\n## Model Details\n\nSmall.\n\n## Uses\n\nChat.\n\n## Bias\n\nSome.\n";
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "model-details", "## 模型详情\n", "\n很小。\n\n");
        tracker.record("zh", "uses", "## 用途\n", "\n聊天。\n\n");
        if (withJapanese) {
            tracker.record("ja", "uses", "## 用途\n", "\nチャット。\n\n");
        }
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return file;
    }

    private static TranslationStatus status(Path file, String lang, String id) throws Exception {
        return CardSourceFile.read(file).findTranslation(lang).orElseThrow().getSections().get(id).getStatus();
    }

    @Test
    void approvesNamedSectionsInTheFile() throws Exception {
        Path file = card(false);
        assertThat(run("review", file.toString(), "--approve", "uses")).as(err.toString()).isZero();
        assertThat(status(file, "zh", "uses")).isEqualTo(TranslationStatus.APPROVED);
        assertThat(status(file, "zh", "model-details")).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(out.toString()).contains("approved 1 section in zh");
    }

    @Test
    void approvesAllTranslatedOfTheLanguageGiven() throws Exception {
        Path file = card(true);
        assertThat(run("review", file.toString(), "--all-translated", "--language", "zh")).as(err.toString()).isZero();
        assertThat(status(file, "zh", "uses")).isEqualTo(TranslationStatus.APPROVED);
        assertThat(status(file, "zh", "model-details")).isEqualTo(TranslationStatus.APPROVED);
        assertThat(status(file, "ja", "uses")).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void allTranslatedLeavesSectionsUnderReview() throws Exception {
        Path file = card(false);
        Card edited = CardSourceFile.read(file);
        edited.findSection("uses").orElseThrow().setText("\nChat and code.\n\n");
        CardSourceFile.write(edited, file);
        assertThat(run("review", file.toString(), "--all-translated")).as(err.toString()).isZero();
        assertThat(status(file, "zh", "uses")).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status(file, "zh", "model-details")).isEqualTo(TranslationStatus.APPROVED);
    }

    @Test
    void unapproveTakesTheApprovalBack() throws Exception {
        Path file = card(false);
        assertThat(run("review", file.toString(), "--approve", "uses", "model-details")).isZero();
        assertThat(run("review", file.toString(), "--unapprove", "uses")).as(err.toString()).isZero();
        assertThat(status(file, "zh", "uses")).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(status(file, "zh", "model-details")).isEqualTo(TranslationStatus.APPROVED);
    }

    @Test
    void refusesAnUntranslatedOrUnknownSectionAndWritesNothing() throws Exception {
        Path file = card(false);
        byte[] before = Files.readAllBytes(file);
        assertThat(run("review", file.toString(), "--approve", "uses", "bias")).isEqualTo(2);
        assertThat(err.toString()).contains("section 'bias' is not translated into zh");
        assertThat(run("review", file.toString(), "--approve", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no section 'nope'");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void asksForTheLanguageWhenThereAreSeveral() throws Exception {
        Path file = card(true);
        assertThat(run("review", file.toString(), "--approve", "uses")).isEqualTo(2);
        assertThat(err.toString()).contains("zh, ja").contains("--language");
        assertThat(run("review", file.toString(), "--approve", "uses", "--language", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("no translation into 'fr'");
    }

    @Test
    void needsExactlyOneAction() {
        assertThat(run("review", dir.resolve("x.card.yaml").toString())).isEqualTo(2);
    }

    @Test
    void resolvesReviewNotesAndRefusesASectionWithoutOne() throws Exception {
        Path file = card(false);
        Card card = CardSourceFile.read(file);
        card.findTranslation("zh").orElseThrow().getSections().get("uses").setNote("could not find a term for 'mitigation'");
        CardSourceFile.write(card, file);
        byte[] before = Files.readAllBytes(file);

        assertThat(run("review", file.toString(), "--resolve-note", "uses", "model-details")).isEqualTo(2);
        assertThat(err.toString()).contains("section 'model-details' has no review note in zh");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        assertThat(run("review", file.toString(), "--resolve-note", "uses")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("resolved 1 note in zh");
        var uses = CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses");
        assertThat(uses.isNoteResolved()).isTrue();
        assertThat(uses.getNote()).isEqualTo("could not find a term for 'mitigation'");
        assertThat(uses.getStatus()).isEqualTo(TranslationStatus.TRANSLATED); // the translation itself is untouched
    }
}
