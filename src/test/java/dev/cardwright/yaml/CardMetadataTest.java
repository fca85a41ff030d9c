package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;

class CardMetadataTest {
    private static Card card(String text) throws CardFormatException {
        return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    @Test
    void anUntouchedCardIsWrittenBackVerbatimAndAnEditedOneKeepsItsLineEnding() throws Exception {
        String text = "---\r\nlicense: mit\r\n# keep me\r\ntags: [a]\r\n---\r\n# Title\r\n";
        Card card = card(text);
        CardMetadata.set(card, "license", "mit");
        assertThat(card.write()).isEqualTo(text);
        CardMetadata.set(card, "license", "apache-2.0");
        assertThat(card.write()).isEqualTo(text.replace("license: mit", "license: apache-2.0"));
    }

    @Test
    void aCardWithoutFrontMatterGetsOneBeforeItsBodyWithItsLineEnding() throws Exception {
        Card card = card("# Title\r\n\r\nText\r\n");
        CardMetadata.set(card, List.of("widget", 0, "text"), "Hello");
        assertThat(card.write()).isEqualTo("---\r\nwidget:\r\n- text: Hello\r\n---\r\n# Title\r\n\r\nText\r\n");
        assertThat(CardMetadata.read(card)).isEqualTo(Map.of("widget", List.of(Map.of("text", "Hello"))));
    }

    @Test
    void removingFromACardWithoutFrontMatterChangesNothing() throws Exception {
        Card card = card("# Title\n");
        CardMetadata.remove(card, "license");
        assertThat(card.getFrontMatter()).isNull();
        assertThat(CardMetadata.read(card)).isEmpty();
    }

    @Test
    void locatesARefusalInTheReadme() throws Exception {
        Card card = card("\n\n---\nlicense: mit\nlicense: gpl\n---\nbody\n");
        assertThatThrownBy(() -> CardMetadata.set(card, "license", "x"))
                .isInstanceOfSatisfying(MetadataEditException.class, e ->
                        assertThat(e.inFile("README.md", CardMetadata.linesBeforeYaml(card)).located())
                                .isEqualTo("README.md:5:1: duplicate key 'license' (first at line 1); which one to edit is ambiguous"));
    }

    @Test
    void evaluationResultsGoThroughTheTableAndBack() throws Exception {
        String text = "---\nlicense: mit\nmodel-index:\n- name: m\n  results:\n  - task:\n      type: t\n"
                + "    metrics:\n    - type: acc\n      value: 0.5 # old\n---\nbody\n";
        Card card = card(text);
        List<dev.cardwright.card.EvalResult> rows = CardMetadata.evalResults(card);
        assertThat(rows).hasSize(1);
        rows.get(0).setMetricValue(0.75);
        CardMetadata.setEvalResults(card, rows);
        assertThat(card.write()).isEqualTo(text.replace("0.5 # old", "0.75 # old"));
        CardMetadata.setEvalResults(card, List.of());
        assertThat(card.write()).isEqualTo("---\nlicense: mit\n---\nbody\n");
        assertThat(CardMetadata.evalResults(card(("# no front matter\n")))).isEmpty();
    }

    @Test
    void readsMetadataWithYaml12AndReportsWhatIsNotAMapping() throws Exception {
        assertThat(Metadata.parse("language: no\nflag: yes\nversion: 1.10\n"))
                .containsEntry("language", "no").containsEntry("flag", "yes").containsEntry("version", 1.1);
        assertThat(Metadata.parse("a: 1\na: 2\n")).containsEntry("a", 2);
        assertThat(Metadata.parse("# only a comment\n")).isEmpty();
        assertThat(Metadata.parse("b: 1\na: 2\n").keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> Metadata.parse("\n- a\n- b\n"))
                .isInstanceOfSatisfying(MetadataEditException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("is a list");
                });
        assertThatThrownBy(() -> Metadata.parse("a: [1\n")).hasMessageStartingWith("not valid YAML");
    }
}
