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
    void findsValuesHeadingsAndTextsButNeverKeysOrBlockScalars() throws Exception {
        Card c = card("---\nmodel: model\nlist:\n- 'model x'\n- \"a model\"\nblock: |\n  model\n---\n\n# model\n\nA model.\n");
        List<CardSearch.Match> found = CardSearch.find(c, "model", true);
        assertThat(found).hasSize(5);
        assertThat(found.subList(0, 3)).allMatch(CardSearch.Match::inMetadata);
        assertThat(found.get(0).value().key()).isEqualTo("model");
        assertThat(found.get(1).value().key()).isEqualTo("list");
        assertThat(found.get(3).place()).isEqualTo(CardSearch.Place.HEADING);
        assertThat(found.get(3).start()).isEqualTo(2);
        assertThat(found.get(4).place()).isEqualTo(CardSearch.Place.TEXT);
        assertThat(found.get(4).section().getTitle()).isEqualTo("model");
        assertThat(CardSearch.find(c, "MODEL", true)).isEmpty();
        assertThat(CardSearch.find(c, "MODEL", false)).hasSize(5);
    }

    @Test
    void findsTheTextBeforeTheFirstHeadingInReadmeOrder() throws Exception {
        Card c = card("---\nlicense: mit\n---\nKestrel intro.\n\n# Kestrel\n\nKestrel text.\n");
        List<CardSearch.Match> found = CardSearch.find(c, "Kestrel", true);
        assertThat(found).extracting(CardSearch.Match::place)
                .containsExactly(CardSearch.Place.PREAMBLE, CardSearch.Place.HEADING, CardSearch.Place.TEXT);
        assertThat(CardSearch.replace(c, found.get(0), "Falcon")).isTrue();
        assertThat(c.write()).isEqualTo("---\nlicense: mit\n---\nFalcon intro.\n\n# Kestrel\n\nKestrel text.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"## #1 model ##\n", "Model #1\n========\n", "  ### The **model** #\r\n", "# model\n"})
    void searchesOnlyAHeadingsWordsNeverItsMarks(String heading) throws Exception {
        Card c = card(heading + "\ntext\n");
        String title = c.allSections().findFirst().orElseThrow().getTitle();
        List<CardSearch.Match> hashes = CardSearch.find(c, "#", true);
        long inTitle = title.chars().filter(ch -> ch == '#').count();
        assertThat(hashes).hasSize((int) inTitle);
        assertThat(CardSearch.find(c, "=", true)).isEmpty();
        assertThat(CardSearch.find(c, "model", false)).hasSize(1);
    }

    @Test
    void replacingInAHeadingRewritesItsSourceAndTitleAndKeepsItsIdAndMarks() throws Exception {
        Card c = card("# T\n\n## Uses of *Tiny* ##\n\nText.\n");
        var uses = c.allSections().filter(s -> s.getLevel() == 2).findFirst().orElseThrow();
        String id = uses.getId();
        assertThat(CardSearch.replaceAll(c, "Tiny", true, "Wee")).isEqualTo(1);
        assertThat(uses.getHeading()).startsWith("## Uses of *Wee* ##");
        assertThat(uses.getTitle()).isEqualTo("Uses of Wee");
        assertThat(uses.getId()).isEqualTo(id);
        assertThat(c.write()).isEqualTo("# T\n\n## Uses of *Wee* ##\n\nText.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "# x", "\r"})
    void refusesAReplacementThatWouldBreakTheHeading(String replacement) throws Exception {
        String readme = "# Title\n\n## Uses\n\nUses here.\n";
        Card c = card(readme);
        CardSearch.Match heading = CardSearch.find(c, "Uses", true).get(0);
        assertThat(heading.place()).isEqualTo(CardSearch.Place.HEADING);
        // "## # x" is still one level-2 heading: only a line break or a level change is refused
        boolean keepsLevel = replacement.equals("# x");
        assertThat(CardSearch.replace(c, heading, replacement)).isEqualTo(keepsLevel);
        if (!keepsLevel) {
            assertThat(c.write()).isEqualTo(readme);
        }
    }

    /** Replace All over preamble, headings and texts is String.replace on each of them, for random cards. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void replaceAllOverTheWholeBodyAgreesWithStringReplacePerPart(long seed) throws Exception {
        Random r = new Random(seed);
        String[] words = {"ab", "a", "b", "abab", " ", "Ab", "ba"};
        StringBuilder body = new StringBuilder("---\nlicense: mit\n---\n");
        List<String> parts = new java.util.ArrayList<>();
        String preamble = "P" + words(r, words, 10) + "\n\n";
        body.append(preamble);
        for (int s = 0; s < 4; s++) {
            String title = "T" + words(r, words, 5).strip();
            String text = "\nX" + words(r, words, 30) + "\n\n";
            body.append("## ").append(title).append("\n").append(text);
            parts.add(title);
            parts.add(text);
        }
        Card c = card(body.toString());
        String query = words[r.nextInt(3)];
        String replacement = words[r.nextInt(words.length)].strip();
        StringBuilder want = new StringBuilder("---\nlicense: mit\n---\n").append(preamble.replace(query, replacement));
        for (int i = 0; i < parts.size(); i += 2) {
            want.append("## ").append(parts.get(i).replace(query, replacement)).append("\n").append(parts.get(i + 1).replace(query, replacement));
        }
        CardSearch.replaceAll(c, query, true, replacement);
        assertThat(c.write()).isEqualTo(want.toString());
        assertThat(c.allSections().map(s -> s.getTitle()).toList())
                .isEqualTo(java.util.stream.IntStream.range(0, 4).mapToObj(i -> parts.get(2 * i).replace(query, replacement).strip().replaceAll("\\s+", " ")).toList());
    }

    private static String words(Random r, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(words[r.nextInt(words.length)]);
        }
        return b.toString();
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
