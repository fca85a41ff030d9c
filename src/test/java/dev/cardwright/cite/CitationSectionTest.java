package dev.cardwright.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaSectionFinder;
import dev.cardwright.yaml.CardMetadata;

/** Pasted BibTeX fills the template's BibTeX and APA blocks and tags an arXiv paper. */
class CitationSectionTest {
    private static final String BIB = "@misc{lacoste2019, title={Quantifying the Carbon Emissions of Machine Learning}, "
            + "author={Lacoste, Alexandre}, year={2019}, eprint={1910.09700}, archivePrefix={arXiv}}";

    @Test
    void fillsTheTemplatesBlocksAndLeavesTheGuidanceAndWhatFollows() throws Exception {
        Card card = ReadmeReader.read("""
                ---
                tags:
                - carbon
                ---
                # M

                ## Citation [optional]

                <!-- If there is a paper, cite it here. -->

                **BibTeX:**

                [More Information Needed]

                **APA:**

                [More Information Needed]

                ## Glossary
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        CitationSection.Filled filled = CitationSection.apply(card, BIB + "\n");
        assertThat(filled.arxivTag()).contains("arxiv:1910.09700");
        assertThat(SchemaSectionFinder.findOrAdd(card, "citation").getText()).isEqualTo("""

                <!-- If there is a paper, cite it here. -->

                **BibTeX:**

                ```bibtex
                """ + BIB + """

                ```

                **APA:**

                Lacoste, A. (2019). *Quantifying the Carbon Emissions of Machine Learning* (arXiv:1910.09700). arXiv. https://doi.org/10.48550/arXiv.1910.09700

                """);
        assertThat(CardMetadata.read(card).get("tags")).isEqualTo(List.of("carbon", "arxiv:1910.09700"));
        assertThat(card.write()).contains("\n## Glossary\n");

        // pasting again replaces the blocks and adds no second tag
        assertThat(CitationSection.apply(card, BIB).arxivTag()).isEmpty();
        assertThat(SchemaSectionFinder.findOrAdd(card, "citation").getText()).containsOnlyOnce("```bibtex");
        assertThat(CardMetadata.read(card).get("tags")).isEqualTo(List.of("carbon", "arxiv:1910.09700"));
    }

    @Test
    void aSectionWithoutLabelsGetsThemAtItsEnd() throws Exception {
        Card card = ReadmeReader.read("# M\n\n## 引用\n\n如果使用本模型，请引用：\n".getBytes(StandardCharsets.UTF_8), "README.md");
        CitationSection.apply(card, "@book{b, author={Li, Hua}, title={书名}, publisher={清华大学出版社}, year={2020}}");
        assertThat(SchemaSectionFinder.findOrAdd(card, "citation").getText()).isEqualTo("""

                如果使用本模型，请引用：

                **BibTeX:**

                ```bibtex
                @book{b, author={Li, Hua}, title={书名}, publisher={清华大学出版社}, year={2020}}
                ```

                **APA:**

                Li, H. (2020). *书名*. 清华大学出版社.

                """);
        assertThat(card.getFrontMatter()).isNull(); // not an arXiv paper: no tag, no metadata block
    }
}
