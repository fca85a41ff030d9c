package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.SharedCorpus;

/**
 * The validator reads READMEs with its own lean reader ({@link CardLoader}) for speed; the editor
 * reads them with {@link ReadmeReader}. For every corpus card both must find the same front
 * matter (each line at the same line of the file) and the same headings (line and level), or the editor and lint
 * would point at different places of the same file. Titles are not compared: the editor keeps a
 * heading's plain text (inline markup such as {@code `code`} rendered away), the lean reader the
 * raw text, and the validator only uses titles to match the template's headings, case-folded.
 */
class LeanReaderAgreementTest {
    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    /** What both readers must agree on, in a form AssertJ prints readably when they do not. */
    record Shape(List<String> frontMatter, int preambleLine, List<String> headings) {
        static Shape of(CardText t) {
            return new Shape(t.frontMatter() == null ? null : lines(t.frontMatter()), t.preamble().line(),
                    t.sections().stream().flatMap(CardText.SectionText::flatten)
                            .map(s -> s.headingLine() + ": h" + s.level()).toList());
        }

        /**
         * The block's non-blank lines with their line numbers in the file. The readers cut the
         * block differently at its edges (the editor keeps blank lines after the opening fence and
         * the last line break in the YAML, the lean reader leaves them to the fences), which
         * changes neither the YAML nor where its lines are.
         */
        private static List<String> lines(TextBlock block) {
            List<String> out = new java.util.ArrayList<>();
            String[] lines = block.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add((block.line() + i) + ": " + lines[i]);
                }
            }
            return out;
        }
    }

    /**
     * Cards whose text, a line of dashes and then YAML keys, CommonMark reads as a setext heading
     * (the editor shows one at line 1) while the validator keeps the block in the preamble to
     * report it as a misplaced front matter (HeadingScanner.scan with dashesBeforeYaml). The only intended difference.
     */
    private static final java.util.Set<String> MISPLACED_FRONT_MATTER = java.util.Set.of(
            "saranscript_huggingface-models__models_Davlan_bert-base-multilingual-cased-finetuned-wolof_README.md",
            "saranscript_huggingface-models__models_Davlan_xlm-roberta-base-ner-hrl_README.md");

    @ParameterizedTest
    @MethodSource("cards")
    void leanReaderFindsTheSameFrontMatterAndHeadingsAsTheEditor(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        byte[] bytes = Files.readAllBytes(card);
        String name = card.getFileName().toString();
        Card editor = ReadmeReader.read(bytes, name);
        Shape lean = Shape.of(CardLoader.read(bytes, name, null).text());
        Shape expected = Shape.of(CardText.ofReadme(editor, name, null));
        if (MISPLACED_FRONT_MATTER.contains(name)) {
            assertThat(expected.headings()).startsWith("1: h2");
            expected = new Shape(expected.frontMatter(), expected.preambleLine(), expected.headings().subList(1, expected.headings().size()));
        }
        assertThat(lean).isEqualTo(expected);
    }

    /** Small cards bundled with the tests, so the agreement is checked without ../shared too. */
    static Stream<Named<String>> bundled() {
        return Stream.of("no-break-space-before-front-matter.md", "crlf-and-setext.md", "headings-inside-blocks.md",
                "unclosed-front-matter.md", "no-front-matter.md").map(n -> Named.of(n, n));
    }

    private static byte[] bundledBytes(String name) throws IOException {
        try (java.io.InputStream in = LeanReaderAgreementTest.class.getResourceAsStream("agreement/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void leanReaderAgreesWithTheEditorOnTheBundledCards(String name) throws IOException {
        byte[] bytes = bundledBytes(name);
        Shape lean = Shape.of(CardLoader.read(bytes, name, null).text());
        Shape editor = Shape.of(CardText.ofReadme(ReadmeReader.read(bytes, name), name, null));
        assertThat(lean).isEqualTo(editor);
        assertThat(lean.headings()).isNotEmpty();
    }

    /** A card that opens with a no-break space has front matter in the editor and in lint alike (Python's \s takes U+00A0). */
    @org.junit.jupiter.api.Test
    void aNoBreakSpaceBeforeTheOpeningFenceLeavesTheFrontMatterAFrontMatterInBoth() throws IOException {
        String name = "no-break-space-before-front-matter.md";
        byte[] bytes = bundledBytes(name);
        Card editor = ReadmeReader.read(bytes, name);
        CardText lean = CardLoader.read(bytes, name, null).text();
        assertThat(editor.getFrontMatter()).isNotNull();
        assertThat(editor.getFrontMatter().getYaml()).isEqualTo("license: mit\ntags:\n- demo\n");
        assertThat(lean.frontMatter()).isNotNull();
        assertThat(lean.frontMatter().text().strip()).isEqualTo(editor.getFrontMatter().getYaml().strip());
        assertThat(lean.frontMatter().line()).isEqualTo(2);
        assertThat(Shape.of(lean).headings()).containsExactly("6: h1", "10: h2");
    }

    @org.junit.jupiter.api.Test
    void setextTitlesJoinTheParagraphsLinesWithoutTheirIndentation() {
        String readme = "---\nlicense: mit\n---\n  Kestrel\n   Notes  \n=====\ntext\n\nUses\n---\n\n# Plain *ATX*  #\n";
        CardText text = CardLoader.read(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md", null).text();
        assertThat(text.sections()).extracting(CardText.SectionText::title).containsExactly("Kestrel Notes", "Plain *ATX*");
        assertThat(text.sections().get(0).children()).extracting(CardText.SectionText::title, CardText.SectionText::headingLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Uses", 9));
    }
}
