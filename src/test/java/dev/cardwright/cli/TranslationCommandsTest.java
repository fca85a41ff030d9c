package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.yaml.CardSourceFile;

/** {@code import --translation}, {@code status} and {@code export} of translations, end to end. */
class TranslationCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static final String EN = """
            ---
            license: mit
            ---
            # Demo

            ## Model Details

            Developed by the demo team.

            ## Uses

            Chat.

            ## Training

            On field notes.

            ## Citation

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;

    private static final String ZH = """
            # Demo

            ## 模型详情

            由演示团队开发。

            ## 用途

            聊天。

            ### 局限性

            仅在中文里有的一节。

            ## 引用

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;

    @Test
    void importPairsTheTranslationThenStatusAndExportUseIt() throws Exception {
        Path en = Files.writeString(dir.resolve("README.md"), EN);
        Path zh = Files.writeString(dir.resolve("README_zh.md"), ZH);
        Path source = dir.resolve("demo.card.yaml");

        assertThat(run("import", en.toString(), "--translation", "zh=" + zh, "-o", source.toString())).as(err.toString()).isZero();

        assertThat(err.toString()).contains(
                "zh: 4 sections paired, 1 source sections without translation, 1 translated sections without source",
                "zh: untranslated: ## Training", "zh: not paired: ### 局限性 (kept in 'uses')");
        Card card = CardSourceFile.read(source);
        assertThat(card.findTranslation("zh").orElseThrow().getSections().values())
                .allSatisfy(ts -> assertThat(ts.getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW));

        out.getBuffer().setLength(0);
        assertThat(run("status", source.toString(), "--format", "json")).isZero();
        JsonNode zhStatus = new ObjectMapper().readTree(out.toString()).path("languages").path("zh");
        assertThat(zhStatus.path("total").asInt()).isEqualTo(5);
        assertThat(zhStatus.path("needs_review").asInt()).isEqualTo(4);
        assertThat(zhStatus.path("untranslated").asInt()).isEqualTo(1);

        Path outDir = dir.resolve("out");
        assertThat(run("export", source.toString(), "-o", outDir.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(outDir.resolve("README.md"))).isEqualTo(EN);
        String exported = Files.readString(outDir.resolve("README_zh.md"));
        assertThat(exported).doesNotContain("license: mit").contains("## 模型详情", "## 用途\n\n聊天。\n\n### 局限性", "## Training\n\nOn field notes.", "## 引用");
    }

    @Test
    void exportNamesTranslationsLinksLanguagesAndWritesABilingualReadme() throws Exception {
        Path en = Files.writeString(dir.resolve("README.md"), EN);
        Path zh = Files.writeString(dir.resolve("README_zh.md"), ZH);
        Path source = dir.resolve("demo.card.yaml");
        assertThat(run("import", en.toString(), "--translation", "zh=" + zh, "-o", source.toString())).as(err.toString()).isZero();

        Path outDir = Files.createDirectory(dir.resolve("named"));
        assertThat(run("export", source.toString(), "-o", outDir.toString(), "--naming", "README_CN.md",
                "--language-links", "--bilingual", "zh")).as(err.toString()).isZero();

        String readme = Files.readString(outDir.resolve("README.md"));
        assertThat(readme).startsWith("---\nlicense: mit\n---\n**English** | [简体中文](README_CN.md)\n\n# Demo\n");
        assertThat(readme.replace("**English** | [简体中文](README_CN.md)\n\n", "")).isEqualTo(EN);
        assertThat(Files.readString(outDir.resolve("README_CN.md")))
                .startsWith("[English](README.md) | **简体中文**\n\n").contains("## 模型详情");
        assertThat(outDir.resolve("README_zh.md")).doesNotExist();
        assertThat(Files.readString(outDir.resolve("README_bilingual.md")))
                .startsWith("---\nlicense: mit\n---\n").contains("## 模型详情 (Model Details)", "由演示团队开发。", "Developed by the demo team.");
    }

    @Test
    void bilingualExportOfAMissingLanguageIsExitTwo() throws Exception {
        Path en = Files.writeString(dir.resolve("README.md"), EN);
        assertThat(run("export", en.toString(), "-o", dir.toString(), "--bilingual", "ja")).isEqualTo(2);
        assertThat(err.toString()).contains(":1:1: --bilingual: the card has no translation 'ja'");
        assertThat(dir.resolve("README_bilingual.md")).doesNotExist();
    }

    @Test
    void badTranslationArgumentsAreExitTwo() throws Exception {
        Path en = Files.writeString(dir.resolve("README.md"), EN);
        Path source = dir.resolve("demo.card.yaml");
        assertThat(run("import", en.toString(), "--translation", "README_zh.md", "-o", source.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--translation expects LANG=FILE");
        err.getBuffer().setLength(0);
        assertThat(run("import", en.toString(), "--translation", "zh=" + dir.resolve("missing.md"), "-o", source.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith(dir.resolve("missing.md") + ":1:1: ");
        assertThat(source).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"cn, zh", "zh_CN, zh-CN", "chinese, zh"})
    void unknownLanguageTagsAreRefusedWithASuggestion(String typed, String meant) throws Exception {
        Path en = Files.writeString(dir.resolve("README.md"), EN);
        Path zh = Files.writeString(dir.resolve("README_zh.md"), "# 演示\n");
        Path source = dir.resolve("demo.card.yaml");
        assertThat(run("import", en.toString(), "--translation", typed + "=" + zh, "-o", source.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean '" + meant + "'?");
        assertThat(source).doesNotExist();
    }
}
