package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Completeness by the section schema: weights 3 (required), 2 (recommended), 1 (optional). */
class CompletenessTest {
    private static final String HEAD = "---\nlicense: mit\n---\n";

    @Test
    void anEmptyCardScoresZero() {
        assertThat(Check.readme(HEAD).completeness().score()).isZero();
    }

    @Test
    void requiredSectionsFilledScoreTheirWeight() {
        String card = HEAD + "# M\n## Model Details\nA model.\n## Uses\nTranslate.\n## Bias, Risks, and Limitations\nSmall.\n";
        Completeness c = Check.readme(card).completeness();
        // Title, Model Details, Uses, Bias filled: 4 required (12) of the model schema's top-level
        // weight, 5 required + 5 recommended + 5 optional = 30.
        assertThat(c.score()).isCloseTo(12.0 / 30.0, within(1e-9));
        assertThat(c.sections()).filteredOn(s -> s.id().equals("bias-risks-limitations")).singleElement()
                .satisfies(s -> {
                    assertThat(s.present()).isTrue();
                    assertThat(s.score()).isEqualTo(1.0);
                    assertThat(s.line()).isEqualTo(9);
                });
    }

    @Test
    void templateLeftoversDoNotCount() {
        String card = HEAD + "# M\n## Model Details\n<!-- Provide a summary -->\n- **Developed by:** [More Information Needed]\n"
                + "- **License:**\n";
        Completeness c = Check.readme(card).completeness();
        assertThat(c.sections()).filteredOn(s -> s.id().equals("model-details")).singleElement()
                .satisfies(s -> assertThat(s.score()).isZero());
        assertThat(c.score()).isZero();
    }

    @Test
    void localizedAndNumberedHeadingsMatch() {
        String card = HEAD + "# M\n## 模型详情\n这是一个模型。\n## Intended uses & limitations [optional]\nText.\n";
        Completeness c = Check.readme(card).completeness();
        assertThat(c.sections()).filteredOn(Completeness.SectionScore::present)
                .extracting(Completeness.SectionScore::id).containsExactly("title", "model-details", "uses");
    }

    @Test
    void datasetCardsUseTheDatasetSchema() {
        String card = "---\ntask_categories:\n- text-classification\n---\n# D\n## Dataset Structure\nRows.\n";
        Completeness c = Check.readme(card).completeness();
        assertThat(c.sections()).extracting(Completeness.SectionScore::id).contains("dataset-structure");
        // Title and Dataset Structure filled (2 required: 6) of 5 required + 3 recommended + 3 optional = 24.
        assertThat(c.score()).isCloseTo(6.0 / 24.0, within(1e-9));;
    }
}
