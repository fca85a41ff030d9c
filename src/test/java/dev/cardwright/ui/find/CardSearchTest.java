package dev.cardwright.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;

/** Finding and replacing in a card's metadata values and section texts, without the toolkit. */
class CardSearchTest {
    private static Card card(String readme) throws Exception {
        return ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    @Test
    void findsValuesButNeverKeysHeadingsOrBlockScalars() throws Exception {
        Card c = card("---\nmodel: model\nlist:\n- 'model x'\n- \"a model\"\nblock: |\n  model\n---\n\n# model\n\nA model.\n");
        List<CardSearch.Match> found = CardSearch.find(c, "model", true);
        assertThat(found).hasSize(4);
        assertThat(found.subList(0, 3)).allMatch(CardSearch.Match::inMetadata);
        assertThat(found.get(0).value().key()).isEqualTo("model");
        assertThat(found.get(1).value().key()).isEqualTo("list");
        assertThat(found.get(3).section().getTitle()).isEqualTo("model");
        assertThat(CardSearch.find(c, "MODEL", true)).isEmpty();
        assertThat(CardSearch.find(c, "MODEL", false)).hasSize(4);
    }

    @Test
    void replaceAllKeepsEverythingElseByteForByteAndQuotedValuesQuoted() throws Exception {
        Card c = card("---\n# a comment\nname: Foo Foo  # trailing\nlist: ['Foo', \"x Foo\"]\n---\n\n# T\n\nFoo and foo.\n");
        int n = CardSearch.replaceAll(c, "Foo", true, "Bar");
        assertThat(n).isEqualTo(5);
        assertThat(c.write()).isEqualTo("---\n# a comment\nname: Bar Bar  # trailing\nlist: ['Bar', \"x Bar\"]\n---\n\n# T\n\nBar and foo.\n");
    }

    @Test
    void refusesAReplacementThatChangesWhatTheYamlMeans() throws Exception {
        String readme = "---\nname: Foo\nquoted: 'Foo'\n---\n\n# T\n\nFoo\n";
        Card c = card(readme);
        // a colon is fine inside quotes, not in a plain value
        assertThat(CardSearch.replaceAll(c, "Foo", true, "a: b")).isEqualTo(2);
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("name: Foo\nquoted: 'a: b'\n");
        Card d = card(readme);
        assertThat(CardSearch.replaceAll(d, "Foo", true, "it's")).isEqualTo(2); // a quote breaks only the quoted value
        assertThat(d.getFrontMatter().getYaml()).isEqualTo("name: it's\nquoted: 'Foo'\n");
    }

    /** Replace All in section texts is the same as String.replace, for random texts and words. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void replaceAllInTextsAgreesWithStringReplace(long seed) throws Exception {
        Random r = new Random(seed);
        String[] words = {"ab", "a", "b", "abab", " ", "\n", "Ab", "ba"};
        StringBuilder body = new StringBuilder("---\nlicense: mit\n---\n\n# Title\n\n");
        for (int i = 0; i < 60; i++) {
            body.append(words[r.nextInt(words.length)]);
        }
        body.append("\n");
        Card c = card(body.toString());
        String query = words[r.nextInt(3)];
        String replacement = words[r.nextInt(words.length)].strip();
        String before = c.allSections().findFirst().orElseThrow().getText();
        int expected = CardSearch.occurrences(before, query, true).size();
        assertThat(CardSearch.replaceAll(c, query, true, replacement)).isEqualTo(expected);
        assertThat(c.allSections().findFirst().orElseThrow().getText()).isEqualTo(before.replace(query, replacement));
        assertThat(CardSearch.find(c, query, true)).hasSize(CardSearch.occurrences(before.replace(query, replacement), query, true).size());
    }

    @Test
    void caseInsensitiveOffsetsStayTrueForLettersThatChangeLengthInUpperCase() {
        assertThat(CardSearch.occurrences("Straße STRASSE straße", "STRASSE", false)).containsExactly(7);
        // one character to one character: İ (U+0130) folds to i, and the offsets are the text's own
        assertThat(CardSearch.occurrences("İx ix", "ix", false)).containsExactly(0, 3);
    }
}
