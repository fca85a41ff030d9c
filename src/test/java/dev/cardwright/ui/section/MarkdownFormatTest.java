package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The toolbar's edits on text, with [ ] around the selection before and after. */
class MarkdownFormatTest {
    private static final MarkdownFormat.Placeholders P = new MarkdownFormat.Placeholders("bold", "it", "text", "code", "item", "Col", "Cell");

    private static String apply(MarkdownFormat.Kind kind, String marked) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        MarkdownFormat.Edit e = MarkdownFormat.apply(kind, text, start, end, P);
        String after = text.substring(0, e.start()) + e.text() + text.substring(e.end());
        return after.substring(0, e.selectStart()) + "[" + after.substring(e.selectStart(), e.selectEnd()) + "]" + after.substring(e.selectEnd());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "BOLD;       a [word] b;      a **[word]** b",
        "BOLD;       a []b;           a **[bold]**b",
        "ITALIC;     [x];             *[x]*",
        "CODE;       run [ls] now;    run `[ls]` now",
        "LINK;       see [docs];      see [docs]([https://])",
        "LINK;       see [];          see [[text]](https://)",
        "CODE_BLOCK; [];              ```\\n[code]\\n```",
        "CODE_BLOCK; text[];          text\\n```\\n[code]\\n```",
        "CODE_BLOCK; [a\\nb\\n];      ```\\n[a\\nb]\\n```",
        "TABLE;      [];              | [Col 1] | Col 2 |\\n| --- | --- |\\n| Cell | Cell |\\n",
        "TABLE;      para[];          para\\n\\n| [Col 1] | Col 2 |\\n| --- | --- |\\n| Cell | Cell |\\n",
        "TABLE;      para\\n[];       para\\n\\n| [Col 1] | Col 2 |\\n| --- | --- |\\n| Cell | Cell |\\n",
        "TABLE;      para\\n\\n[]x;    para\\n\\n| [Col 1] | Col 2 |\\n| --- | --- |\\n| Cell | Cell |\\n\\nx",
        "BULLETS;    [];              - [item]",
        "BULLETS;    text[];          text\\n- [item]",
        "BULLETS;    o[ne\\n\\ntwo];  [- one\\n\\n- two]",
    })
    void edits(MarkdownFormat.Kind kind, String before, String after) {
        assertThat(apply(kind, before.replace("\\n", "\n"))).isEqualTo(after.replace("\\n", "\n"));
    }
}
