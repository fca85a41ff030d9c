package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;

class CardSourceFileTest {

    private static Card readme(String text) throws CardFormatException {
        return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    @Test
    void writesReadableYamlWithLiteralBlocks() throws Exception {
        String yaml = CardSourceFile.toYaml(readme("---\nlicense: mit\ntags:\n- a\n---\nIntro\n\n# Model\n\nLine one\nLine two\n"));
        assertThat(yaml).contains("cardwright: 1\n", "card_type: model\n", "  encoding: utf-8\n", "  line_ending: lf\n");
        assertThat(yaml).contains("  yaml: |\n    license: mit\n    tags:\n    - a\n");
        assertThat(yaml).contains("preamble: |+\n  Intro\n\n");
        assertThat(yaml).contains("  - id: model\n    level: 1\n    title: Model\n    heading: \"# Model\\n\"\n    text: |\n\n      Line one\n      Line two\n");
        assertThat(yaml).doesNotContain("_raw");
    }

    @Test
    void fallsBackToDoubleQuotesForTabsTrailingSpacesAndControlCharacters() throws Exception {
        Card card = readme("# A\nhard break  \n\tindented\nbell \u0007\n");
        String yaml = CardSourceFile.toYaml(card);
        assertThat(yaml).contains("    text: \"hard break  \\n\\\n      \\tindented\\n\\\n      bell \\x07\\n\"\n");
        assertThat(CardSourceFile.parse(yaml, "x").getSections().get(0).getText()).isEqualTo(card.getSections().get(0).getText());
    }

    @Test
    void usesAnIndentationIndicatorWhenTextStartsWithSpaces() throws Exception {
        Card card = readme("# A\n    code\nafter\n");
        String yaml = CardSourceFile.toYaml(card);
        assertThat(yaml).contains("text: |2\n");
        assertThat(CardSourceFile.parse(yaml, "x").getSections().get(0).getText()).isEqualTo("    code\nafter\n");
    }

    @Test
    void keepsTheOriginalOfPiecesWithMixedLineEndings() throws Exception {
        byte[] bytes = "# A\r\none\ntwo\r\n# B\r\nthree\r\n".getBytes(StandardCharsets.UTF_8);
        Card card = ReadmeReader.read(bytes, "x");
        String yaml = CardSourceFile.toYaml(card);
        assertThat(yaml).contains("  line_ending: crlf\n").contains("    text_raw: \"one\\n\\\n      two\\r\\n\"\n");
        assertThat(yaml).containsOnlyOnce("_raw");
        assertThat(ReadmeWriter.toBytes(CardSourceFile.parse(yaml, "x"))).isEqualTo(bytes);
    }

    @Test
    void ignoresAStoredOriginalOnceTheTextWasEditedByHand() throws Exception {
        byte[] bytes = "# A\r\none\ntwo\r\n".getBytes(StandardCharsets.UTF_8);
        String yaml = CardSourceFile.toYaml(ReadmeReader.read(bytes, "x"));
        assertThat(yaml).contains("    text: |\n      one\n      two\n");
        Card card = CardSourceFile.parse(yaml.replace("      two\n", "      zwei\n"), "x");
        assertThat(card.getSections().get(0).getText()).isEqualTo("one\nzwei\n");
        assertThat(card.write()).isEqualTo("# A\r\none\r\nzwei\r\n");
    }

    @Test
    void writesAndReadsTranslationsAndExportSettings() throws Exception {
        Card card = readme("# Model Details\ntext\n");
        Translation zh = new Translation("zh-CN");
        TranslatedSection ts = zh.section("model-details");
        ts.setHeading("# 模型详情\n");
        ts.setText("文本\n第二行\n");
        ts.setSourceFingerprint("sha256:abc");
        ts.setSourceText("text\n");
        ts.setStatus(TranslationStatus.NEEDS_REVIEW);
        zh.section(Translation.PREAMBLE_ID).setStatus(TranslationStatus.UNTRANSLATED);
        card.getTranslations().add(zh);
        card.getExportSettings().setReadmeName("MODEL.md");
        card.getExportSettings().setTranslationNaming("README.{lang}.md");
        card.getExportSettings().setLanguageLinks(true);
        card.getExportSettings().setLineEnding(LineEnding.CRLF);
        card.setCardType("dataset");

        Card back = CardSourceFile.parse(CardSourceFile.toYaml(card), "x.card.yaml");
        assertThat(back.getCardType()).isEqualTo("dataset");
        Translation t = back.findTranslation("zh-CN").orElseThrow();
        assertThat(t.getSections().keySet()).containsExactly("model-details", "_preamble");
        TranslatedSection b = t.getSections().get("model-details");
        assertThat(b.getHeading()).isEqualTo("# 模型详情\n");
        assertThat(b.getText()).isEqualTo("文本\n第二行\n");
        assertThat(b.getSourceFingerprint()).isEqualTo("sha256:abc");
        assertThat(b.getSourceText()).isEqualTo("text\n");
        assertThat(b.getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(back.getExportSettings().getReadmeName()).isEqualTo("MODEL.md");
        assertThat(back.getExportSettings().getTranslationNaming()).isEqualTo("README.{lang}.md");
        assertThat(back.getExportSettings().isLanguageLinks()).isTrue();
        assertThat(back.getExportSettings().getLineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(CardSourceFile.toYaml(back)).isEqualTo(CardSourceFile.toYaml(card));
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** Strings built from the characters that trip YAML emitters must all read back exactly. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTextSurvivesTheCardSource(int seed) throws Exception {
        Random random = new Random(seed);
        String[] alphabet = {"a", "Z", " ", "  ", "\t", "\n", "\n\n", "\r", "#", ": ", " #", "\"", "'", "\\", "|", ">", "-", "---",
                "...", "- ", "?", "é", "中", "😀", "\u0085", "\u2028", "\uFEFF", "\u0001", "\u007F", "{{ x }}", "*", "&a", "!t", "%", "@", "`"};
        Card card = new Card();
        Section section = new Section(random(random, alphabet).strip() + "id", 2, random(random, alphabet),
                random(random, alphabet), random(random, alphabet));
        card.getSections().add(section);
        card.setPreamble(random(random, alphabet));
        card.setPrefix(random(random, alphabet));
        Translation t = new Translation("zh");
        t.section(section.getId()).setText(random(random, alphabet));
        card.getTranslations().add(t);

        Card back = CardSourceFile.parse(CardSourceFile.toYaml(card), "x");
        Section s = back.getSections().get(0);
        assertThat(s.getId()).isEqualTo(section.getId());
        assertThat(s.getHeading()).isEqualTo(section.getHeading());
        assertThat(s.getTitle()).isEqualTo(section.getTitle());
        assertThat(s.getText()).isEqualTo(section.getText());
        assertThat(back.getPreamble()).isEqualTo(card.getPreamble());
        assertThat(back.getPrefix()).isEqualTo(card.getPrefix());
        assertThat(back.getTranslations().get(0).getSections().get(section.getId()).getText())
                .isEqualTo(t.getSections().get(section.getId()).getText());
    }

    private static String random(Random random, String[] alphabet) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            out.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return out.toString();
    }

    @Test
    void reportsYamlErrorsWithLineAndColumn() {
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 1\nsections:\n  - id: [\n", "a.card.yaml"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("a.card.yaml");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith("not valid YAML");
                });
    }

    @Test
    void reportsUnknownKeysWhereTheyAre() {
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 1\nsections:\n  - id: a\n    txt: hello\n", "a.card.yaml"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.located()).startsWith("a.card.yaml:4:5: unknown key 'txt'");
                });
    }

    @Test
    void refusesFilesThatAreNotCardSources() {
        assertThatThrownBy(() -> CardSourceFile.parse("license: mit\n", "a.card.yaml")).hasMessageContaining("'cardwright: 1' is missing");
        assertThatThrownBy(() -> CardSourceFile.parse("", "a.card.yaml")).hasMessageContaining("empty file");
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 2\n", "a.card.yaml"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).startsWith("a.card.yaml:1:13: card source format 2"));
        assertThatThrownBy(() -> CardSourceFile.parse("- a\n", "a.card.yaml")).hasMessageContaining("must be a mapping");
    }

    @Test
    void refusesDuplicateSectionIdsAndBadValues() {
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 1\nsections:\n  - id: a\n  - id: a\n", "x"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).startsWith("x:4:9: section id 'a' is used twice"));
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 1\nreadme:\n  encoding: latin-1\n", "x"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).startsWith("x:3:13: unknown encoding"));
        assertThatThrownBy(() -> CardSourceFile.parse("cardwright: 1\nsections:\n  - id: a\n    level: 9\n", "x"))
                .hasMessageContaining("level must be 1 to 6");
    }
}
