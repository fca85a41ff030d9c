package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.testing.Shared;

class CardRendererTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The cases of a JSON file beside this class, each named by its field {@code nameField}. */
    private static Stream<Arguments> cases(String resource, String nameField) throws IOException {
        try (InputStream in = CardRendererTest.class.getResourceAsStream(resource)) {
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : JSON.readTree(in)) {
                out.add(Arguments.of(c.get(nameField).asText(), c));
            }
            return out.stream();
        }
    }

    /** Cases beyond the shared fixtures, rendered by huggingface_hub 2.0.0 (tools/gen_hf_extra_cases.py). */
    static Stream<Arguments> extraCases() throws IOException {
        return cases("hf-extra-cases.json", "name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extraCases")
    void rendersLikeHuggingfaceHub(String name, JsonNode c) throws CardFormatException {
        RenderValues values = RenderValues.parse(c.toString(), "case.json");
        assertThat(CardRenderer.render(c.get("template").asText(), "t.md", values)).isEqualTo(c.get("expected").asText());
    }

    /** Every shared template huggingface_hub renders without error, with the same values (tools/gen_hf_template_cases.py). */
    static Stream<Arguments> templateCases() throws IOException {
        return cases("hf-template-cases.json", "template");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateCases")
    void rendersTheSharedTemplatesLikeHuggingfaceHub(String template, JsonNode c) throws IOException {
        java.nio.file.Path file = Shared.assumeFile("fixtures/templates/" + template);
        RenderValues values = RenderValues.parse(c.toString(), "case.json");
        assertThat(CardRenderer.render(java.nio.file.Files.readString(file), template, values)).isEqualTo(c.get("expected").asText());
    }

    @Test
    void readsFrontMatterWithPyYamlsYaml11Types() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) PyYamlSafeLoad.load(
                "a: yes\nb: No\nc: 017\nd: 0x1F\ne: 1:30\nf: 1e5\ng: 1.10\nh: 2023-01-02\ni: ~\nj: '1.10'\nk: .inf\nl: 1_000\nm: 0b101\n");
        assertThat(m).containsEntry("a", true).containsEntry("b", false).containsEntry("c", 15).containsEntry("d", 31)
                .containsEntry("e", 90).containsEntry("f", "1e5").containsEntry("g", 1.1).containsEntry("h", LocalDate.of(2023, 1, 2))
                .containsEntry("i", null).containsEntry("j", "1.10").containsEntry("k", Double.POSITIVE_INFINITY)
                .containsEntry("l", 1000).containsEntry("m", 5);
    }

    @Test
    void refusesModelIndexTheReferenceCannotParse() {
        assertThatThrownBy(() -> CardRenderer.render("model", "---\nmodel-index:\n- name: x\n  results:\n  - task: {}\n---\n", "t.md", Map.of(), Map.of()))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("model_index");
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() {
        assertThatThrownBy(() -> CardRenderer.render("model", "---\n- a\n- b\n---\nbody", "t.md", Map.of(), Map.of()))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("should be a dict");
    }

    @Test
    void refusesMappingsAsKeysAsPyYamlDoes() {
        assertThatThrownBy(() -> CardRenderer.render("model", "---\nargs:\n  {a: 1}: x\n---\n", "t.md", Map.of(), Map.of()))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("as a key");
    }

    @Test
    void namesUndefinedVariablesInErrorsWithoutJavaClassNames() {
        assertThatThrownBy(() -> CardRenderer.render("model", "{% for k, v in scores.items() %}{% endfor %}", "t.md", Map.of(), Map.of()))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("undefined variable").hasMessageNotContaining("dev.cardwright");
    }

    @Test
    void requiresAModelNameWithEvalResults() {
        assertThatThrownBy(() -> CardRenderer.render("model", "x", "t.md",
                Map.of("eval_results", List.of(Map.of("task_type", "t", "dataset_type", "d", "dataset_name", "D",
                        "metric_type", "acc", "metric_value", 1))), Map.of()))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("model_name");
    }

    @Test
    void detectsTheDominantLineEndingLikeTheReference() {
        assertThat(CardRenderer.detectLineEnding("a\r\nb\r\n")).isEqualTo("\r\n");
        assertThat(CardRenderer.detectLineEnding("a\rb\rc\n")).isEqualTo("\r");
        assertThat(CardRenderer.detectLineEnding("a\r\nb\n")).isEqualTo("\n");
        assertThat(CardRenderer.detectLineEnding("none")).isEqualTo("\n");
    }

    /**
     * issue 12: tags are made unique the way Python's "not in" does it (1, 1.0 and True are one
     * tag, "1" another), and 60,000 of them no longer take quadratic time (50 s); the bound only
     * catches that.
     */
    @Test
    void sixtyThousandTagsAreMadeUniqueAsPythonDoesWithoutQuadraticTime() throws CardFormatException {
        StringBuilder tags = new StringBuilder("[1, 1.0, true, \"1\", \"a\", \"a\"");
        for (int i = 0; i < 60_000; i++) {
            tags.append(", \"t").append(i % 30_000).append('"');
        }
        RenderValues values = RenderValues.parse("{\"card_type\": \"model\", \"card_data\": {\"tags\": " + tags + "]}, \"kwargs\": {}}", "v.json");
        String out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CardRenderer.render("{{ card_data }}\n", "t.md", values));
        List<String> lines = out.lines().dropWhile(l -> !l.equals("tags:")).toList();
        assertThat(lines.subList(0, 4)).containsExactly("tags:", "- 1", "- '1'", "- a");
        assertThat(lines).hasSize(4 + 30_000).endsWith("- t29999");
    }
}
