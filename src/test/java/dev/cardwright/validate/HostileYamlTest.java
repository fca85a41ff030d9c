package dev.cardwright.validate;

import static dev.cardwright.validate.Check.readme;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.cardwright.yaml.YamlLimits;

/**
 * Hostile front matter is refused with a diagnostic instead of taking the process down. Time is
 * not asserted (performance belongs to the benchmark); finishing at all, with the right code,
 * is: an unbounded walk would not finish within the surefire run.
 */
class HostileYamlTest {

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(p);
            }
            y.append("]\n");
        }
        ValidationResult r = readme("---\n" + y + "---\n");
        assertThat(Check.where(r, "CW007")).containsExactly("CW007@2:1");
        assertThat(Check.first(r, "CW007").message()).startsWith("metadata refused:");
    }

    @Test
    void aFewAliasesThatShareNodesAreFine() {
        ValidationResult r = readme("---\nbase: &b {type: t}\nother: *b\nlicense: mit\n---\n");
        assertThat(Check.where(r, "CW0")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void deepFlowNestingIsRefused(int depth) {
        String y = "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        assertThat(Check.where(readme("---\n" + y + "---\n"), "CW007")).containsExactly("CW007@2:1");
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            y.append(" ".repeat(i)).append("k:\n");
        }
        assertThat(Check.where(readme("---\n" + y + "---\n"), "CW007")).containsExactly("CW007@2:1");
    }

    @Test
    void hugeBlockIsRefused() {
        String y = "text: \"" + "x".repeat(YamlLimits.MAX_CHARS) + "\"\n";
        assertThat(Check.where(readme("---\n" + y + "---\n"), "CW007")).containsExactly("CW007@2:1");
    }

    @Test
    void moderateNestingIsRead() {
        String y = "a: " + "[".repeat(50) + "1" + "]".repeat(50) + "\nlicense: mit\n";
        assertThat(Check.where(readme("---\n" + y + "---\n"), "CW0")).isEmpty();
    }

    /** Random garbage of YAML punctuation never throws out of the validator. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomPunctuationNeverThrows(long seed) {
        Random random = new Random(seed);
        String alphabet = "-:[]{}&*!|>'\"%@`#,? \n\tab1";
        for (int round = 0; round < 200; round++) {
            StringBuilder y = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                y.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ValidationResult r = readme("---\n" + y + "\n---\n# Card\n");
            assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
        }
    }
}
