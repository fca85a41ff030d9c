package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link MarkdownRenderer} with the shared {@code LinearInlineParser} installed in full. */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void referenceDefinitionsResolveAndAreNotShownAsText() {
        Document doc = Jsoup.parse(renderer.render("See [the paper][paper] and [paper].\n\n[paper]: https://arxiv.org/abs/1810.04805\n"));
        assertThat(doc.select("a[href=https://arxiv.org/abs/1810.04805]")).extracting(e -> e.text())
                .containsExactly("the paper", "paper");
        assertThat(doc.text()).doesNotContain("[paper]:");
    }

    @Test
    void inlinesOfEveryBlockAreParsed() {
        Document doc = Jsoup.parse(renderer.render("Some *emphasis* and `code`.\n\n| a |\n|---|\n| **b** |\n"));
        assertThat(doc.select("p em").text()).isEqualTo("emphasis");
        assertThat(doc.select("p code").text()).isEqualTo("code");
        assertThat(doc.select("td strong").text()).isEqualTo("b");
    }

    @Test
    void aTableRowWithThousandsOfCodeSpansRendersThemAll() {
        String row = "| " + "`label` ".repeat(20_000) + "|\n";
        Document doc = Jsoup.parse(renderer.render("| Scheme |\n|---|\n" + row));
        assertThat(doc.select("td code")).hasSize(20_000);
    }
}
