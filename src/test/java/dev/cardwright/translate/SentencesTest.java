package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the translation memory cuts sections into sentences and pairs them. */
class SentencesTest {
    @Test
    void englishAndChineseSentencesAreCutAtTheirFullStops() {
        assertThat(Sentences.of("It runs on a CPU. It needs 8 GB! Does it? Yes.")).containsExactly("It runs on a CPU.", "It needs 8 GB!", "Does it?", "Yes.");
        assertThat(Sentences.of("它可以在 CPU 上运行。需要 8 GB！真的吗？是的。")).containsExactly("它可以在 CPU 上运行。", "需要 8 GB！", "真的吗？", "是的。");
        assertThat(Sentences.of("Version 3.5 is out.")).containsExactly("Version 3.5 is out.");
        assertThat(Sentences.of("输出语言与输入相同。 最适合的输入")).containsExactly("输出语言与输入相同。", "最适合的输入"); // a line break joined into a space
    }

    @Test
    void headingsListItemsAndParagraphsAreBlocksAndCodeIsLeftOut() {
        String md = "## Uses\n\nChat with it,\nor summarise.\n\n- one\n- two\n\n```python\nprint('x. y')\n```\n| a | b |\n";
        assertThat(Sentences.blocks(md)).containsExactly("## Uses", "Chat with it, or summarise.", "- one", "- two", "| a | b |");
    }

    @Test
    void pairsFollowBlocksThenSentencesAndKeepABlockWholeWhenItsSentencesDoNotPairUp() {
        List<String[]> pairs = Sentences.pairs("## Uses\n\nChat. Summarise.\n\nIt works well. Try it.\n",
                "## 用途\n\n聊天。摘要。\n\n效果很好，试试吧。\n");
        assertThat(pairs).extracting(p -> p[0] + " => " + p[1]).containsExactly(
                "## Uses => ## 用途", "Chat. => 聊天。", "Summarise. => 摘要。", "It works well. Try it. => 效果很好，试试吧。");
        assertThat(Sentences.pairs("One.\n\nTwo.\n", "一。\n")).isEmpty(); // blocks do not agree: nothing is guessed
        assertThat(Sentences.pairs("Kestrel-120M\n", "Kestrel-120M\n")).isEmpty(); // left as it was: not a translation
    }
}
