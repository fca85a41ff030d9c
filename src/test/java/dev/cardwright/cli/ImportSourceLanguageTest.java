package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.translate.ChineseSourceCard;
import dev.cardwright.yaml.CardSourceFile;

/** {@code import --translation} against the card's own language, as its {@code language:} metadata gives it. */
class ImportSourceLanguageTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aChineseCardImportsItsEnglishTranslationWithChineseAsTheSource() throws Exception {
        Path zh = Files.writeString(dir.resolve("README.md"), ChineseSourceCard.README);
        Path en = Files.writeString(dir.resolve("README_en.md"), ChineseSourceCard.ENGLISH);
        Path source = dir.resolve("demo.card.yaml");

        assertThat(run("import", zh.toString(), "--translation", "en=" + en, "-o", source.toString())).as(err.toString()).isZero();

        // the Chinese headings are read as Chinese: the glossary pairs 部署 with Deployment, which no
        // template heading alias knows; read as English, 部署 found no partner
        assertThat(err.toString()).contains("en: 6 sections paired, 0 source sections without translation, 1 translated sections without source",
                "en: not paired: ## Training");
        Card card = CardSourceFile.read(source);
        Map<String, String> titles = card.allSections().collect(Collectors.toMap(Section::getId, Section::getTitle));
        Map<String, String> headings = card.findTranslation("en").orElseThrow().getSections().entrySet().stream()
                .filter(e -> titles.containsKey(e.getKey()))
                .collect(Collectors.toMap(e -> titles.get(e.getKey()), e -> headingOf(e.getValue())));
        assertThat(headings).containsEntry("模型详情", "## Model Details").containsEntry("部署", "## Deployment")
                .containsEntry("硬件", "## Hardware").containsEntry("偏差", "## Bias").containsEntry("引用", "## Citation");
    }

    private static String headingOf(TranslatedSection ts) {
        return ts.getHeading().strip();
    }

    @Test
    void aTranslationIntoTheCardsOwnLanguageIsRefusedAndNothingIsWritten() throws Exception {
        Path zh = Files.writeString(dir.resolve("README.md"), ChineseSourceCard.README);
        Path other = Files.writeString(dir.resolve("README_zh.md"), ChineseSourceCard.README.substring(ChineseSourceCard.README.indexOf("# Demo")));
        Path source = dir.resolve("demo.card.yaml");

        assertThat(run("import", zh.toString(), "--translation", "zh-CN=" + other, "-o", source.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(other + ":1:1: the translation's language 'zh-CN' is the card's own"
                + " language ('zh', from its language: metadata); give the language the file is written in");
        assertThat(source).doesNotExist();
    }

    @Test
    void aCardWithoutLanguageMetadataIsTakenAsEnglish() throws Exception {
        Path card = Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n---\n" + ChineseSourceCard.ENGLISH);
        Path en = Files.writeString(dir.resolve("README_en.md"), ChineseSourceCard.ENGLISH);
        Path source = dir.resolve("demo.card.yaml");

        assertThat(run("import", card.toString(), "--translation", "en=" + en, "-o", source.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(en + ":1:1: the translation's language 'en' is the card's own language ('en'");
    }
}
