package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Enter in Markdown lists: the text after the key, with | for the caret before and after. */
class ListContinuationTest {
    private static String enter(String withCaret) {
        int caret = withCaret.indexOf('|');
        String text = withCaret.replace("|", "");
        Optional<ListContinuation.Edit> edit = ListContinuation.onEnter(text, caret);
        if (edit.isEmpty()) {
            return text.substring(0, caret) + "\n|" + text.substring(caret);
        }
        ListContinuation.Edit e = edit.get();
        String after = text.substring(0, e.start()) + e.text() + text.substring(e.end());
        return after.substring(0, e.caret()) + "|" + after.substring(e.caret());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "- item|;                 - item\\n- |",
        "* item|;                 * item\\n* |",
        "+ item|;                 + item\\n+ |",
        "1. x|;                   1. x\\n2. |",
        "9) x|;                   9) x\\n10) |",
        "- [ ] x|;                - [ ] x\\n- [ ] |",
        "- [x] done|;             - [x] done\\n- [ ] |",
        "\"  - nested|\"; \"  - nested\\n  - |\"",
        "\"\t1.  wide|\"; \"\t1.  wide\\n\t2.  |\"",
        "- split| here;           - split\\n- | here",
        "a\\n- |;                 a\\n|",
        "- a\\n  - |;             - a\\n|",
        "- [ ] |;                 |",
        "|- item;                 \\n|- item",
        "-| item;                 -\\n| item",
        "plain text|;             plain text\\n|",
        "-item|;                  -item\\n|",
        "```\\n- in code|;        ```\\n- in code\\n|",
        "```\\ncode\\n```\\n- out|; ```\\ncode\\n```\\n- out\\n- |",
        "~~~~\\n```\\n- still code|; ~~~~\\n```\\n- still code\\n|",
    })
    void enter(String before, String after) {
        assertThat(enter(before.replace("\\n", "\n").replace("\\t", "\t")))
                .isEqualTo(after.replace("\\n", "\n").replace("\\t", "\t"));
    }

    /** Outside lists and code, Enter is a plain line break, whatever the text. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void textWithoutListMarkersGetsAPlainLineBreak(long seed) {
        Random r = new Random(seed);
        String alphabet = "abc XYZ.,#>|\n";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String text = b.toString();
        for (int i = 0; i < 50; i++) {
            assertThat(ListContinuation.onEnter(text, r.nextInt(text.length() + 1))).isEmpty();
        }
    }
}
