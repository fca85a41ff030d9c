package dev.cardwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

class TextFollowsMetadataTest {
    private static Card card(String heading, String text) {
        Card card = new Card();
        card.getSections().add(new Section("model-details.description", 3, "### " + heading + "\n", heading, text));
        return card;
    }

    private static Map<String, Object> meta(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String text(Card card) {
        return card.getSections().get(0).getText();
    }

    @Test
    void emptyLinesTakeTheMetadatasDisplayValues() {
        Card card = card("Model Description", "\n- **Language(s) (NLP):**\n- **License:**\n- **Finetuned from model [optional]:**\n\n");
        boolean changed = TextFollowsMetadata.follow(card, Map.of(),
                meta("license", "apache-2.0", "language", List.of("zh", "en"), "base_model", "google-bert/bert-base-chinese"));
        assertThat(changed).isTrue();
        assertThat(text(card)).isEqualTo("\n- **Language(s) (NLP):** Chinese, English\n- **License:** Apache license 2.0\n"
                + "- **Finetuned from model [optional]:** google-bert/bert-base-chinese\n\n");
    }

    @Test
    void aChineseSectionGetsChineseLanguageNames() {
        Card card = card("模型描述", "\n- **语言:** \n- **许可证:** \n");
        TextFollowsMetadata.follow(card, Map.of(), meta("language", List.of("zh", "en"), "license", "mit"));
        assertThat(text(card)).isEqualTo("\n- **语言:** 中文、英语\n- **许可证:** MIT\n");
    }

    @Test
    void whatTheTemplateWroteRawFollowsButTheAuthorsWordsStay() {
        Card card = card("Model Description", "\n- **Language(s) (NLP):** ['zh', 'en']\n- **License:** MIT, with the exceptions in NOTICE\n");
        Map<String, Object> before = meta("license", "mit", "language", List.of("zh", "en"));
        TextFollowsMetadata.follow(card, before, meta("license", "apache-2.0", "language", List.of("zh")));
        assertThat(text(card)).isEqualTo("\n- **Language(s) (NLP):** Chinese\n- **License:** MIT, with the exceptions in NOTICE\n");
    }

    @Test
    void aMissingLineIsNotAddedAndNothingChangesWhenTheValueIsTheSame() {
        Card card = card("Model Description", "\nSome prose.\n- **License:** MIT\n");
        assertThat(TextFollowsMetadata.follow(card, meta("license", "mit"), meta("license", "mit", "language", List.of("zh")))).isFalse();
        assertThat(text(card)).isEqualTo("\nSome prose.\n- **License:** MIT\n");
    }

    @Test
    void carbonLinesFollowCo2EqEmissionsInKilogramsFromAThousandGrams() {
        Card card = new Card();
        card.getSections().add(new Section("environmental-impact", 2, "## Environmental Impact\n", "Environmental Impact",
                "\n- **Hardware Type:**\n- **Compute Region:**\n- **Carbon Emitted:**\n"));
        Map<String, Object> co2 = meta("emissions", 149200.0, "geographical_location", "eu-west-1", "hardware_used", "8 x A100");
        TextFollowsMetadata.follow(card, Map.of(), meta("co2_eq_emissions", co2));
        assertThat(text(card)).isEqualTo("\n- **Hardware Type:** 8 x A100\n- **Compute Region:** eu-west-1\n- **Carbon Emitted:** 149.2 kg CO2eq\n");
        TextFollowsMetadata.follow(card, meta("co2_eq_emissions", co2), meta("co2_eq_emissions", meta("emissions", 12)));
        assertThat(text(card)).isEqualTo("\n- **Hardware Type:**\n- **Compute Region:**\n- **Carbon Emitted:** 12 g CO2eq\n");
    }
}
