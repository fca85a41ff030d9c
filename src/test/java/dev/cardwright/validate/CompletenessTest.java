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
        String card = HEAD + "# M\n## Model Details\nA model.\n## Uses\nTranslate.\n## Limitations\nSmall.\n";
        Completeness c = Check.readme(card).completeness();
        // 3 required sections filled (9) of a total weight of 3*3 + 4*2 + 3*1 = 20.
        assertThat(c.score()).isCloseTo(9.0 / 20.0, within(1e-9));
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
        String card = HEAD + "# M\n## 模型详情\n这是一个模型。\n## 2. Intended uses & limitations\nText.\n";
        Completeness c = Check.readme(card).completeness();
        assertThat(c.sections()).filteredOn(Completeness.SectionScore::present)
                .extracting(Completeness.SectionScore::id).containsExactly("model-details", "uses");
    }

    @Test
    void datasetCardsUseTheDatasetSchema() {
        String card = "---\ntask_categories:\n- text-classification\n---\n# D\n## Dataset Structure\nRows.\n";
        Completeness c = Check.readme(card).completeness();
        assertThat(c.sections()).extracting(Completeness.SectionScore::id).contains("dataset-structure");
        assertThat(c.score()).isCloseTo(2.0 / 16.0, within(1e-9)); // 3 required (9) + 3 recommended (6) + 1 optional;
    }
}
