package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Random;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownHighlighterTest {

    private static Collection<String> at(String text, String needle) {
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.spans(text);
        int pos = text.indexOf(needle);
        int offset = 0;
        for (var span : spans) {
            if (pos < offset + span.getLength()) {
                return span.getStyle();
            }
            offset += span.getLength();
        }
        throw new AssertionError("not found");
    }

    @Test
    void marksHeadingsEmphasisLinksCodeTablesAndHtml() {
        String text = "## Title\nSome **bold** and *it* and [link](http://x) and `code`.\n"
                + "| a | b |\n<div align=\"center\">\n```python\n# not a heading\n```\n<!-- note -->\n";
        assertThat(at(text, "## Title")).containsExactly(MarkdownHighlighter.HEADING);
        assertThat(at(text, "**bold**")).containsExactly(MarkdownHighlighter.STRONG);
        assertThat(at(text, "*it*")).containsExactly(MarkdownHighlighter.EMPHASIS);
        assertThat(at(text, "[link]")).containsExactly(MarkdownHighlighter.LINK);
        assertThat(at(text, "`code`")).containsExactly(MarkdownHighlighter.CODE);
        assertThat(at(text, "| a")).contains(MarkdownHighlighter.TABLE);
        assertThat(at(text, "<div")).containsExactly(MarkdownHighlighter.HTML);
        assertThat(at(text, "# not a heading")).containsExactly(MarkdownHighlighter.CODE);
        assertThat(at(text, "<!-- note")).containsExactly(MarkdownHighlighter.COMMENT);
        assertThat(at(text, "Some")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void spansAlwaysCoverTheWholeText(long seed) {
        Random r = new Random(seed);
        String alphabet = "ab #*_`[]()<>|-!\n\n~=中文";
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        assertThat(MarkdownHighlighter.spans(sb.toString()).length()).isEqualTo(sb.length());
    }
}
