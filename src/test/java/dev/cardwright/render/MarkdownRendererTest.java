package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

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

    /** One paragraph of 100,000 lines: flexmark's heading parser made this quadratic (two minutes). */
    @Test
    void aHundredThousandImageLinesRenderWithoutHanging() {
        String body = "![a](b.png)\n".repeat(100_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> renderer.render(body));
        assertThat(Jsoup.parse(html).select("p > img[src=b.png]")).hasSize(100_000);
    }

    @Test
    void aMillionListItemsAreShownAsWrittenAndFewerStillMakeAList() {
        String million = "- a <b>\n".repeat(1_000_000);
        String html = renderer.render(million);
        org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("pre.too-many-blocks")).hasSize(1);
        assertThat(page.select("pre.too-many-blocks").first().wholeText()).isEqualTo(million);
        assertThat(page.select("li, b")).isEmpty();

        String many = "- a\n".repeat(50_000);
        assertThat(Jsoup.parseBodyFragment(renderer.render(many)).select("ul > li")).hasSize(50_000);
    }
}
