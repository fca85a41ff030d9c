package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import dev.cardwright.export.HtmlExport;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;

class PreviewPageTest {
    private final PreviewPage page = new PreviewPage(new MarkdownRenderer(), PageText.ENGLISH);

    static Card sampleCard(String yaml) {
        Card card = new Card();
        if (yaml != null) {
            FrontMatter fm = new FrontMatter();
            fm.setYaml(yaml);
            card.setFrontMatter(fm);
        }
        card.setPreamble("Intro with ![logo](img/logo.png).\n\n");
        Section details = new Section("model-details", 1, "# Model Details\n", "Model Details", "Some **details**.\n\n");
        Section uses = new Section("uses", 2, "## Uses\n", "Uses", "| a | b |\n|---|---|\n| 1 | 2 |\n\n");
        Section direct = new Section("uses.direct-use", 3, "### Direct Use\n", "Direct Use", "Use it <script>alert(1)</script> well.\n");
        uses.getChildren().add(direct);
        card.getSections().addAll(details, uses);
        return card;
    }

    private Document render(Card card, PreviewPage.Options options) {
        return Jsoup.parse(page.page(CardSnapshot.of(card), options));
    }

    @Test
    void onePatchableSectionPerPartInDocumentOrder() {
        Document doc = render(sampleCard(null), new PreviewPage.Options(null, true, PreviewPage.Theme.LIGHT));
        assertThat(doc.select("section[data-section-id]").eachAttr("data-section-id"))
                .containsExactly("_preamble", "model-details", "uses", "uses.direct-use");
        Element uses = doc.selectFirst("section[data-section-id=uses]");
        assertThat(uses.select("h2#uses")).hasSize(1);
        assertThat(uses.select("table")).hasSize(1);
        assertThat(uses.select("h3")).as("a subsection is its own part").isEmpty();
        assertThat(doc.selectFirst("section[data-section-id=uses.direct-use]").text()).isEqualTo("Direct Use Use it well.");
        assertThat(doc.select("body script")).as("the card's scripts are gone").isEmpty();
        assertThat(doc.select("head script")).as("the preview's own script").hasSize(1);
        assertThat(doc.title()).isEqualTo("Model Details");
    }

    @Test
    void metadataBecomesTags() {
        String yaml = "license: apache-2.0\nlanguage:\n- en\n- zh\npipeline_tag: text-generation\nlibrary_name: transformers\n"
                + "datasets:\n- squad\nbase_model: bert-base-uncased\ntags:\n- chat\nmodel-index:\n- name: x\n";
        Document doc = render(sampleCard(yaml), PreviewPage.Options.standalone());
        Element header = doc.selectFirst("header#cw-metadata");
        assertThat(header.select(".cw-license .cw-tag").eachText()).containsExactly("apache-2.0");
        assertThat(header.select(".cw-language .cw-tag").eachText()).containsExactly("en", "zh");
        assertThat(header.select(".cw-pipeline .cw-tag").eachText()).containsExactly("text-generation");
        assertThat(header.select(".cw-library .cw-tag").eachText()).containsExactly("transformers");
        assertThat(header.select(".cw-dataset .cw-tag").eachText()).containsExactly("squad");
        assertThat(header.select(".cw-base-model .cw-tag").eachText()).containsExactly("bert-base-uncased");
        assertThat(header.select(".cw-keywords .cw-tag").eachText()).containsExactly("chat");
        assertThat(header.select(".cw-tag").eachText()).doesNotContain("x");
        assertThat(header.select(".cw-license .cw-tag-label").text()).isEqualTo("License");
    }

    @Test
    void badYamlShowsANoticeAndTheTextStillRenders() {
        PageText text = new PageText("元数据无效：{0}", "许可证", "语言", "数据集", "基础模型", "指标", "模型卡片");
        PreviewPage chinese = new PreviewPage(new MarkdownRenderer(), text);
        Document doc = Jsoup.parse(chinese.page(CardSnapshot.of(sampleCard("license: [apache\n  bad: : :")),
                PreviewPage.Options.standalone()));
        assertThat(doc.select(".cw-notice").text()).startsWith("元数据无效：");
        assertThat(doc.select("section[data-section-id]")).hasSize(4);
        assertThat(Jsoup.parse(page.metadataHtml("- a\n- b\n")).select(".cw-notice")).hasSize(1);
        assertThat(page.metadataHtml("")).isEmpty();
    }

    @Test
    void referenceLinksResolveAcrossSections() {
        Card card = sampleCard(null);
        card.findSection("model-details").orElseThrow().setText("See [the paper][paper] and [^1].\n\n");
        card.findSection("uses.direct-use").orElseThrow().setText("Text.\n\n[paper]: https://arxiv.org/abs/1810.04805\n");
        Document doc = render(card, PreviewPage.Options.standalone());
        assertThat(doc.selectFirst("section[data-section-id=model-details] a[href=https://arxiv.org/abs/1810.04805]").text())
                .isEqualTo("the paper");
        assertThat(doc.selectFirst("section[data-section-id=uses.direct-use]").text()).isEqualTo("Direct Use Text.");
    }

    @Test
    void tagValuesAreEscaped() {
        String html = page.metadataHtml("license: \"<img src=x onerror=alert(1)>\"\n");
        assertThat(Jsoup.parse(html).select("img")).isEmpty();
        assertThat(Jsoup.parse(html).select(".cw-tag").text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void baseUriResolvesRelativeImages() {
        Document doc = render(sampleCard(null), new PreviewPage.Options("file:/cards/my-model/", true, PreviewPage.Theme.DARK));
        assertThat(doc.selectFirst("base").attr("href")).isEqualTo("file:/cards/my-model/");
        assertThat(doc.selectFirst("img").absUrl("src")).isEqualTo("file:/cards/my-model/img/logo.png");
        assertThat(doc.selectFirst("html").attr("data-theme")).isEqualTo("dark");
    }

    @Test
    void exportIsSelfContainedWithoutScripts() {
        Document doc = Jsoup.parse(HtmlExport.toHtml(sampleCard("license: mit\n")));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, base")).isEmpty();
        assertThat(doc.selectFirst("head style").data()).contains(".cw-tag").contains("prefers-color-scheme: dark");
        assertThat(doc.selectFirst("html").attr("data-theme")).isEqualTo("auto");
        assertThat(doc.select(".cw-license .cw-tag").text()).isEqualTo("mit");
        assertThat(doc.selectFirst("img").attr("src")).isEqualTo("img/logo.png");
    }

    @Test
    void everyCorpusCardGetsOneSectionPerPart() throws IOException {
        Path cards = Shared.assumeDirectory("corpus/cards");
        List<Path> files;
        try (var list = Files.list(cards)) {
            files = list.sorted().toList();
        }
        int shown = 0;
        for (Path file : files) {
            if (Files.size(file) > 100_000) {
                continue; // the big ones are rendered by the survival test already; keep this one quick
            }
            Card card;
            try {
                card = ReadmeReader.read(file);
            } catch (IOException unreadable) {
                continue; // the reader's own tests cover what it refuses
            }
            Document doc = Jsoup.parse(HtmlExport.toHtml(card));
            List<String> expected = CardSnapshot.of(card).parts().stream().map(CardSnapshot.Part::id).toList();
            assertThat(doc.select("section[data-section-id]").eachAttr("data-section-id")).as(file.getFileName().toString())
                    .isEqualTo(expected);
            assertThat(doc.select("script, iframe, form")).as(file.getFileName().toString()).isEmpty();
            shown++;
        }
        assertThat(shown).isGreaterThan(200);
    }
}
