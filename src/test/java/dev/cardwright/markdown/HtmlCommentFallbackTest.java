package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.render.MarkdownRenderer;

/**
 * issue 12 (fuzz finding): flexmark's HTML comment pattern recursed once per character and ran out
 * of a 1 MB stack on a few KB of comment; the parser falls back to a loop that must agree with the
 * pattern wherever the pattern still works.
 */
class HtmlCommentFallbackTest {
    /** flexmark 0.64.8 {@code Parsing.HTMLCOMMENT} (CommonMark 0.29). */
    private static final Pattern COMMENT = Pattern.compile("<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theLoopAgreesWithFlexmarksPatternOnShortComments(long seed) {
        Random random = new Random(seed);
        String alphabet = "-->a <!\n";
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "<!--" : "<!-");
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            Matcher m = COMMENT.matcher(text);
            int expected = m.lookingAt() ? m.end() : -1;
            assertThat(LinearInlineParser.commentEnd(text, 0)).as("%s", text).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20_000, 200_000})
    void aLongCommentInAParagraphRendersOnAnOrdinaryThread(int length) throws Exception {
        String text = "a <!-- " + "x y\n".repeat(length / 4) + "--> after\n";
        String[] html = new String[1];
        Throwable[] failed = new Throwable[1];
        // a thread with the JVM's default stack, as the editor's FX thread has
        Thread t = new Thread(null, () -> {
            try {
                html[0] = new MarkdownRenderer().render(text);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "default-stack", 0);
        t.start();
        t.join();
        assertThat(failed[0]).isNull();
        assertThat(html[0]).contains("after").doesNotContain("x y");
    }
}
