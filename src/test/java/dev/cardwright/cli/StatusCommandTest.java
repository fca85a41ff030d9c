package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;

class StatusCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path cardWithTranslations() throws Exception {
        String readme = "---\nlicense: mit\n---\n# Demo\n\nA demo.\n\n## Model Details\n\nSmall.\n\n## Uses\n\nChat.\n\n## Bias\n\nSome.\n";
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "model-details", "## 模型详情\n", "\n很小。\n\n");
        tracker.record("zh", "uses", "## 用途\n", "\n聊天。\n\n");
        tracker.approve("zh", "uses");
        tracker.record("zh", "bias", "## 偏差\n", "\n有一些。\n");
        tracker.record("ja", "uses", "## 用途\n", "\nチャット。\n\n");
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        // edit the source in the file, as someone might by hand: the tracker notices on reading
        Card edited = CardSourceFile.read(file);
        Section bias = edited.findSection("bias").orElseThrow();
        bias.setText("\nSome, measured.\n");
        CardSourceFile.write(edited, file);
        return file;
    }

    @Test
    void printsTheJsonContract() throws Exception {
        Path file = cardWithTranslations();
        assertThat(run("status", file.toString(), "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode zh = json.path("languages").path("zh");
        assertThat(zh.path("total").asInt()).isEqualTo(4); // preamble and three sections
        assertThat(zh.path("translated").asInt()).isEqualTo(1);
        assertThat(zh.path("approved").asInt()).isEqualTo(1);
        assertThat(zh.path("needs_review").asInt()).isEqualTo(1); // bias: source edited after translating
        assertThat(zh.path("untranslated").asInt()).isEqualTo(1);
        assertThat(zh.path("characters").path("source").asInt()).isEqualTo(
                "#Demo\nAdemo.##ModelDetailsSmall.##UsesChat.##BiasSome,measured.".replace("\n", "").length());
        assertThat(zh.path("characters").path("done").asInt()).isEqualTo("##ModelDetailsSmall.##UsesChat.".length());
        assertThat(json.path("languages").path("ja").path("translated").asInt()).isEqualTo(1);
        assertThat(json.path("languages").fieldNames()).toIterable().containsExactly("zh", "ja");
    }

    @Test
    void printsATable() throws Exception {
        Path file = cardWithTranslations();
        assertThat(run("status", file.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow())
                .matches("zh\\s+4\\s+1\\s+1\\s+1\\s+1\\s+\\d+/\\d+ \\(\\d+%\\)");
    }

    @Test
    void unreadableInputIsExitTwoWithALocatedLine() throws Exception {
        assertThat(run("status", dir.resolve("missing.card.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(dir.resolve("missing.card.yaml") + ":1:1: ");
        Path bad = dir.resolve("bad.card.yaml");
        Files.writeString(bad, "cardwright: 1\ntranslations: [\n");
        err.getBuffer().setLength(0);
        assertThat(run("status", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*\n");
        assertThat(run("status", "--format", "xml", bad.toString())).isEqualTo(2);
        assertThat(run("status", "--help")).isZero();
    }

    @Test
    void countsOpenReviewNotesAndNamesTheirSections() throws Exception {
        Path file = cardWithTranslations();
        Card card = CardSourceFile.read(file);
        var zh = card.findTranslation("zh").orElseThrow();
        zh.getSections().get("uses").setNote("could not find a term for 'mitigation'");
        zh.getSections().get("bias").setNote("bias: 偏见 or 偏差?");
        zh.getSections().get("model-details").setNote("done");
        zh.getSections().get("model-details").setNoteResolved(true);
        // a note on a section nobody has translated yet counts too
        zh.section("_preamble").setNote("translate the tagline?");
        CardSourceFile.write(card, file);

        assertThat(run("status", file.toString(), "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("languages").path("zh").path("open_notes").asInt()).isEqualTo(3);
        assertThat(json.path("languages").path("ja").path("open_notes").asInt()).isZero();
        assertThat(json.path("languages").path("zh").path("translated").isInt()).isTrue(); // the rest is as it was

        out.getBuffer().setLength(0);
        assertThat(run("status", file.toString())).isZero();
        assertThat(out.toString()).contains("zh: 3 open notes (uses, bias, _preamble)").doesNotContain("ja: ");
        // and the untranslated entry that holds a note exports nothing of it
        Path export = dir.resolve("out");
        assertThat(run("export", file.toString(), "-o", export.toString())).isZero();
        assertThat(Files.readString(export.resolve("README_zh.md"))).doesNotContain("tagline").doesNotContain("mitigation");
    }
}
