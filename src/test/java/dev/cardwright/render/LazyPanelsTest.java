package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;

/** The live preview holds long results tables and many charts back in templates; nothing is lost, and exported pages hold nothing back. */
class LazyPanelsTest {
    /** A card with {@code datasets} results of ten scores each: that many charts, ten times as many rows. */
    static String readme(int datasets) {
        StringBuilder yaml = new StringBuilder("license: mit\nmodel-index:\n- name: big\n  results:\n");
        for (int d = 0; d < datasets; d++) {
            yaml.append("  - task: {type: text-classification}\n    dataset: {type: org/set").append(d).append(", name: Set ").append(d)
                    .append("}\n    metrics:\n");
            for (int m = 0; m < 10; m++) {
                yaml.append("    - {type: metric").append(m).append(", value: ").append(d * 10 + m).append("}\n");
            }
        }
        return "---\n" + yaml + "---\n# Big\n\nText.\n";
    }

    private static Card card(int datasets) throws Exception {
        return ReadmeReader.read(readme(datasets).getBytes(StandardCharsets.UTF_8), "README.md");
    }

    private static Document page(Card card, boolean lazy) {
        PreviewPage page = new PreviewPage(new MarkdownRenderer(), PageText.ENGLISH);
        if (lazy) {
            page.withLazyPanels();
        }
        return Jsoup.parse(page.page(CardSnapshot.of(card), new PreviewPage.Options(null, lazy, PreviewPage.Theme.LIGHT)));
    }

    /** Every row's value cell, in document order, whether live or held in a template. */
    private static List<String> values(Document doc) {
        return doc.select("#cw-evals td.cw-eval-value").eachText();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 10, 11, 35, 120})
    void holdsBackRowsAfterTheFirstHundredAndChartsAfterTheFirstSixKeepingAllInOrder(int datasets) throws Exception {
        Card card = card(datasets);
        Document lazy = page(card, true);
        Document full = page(card, false);

        List<String> expected = full.select("#cw-evals td.cw-eval-value").eachText();
        assertThat(expected).hasSize(datasets * 10);
        assertThat(values(lazy)).isEqualTo(expected);
        assertThat(lazy.select("figure.cw-chart").eachAttr("data-chart")).isEqualTo(full.select("figure.cw-chart").eachAttr("data-chart"));
        assertThat(full.select("template")).isEmpty();

        Element body = lazy.selectFirst("#cw-evals tbody");
        long liveRows = body.children().stream().filter(e -> e.tagName().equals("tr")).count();
        assertThat(liveRows).isEqualTo(Math.min(100, datasets * 10));
        assertThat(body.select("> template.cw-later")).hasSize(Math.max(0, (datasets * 10 - 100 + 99) / 100));
        for (Element t : body.select("> template.cw-later")) {
            assertThat(t.children()).isNotEmpty().allMatch(e -> e.tagName().equals("tr")).hasSizeLessThanOrEqualTo(100);
        }
        Element charts = lazy.selectFirst("div.cw-charts");
        assertThat(charts.children().stream().filter(e -> e.tagName().equals("figure")).count()).isEqualTo(Math.min(6, datasets));
        assertThat(charts.select("> template.cw-later")).hasSize(Math.max(0, (datasets - 6 + 5) / 6));
    }
}
