package dev.cardwright.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardMetadata;

/** An estimate lands in the Environmental Impact fields and in co2_eq_emissions. */
class CarbonCardTest {
    private static final CarbonEstimate ESTIMATE = new CarbonEstimate("A100 SXM4 80 GB", 400, 8, 100, 557,
            "Google Cloud Platform", "asia-east1 (Changhua County, Taiwan)", "pre-training");

    @Test
    void fillsTheSectionsFieldsAndTheMetadata() throws Exception {
        Card card = ReadmeReader.read("""
                ---
                license: mit
                ---
                # M

                ## Environmental Impact

                Carbon emissions can be estimated with the calculator.

                - **Hardware Type:** [More Information Needed]
                - **Hours used:** [More Information Needed]
                - **Cloud Provider:** [More Information Needed]
                - **Compute Region:** [More Information Needed]
                - **Carbon Emitted:** [More Information Needed]

                ## Citation
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        CarbonCard.apply(card, ESTIMATE);
        assertThat(card.findSection("environmental-impact").orElseThrow().getText()).isEqualTo("""

                Carbon emissions can be estimated with the calculator.

                - **Hardware Type:** 8 x A100 SXM4 80 GB (400 W each)
                - **Hours used:** 100
                - **Cloud Provider:** Google Cloud Platform
                - **Compute Region:** asia-east1 (Changhua County, Taiwan)
                - **Carbon Emitted:** 178.24 kg CO2eq (8 × 400 W × 100 h × 557 gCO2eq/kWh; estimated with ML CO2 Impact (Lacoste et al. 2019, https://arxiv.org/abs/1910.09700))

                """);
        assertThat(CardMetadata.read(card).get("co2_eq_emissions")).isEqualTo(Map.of(
                "emissions", 178240, "source", CarbonEstimate.METHOD, "training_type", "pre-training",
                "geographical_location", "asia-east1 (Changhua County, Taiwan)", "hardware_used", "8 x A100 SXM4 80 GB"));
        assertThat(card.getFrontMatter().getYaml()).startsWith("license: mit\nco2_eq_emissions:\n  emissions: 178240\n");
    }

    @Test
    void aCardWithoutTheSectionGetsOne() throws Exception {
        Card card = ReadmeReader.read("# M\n\nText.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        CarbonCard.apply(card, ESTIMATE);
        assertThat(card.write()).startsWith("---\nco2_eq_emissions:\n")
                .contains("## Environmental Impact\n\n- **Hardware Type:** 8 x A100 SXM4 80 GB (400 W each)\n- **Hours used:** 100\n");
    }
}
