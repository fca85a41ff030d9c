package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.card.FileFormat;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.TextEncoding;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;

class TranslationExportTest {
    private Card card;

    @BeforeEach
    void card() {
        card = new Card();
        card.setFrontMatter(FrontMatter.read("---\n", "license: apache-2.0\n", "---\n"));
        card.setPreamble("# Demo\n\nA demo model.\n\n");
        Section details = new Section("model-details", 2, "## Model Details\n", "Model Details",
                "\nDeveloped by the demo team.\n\nIt is small.\n\n");
        Section uses = new Section("uses", 2, "## Uses\n", "Uses",
                "\nLoad it:\n\n```python\nload(\"demo/demo-1b\")\n\nrun()\n```\n\n");
        Section bias = new Section("bias", 2, "## Bias\n", "Bias", "Unknown.\n");
        card.getSections().addAll(details, uses, bias);
        Translation zh = new Translation("zh");
        put(zh, Translation.PREAMBLE_ID, "", "# 演示\n\n一个演示模型。\n\n", TranslationStatus.TRANSLATED);
        put(zh, "model-details", "## 模型详情\n", "\n由演示团队开发。\n\n它很小。\n\n", TranslationStatus.TRANSLATED);
        put(zh, "uses", "用途", "\n加载：\n\n```python\nload(\"demo/demo-1b\")\n\nrun()\n```\n\n", TranslationStatus.NEEDS_REVIEW);
        put(zh, "gone", "## 旧节\n", "源里已经没有了。\n", TranslationStatus.TRANSLATED);
        card.getTranslations().add(zh);
    }

    private static void put(Translation t, String id, String heading, String text, TranslationStatus status) {
        TranslatedSection ts = t.section(id);
        ts.setHeading(heading);
        ts.setText(text);
        ts.setStatus(status);
    }

    @Test
    void namesFilesByEachScheme() {
        assertThat(TranslationNaming.fileName(TranslationNaming.UNDERSCORE.pattern(), "zh")).isEqualTo("README_zh.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.UNDERSCORE.pattern(), "zh-CN")).isEqualTo("README_zh-CN.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.REGION.pattern(), "zh")).isEqualTo("README_CN.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.REGION.pattern(), "zh-Hant")).isEqualTo("README_TW.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.REGION.pattern(), "ja")).isEqualTo("README_JP.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.LANGUAGE_REGION.pattern(), "zh")).isEqualTo("README_zh-CN.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.LANGUAGE_REGION.pattern(), "zh-SG")).isEqualTo("README_zh-SG.md");
        assertThat(TranslationNaming.fileName(TranslationNaming.DOT.pattern(), "zh")).isEqualTo("README.zh.md");
        assertThat(TranslationNaming.fileName("docs/README_{LANG}.md".substring(5), "ja")).isEqualTo("README_JA.md");
        assertThatThrownBy(() -> TranslationNaming.fileName("../{lang}.md", "zh")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TranslationNaming.ofPattern("README_{REGION}.md")).isEqualTo(TranslationNaming.REGION);
    }

    @Test
    void translatedReadmeHasNoFrontMatterAndFallsBackToTheSource() {
        String zh = new TranslationExport(card).translatedReadme(card.getTranslations().get(0));
        assertThat(zh).isEqualTo("""
                # 演示

                一个演示模型。

                ## 模型详情

                由演示团队开发。

                它很小。

                ## 用途

                加载：

                ```python
                load("demo/demo-1b")

                run()
                ```

                ## Bias
                Unknown.
                """);
    }

    @Test
    void languageLinksOnEveryFile() {
        card.getExportSettings().setLanguageLinks(true);
        card.getExportSettings().setTranslationNaming(TranslationNaming.REGION.pattern());
        card.getTranslations().add(new Translation("ja"));
        TranslationExport export = new TranslationExport(card);
        assertThat(export.files()).containsOnlyKeys("README_CN.md", "README_JP.md");
        assertThat(export.files().get("README_CN.md")).startsWith(
                "[English](README.md) | **简体中文** | [日本語](README_JP.md)\n\n# 演示\n");
        String readme = card.write();
        assertThat(export.withLanguageLinks(readme)).isEqualTo(
                "---\nlicense: apache-2.0\n---\n**English** | [简体中文](README_CN.md) | [日本語](README_JP.md)\n\n# Demo\n"
                        + readme.substring(readme.indexOf("\nA demo")));
    }

    @Test
    void linksGoAfterTheFrontMatterWhateverTheLineEnding() {
        card.getExportSettings().setLanguageLinks(true);
        card.setFormat(new FileFormat(TextEncoding.UTF_8, LineEnding.CRLF));
        card.setFrontMatter(FrontMatter.read("---\r\n", "license: apache-2.0\r\n", "---\r\n"));
        String readme = card.write();
        assertThat(readme).startsWith("---\r\nlicense: apache-2.0\r\n---\r\n# Demo");
        assertThat(new TranslationExport(card).withLanguageLinks(readme))
                .startsWith("---\r\nlicense: apache-2.0\r\n---\r\n**English** | [简体中文](README_zh.md)\r\n\r\n# Demo\r\n");
        assertThat(new TranslationExport(card).translatedReadme(card.getTranslations().get(0))).contains("## 模型详情\r\n\r\n由演示");
    }

    @Test
    void twoTranslationsWithOneNameAreRefused() {
        card.getExportSettings().setTranslationNaming(TranslationNaming.REGION.pattern());
        card.getTranslations().add(new Translation("zh-CN"));
        assertThatThrownBy(() -> new TranslationExport(card).files()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("README_CN.md");
    }

    @Test
    void bilingualReadmeInterleavesParagraphs() {
        String both = new TranslationExport(card).bilingualReadme(card.getTranslations().get(0));
        assertThat(both).isEqualTo("""
                ---
                license: apache-2.0
                ---
                # 演示

                # Demo

                一个演示模型。

                A demo model.

                ## 模型详情 (Model Details)

                由演示团队开发。

                Developed by the demo team.

                它很小。

                It is small.

                ## 用途 (Uses)

                加载：

                Load it:

                ```python
                load("demo/demo-1b")

                run()
                ```

                ## Bias
                Unknown.
                """);
    }

    @Test
    void writesUtf8FilesAtomically(@TempDir Path dir) throws Exception {
        card.getExportSettings().setTranslationNaming(TranslationNaming.DOT.pattern());
        assertThat(new TranslationExport(card).write(dir)).containsExactly(dir.resolve("README.zh.md"));
        byte[] bytes = Files.readAllBytes(dir.resolve("README.zh.md"));
        assertThat(bytes[0]).isEqualTo((byte) '#'); // no BOM
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("它很小。");
    }
}
