package dev.cardwright.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fuzzer found, each shrunk to its smallest form (the seeds are those of the long run of
 * issue 12), kept as regression tests through the same checks the fuzzer applies.
 */
class FuzzFindingsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** seed 10060192513064189282: set on a file of one CR wrote a block the Hub's rule does not read. */
    @Test
    void setOnALoneCarriageReturn() {
        assertThatCode(() -> FuzzTargets.readme(utf8("\r"))).doesNotThrowAnyException();
    }

    /** seed 1114090020005673453: set on a mostly-CR file wrote a block that read back as two documents. */
    @Test
    void setOnAnUnclosedBlockWithCrLines() {
        assertThatCode(() -> FuzzTargets.readme(utf8("---\n\uC698\r\r"))).doesNotThrowAnyException();
    }

    /** seed 1559149358864516377: a recursive alias made set copy a list into itself until the stack ran out. */
    @Test
    void setOnARecursiveAlias() {
        assertThatCode(() -> FuzzTargets.readme(utf8("---\na: &a [*a]\n---\n"))).doesNotThrowAnyException();
    }

    /**
     * seeds 3341853874748558572 and 8901513159156148737: an emoji whose first half fell at the end
     * of the YAML reader's 1024-character buffer made it fail (card sources, and the check that a
     * written card source reads back, which then called every card unwritable).
     */
    @ParameterizedTest
    @ValueSource(ints = {1020, 1021, 1022, 1023, 1024, 1025, 2046, 2047, 2048})
    void anEmojiAcrossTheYamlReadersBuffer(int at) {
        String head = "cardwright: 1\ncard_type: model\npreamble: \"";
        String padding = "x".repeat(Math.max(0, at - head.length()));
        String source = head + padding + "\uD83D\uDE00 tail\\n\"\n";
        assertThatCode(() -> FuzzTargets.cardSource(utf8(source))).doesNotThrowAnyException();
        String readme = "---\nlicense: mit\ntitle: \"" + "y".repeat(Math.max(0, at - 27)) + "\uD83D\uDE00\"\n---\n# T\n\uFEFFtext\n";
        assertThatCode(() -> FuzzTargets.readme(utf8(readme))).doesNotThrowAnyException();
    }

    private static byte[] finding(String name) throws java.io.IOException {
        try (var in = FuzzFindingsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Long run of 3 December 2026 (seed 2217435599237702706), shrunk reproducers under
     * {@code src/test/resources/dev/cardwright/fuzz/}: a regular expression that recursed once per
     * character ran out of the default 1 MB thread stack (the editor's FX thread has no more) on
     * 2.6 KB cards.
     */
    @ParameterizedTest
    @ValueSource(strings = {"readme-10574329545699151638.md", "readme-6336166729102393686.md", "readme-12376314423886685727.md"})
    void readmeRegexStackOverflow(String name) {
        assertThatCode(() -> FuzzTargets.readme(finding(name))).doesNotThrowAnyException();
    }

    @Test
    void cardSourceRegexStackOverflow() {
        assertThatCode(() -> FuzzTargets.cardSource(finding("card-source-9574456019065482910.card.yaml"))).doesNotThrowAnyException();
    }

    /**
     * seed 3039106079816069558 (timeout over 60 s, 93 KB): a list item opening with {@code [} before
     * a table row of escaped pipes; flexmark's link label pattern backtracked through 2^n readings of
     * the escapes. Here shrunk by hand to its shape; the timeout is only a hang guard.
     */
    @ParameterizedTest
    @ValueSource(ints = {40, 400, 5000})
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
    void anUnclosedLinkLabelBeforeManyEscapes(int escapes) {
        String card = "- [\n| `Case=Gen" + "\\|Gender=Masc".repeat(escapes) + "` |\n";
        assertThatCode(() -> FuzzTargets.readme(utf8(card))).doesNotThrowAnyException();
        String html = new dev.cardwright.render.MarkdownRenderer().render(card);
        org.assertj.core.api.Assertions.assertThat(html).contains("Gender=Masc");
    }

    @Test
    void linkLabelsStillWork() {
        String html = new dev.cardwright.render.MarkdownRenderer().render("[a \\] b][x] and [x]\n\n[x]: https://example.org/\n");
        org.assertj.core.api.Assertions.assertThat(html).contains("<a href=\"https://example.org/\">a ] b</a>");
    }

    /** seed 11869806125626704881 (3 bytes): a double-quoted scalar ending in an unfinished escape made the YAML library throw NumberFormatException. */
    @ParameterizedTest
    @ValueSource(strings = {"\"\\x", "\"\\u12", "a: \"\\U0001F6", "cardwright: 1\npreamble: \"\\x"})
    void anUnfinishedEscapeAtTheEnd(String yaml) {
        assertThatCode(() -> FuzzTargets.cardSource(utf8(yaml))).doesNotThrowAnyException();
        assertThatCode(() -> FuzzTargets.readme(utf8("---\n" + yaml + "\n---\n# T\n"))).doesNotThrowAnyException();
    }
}
