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

/** Issue 11, Chinese typography as validate diagnostics of a card source's zh translation (CW420–CW424). */
class ChineseTypographyValidateTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path card(String spacing) throws Exception {
        String readme = "# Demo\n\nA demo.\n\n## Uses\n\nChat with GPT and BERT.\n\nCode: `f(x)`.\n";
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "demo", "# 演示\n", "\n一个演示。\n\n");
        tracker.record("zh", "uses", "## 用途\n", "\n与 GPT 和 BERT 聊天,很方便。\n\n代码:`f(x)`。\n");
        tracker.record("ja", "uses", "## 用途\n", "\nGPTとBERTでチャット,便利。\n\nコード:`f(x)`。\n");
        card.findTranslation("zh").orElseThrow().setCjkSpacing(spacing);
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return file;
    }

    private List<JsonNode> typography(Path file, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", file.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString()).path("files").path(0).path("diagnostics")) {
            if (d.path("code").asText().compareTo("CW420") >= 0 && d.path("code").asText().compareTo("CW430") < 0) {
                found.add(d);
            }
        }
        return found;
    }

    @Test
    void halfWidthPunctuationIsFoundAtItsLineAndColumnInTheCardSource() throws Exception {
        Path file = card("");
        List<JsonNode> found = typography(file);
        assertThat(found).extracting(d -> d.path("code").asText()).containsExactly("CW420", "CW420");
        List<String> lines = Files.readAllLines(file);
        for (JsonNode d : found) {
            assertThat(d.path("language").asText()).isEqualTo("zh");
            String line = lines.get(d.path("line").asInt() - 1);
            char at = line.charAt(d.path("column").asInt() - 1);
            assertThat(String.valueOf(at)).isIn(",", ":");
            assertThat(d.path("fix").asText()).isIn("，", "：");
        }
        assertThat(found.get(0).path("message").asText()).isEqualTo("half-width ',' in Chinese text; Chinese takes the full-width '，'");
    }

    @Test
    void theConventionComesFromTheCardSourceOrTheCommandLine() throws Exception {
        Path file = card("nospace");
        assertThat(Files.readString(file)).contains("cjk_spacing: nospace");
        assertThat(typography(file)).extracting(d -> d.path("code").asText()).contains("CW422").doesNotContain("CW421");
        assertThat(typography(file, "--cjk-spacing", "space")).extracting(d -> d.path("code").asText()).doesNotContain("CW421", "CW422");
        assertThat(run("validate", file.toString(), "--cjk-spacing", "some")).isEqualTo(2);
        assertThat(err.toString()).contains("--cjk-spacing must be space or nospace");
        // warnings: --strict fails on them
        assertThat(run("validate", file.toString(), "--strict")).isEqualTo(1);
    }

    @Test
    void typographyMessagesSpeakChineseInTheChineseUi() {
        var rule = dev.cardwright.validate.Rule.ZH_SPACE_INCONSISTENT_MISSING;
        assertThat(rule.message(java.util.Locale.SIMPLIFIED_CHINESE, "T5", 4, 5))
                .isEqualTo("此处中文与 “T5” 之间没有空格，但本节同类位置中有 4 处（共 5 处）加了空格");
    }
}
