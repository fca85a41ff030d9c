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
 * matter (text and first line) and the same headings (line and level), or the editor and lint
 * would point at different places of the same file. Titles are not compared: the editor keeps a
 * heading's plain text (inline markup such as {@code `code`} rendered away), the lean reader the
 * raw text, and the validator only uses titles to match the template's headings, case-folded.
 */
class LeanReaderAgreementTest {
    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    /** What both readers must agree on, in a form AssertJ prints readably when they do not. */
    record Shape(Integer frontMatterLine, String frontMatter, int preambleLine, List<String> headings) {
        static Shape of(CardText t) {
            return new Shape(t.frontMatter() == null ? null : t.frontMatter().line(),
                    t.frontMatter() == null ? null : t.frontMatter().text(), t.preamble().line(),
                    t.sections().stream().flatMap(CardText.SectionText::flatten)
                            .map(s -> s.headingLine() + ": h" + s.level()).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("cards")
    void leanReaderFindsTheSameFrontMatterAndHeadingsAsTheEditor(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        byte[] bytes = Files.readAllBytes(card);
        String name = card.getFileName().toString();
        Card editor = ReadmeReader.read(bytes, name);
        CardText lean = CardLoader.read(bytes, name, null).text();
        assertThat(Shape.of(lean)).isEqualTo(Shape.of(CardText.ofReadme(editor, name, null)));
    }
}
