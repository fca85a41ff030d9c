package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;

/** Issue 11: {@code validate NAME.card.yaml} reports each translation's state and findings as CW4xx diagnostics with a language. */
class ValidateTranslationsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        return CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path card() throws Exception {
        String readme = "---\nlicense: mit\n---\n# Demo\n\n## Training Data\n\nTrained on 3.5 trillion tokens from allenai/c4.\n\n"
                + "## Uses\n\nChat.\n\n## Evaluation\n\n| task | score |\n|---|---|\n| a | 26% |\n\n## Citation\n\nNone.\n";
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "training-data", "## 训练数据\n", "\n在来自 allenai/c4 的 3.4 万亿个词元上训练。\n\n");
        tracker.record("zh", "uses", "## 用途\n", "\n聊天。\n\n");
        tracker.record("zh", "evaluation", "## 评估\n", "\n| 任务 | 分数 |\n|---|---|\n| a | 26％ |\n\n");
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        Card edited = CardSourceFile.read(file);
        edited.findSection("uses").orElseThrow().setText("\nChat and code.\n\n");
        CardSourceFile.write(edited, file);
        return file;
    }

    @Test
    void jsonListsUntranslatedReviewAndFactFindingsPerLanguage() throws Exception {
        Path file = card();
        assertThat(run("validate", file.toString(), "--format", "json")).as(err.toString()).isZero();
        JsonNode diagnostics = new ObjectMapper().readTree(out.toString()).path("files").path(0).path("diagnostics");
        List<String> seen = new ArrayList<>();
        for (JsonNode d : diagnostics) {
            if (d.path("code").asText().startsWith("CW4")) {
                assertThat(d.path("language").asText()).isEqualTo("zh");
                seen.add(d.path("code").asText() + " " + d.path("severity").asText() + " " + d.path("message").asText());
            } else {
                assertThat(d.has("language")).isFalse();
            }
        }
        assertThat(seen).contains(
                "CW401 info section \"Demo\" is not translated into zh",
                "CW401 info section \"Citation\" is not translated into zh",
                "CW402 warning the zh translation of section \"Uses\" needs review",
                "CW411 warning the source says 3.5 trillion; the translation says 3.4 万亿");
        assertThat(seen).noneMatch(s -> s.contains("26%")); // 26％ is the same number
        assertThat(seen).noneMatch(s -> s.startsWith("CW404"));
        // the finding is at the translated line in the card source
        String[] lines = Files.readString(file).split("\n", -1);
        JsonNode fact = null;
        for (JsonNode d : diagnostics) {
            if (d.path("code").asText().equals("CW411")) {
                fact = d;
            }
        }
        assertThat(lines[fact.path("line").asInt() - 1]).contains("3.4 万亿");
    }

    @Test
    void strictTurnsTranslationWarningsIntoErrors() throws Exception {
        Path file = card();
        assertThat(run("validate", file.toString(), "--strict")).isEqualTo(1);
        assertThat(out.toString()).contains(": error CW411 the source says 3.5 trillion; the translation says 3.4 万亿")
                .contains(": info CW401 section \"Demo\" is not translated into zh");
    }

    @Test
    void aReadmeHasNoTranslationDiagnostics() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n---\n# Demo\n\nSmall.\n");
        assertThat(run("validate", readme.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).doesNotContain("CW4");
    }
}
