package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
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

class TemplateRendererTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Templates and what Jinja2 3.1 rendered for them (tools/gen_jinja2_cases.py). */
    static Stream<Arguments> jinja2Cases() throws IOException {
        try (InputStream in = TemplateRendererTest.class.getResourceAsStream("jinja2-cases.json")) {
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : JSON.readTree(in)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = JSON.convertValue(c.get("values"), Map.class);
                out.add(Arguments.of(c.get("name").asText(), c.get("template").asText(), values, c.get("expected").asText()));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jinja2Cases")
    void rendersLikeJinja2(String name, String template, Map<String, Object> values, String expected) throws CardFormatException {
        assertThat(TemplateRenderer.render(template, values, "t.md")).isEqualTo(expected);
    }

    /** Tag ends and keywords inside string literals belong to the string (JinjaDialect.endOfString). */
    @Test
    void stringLiteralsHideTagEndsAndKeywords() throws CardFormatException {
        assertThat(TemplateRenderer.render("{{ \"%}\" }}|{{ 'it\\'s }}' }}", Map.of(), "t.md")).isEqualTo("%}|it's }}");
        assertThat(TemplateRenderer.render("{% for c in [\"a if b\", 'c'] if c != 'c' %}{{ c }}{% endfor %}", Map.of(), "t.md"))
                .isEqualTo("a if b");
    }

    @Test
    void reportsUnclosedBlocksWithTheirLine() {
        assertThatThrownBy(() -> TemplateRenderer.render("a\nb\n{% if x %}\n", Map.of(), "t.md"))
                .isInstanceOf(CardFormatException.class)
                .satisfies(e -> {
                    CardFormatException c = (CardFormatException) e;
                    assertThat(c.file()).isEqualTo("t.md");
                    assertThat(c.line()).isEqualTo(3);
                    assertThat(c.getMessage()).contains("endif");
                });
    }

    @Test
    void findsTheColumnOfTheFailingTagOrExpression() {
        assertThatThrownBy(() -> TemplateRenderer.render("x\nab {% if y %}\n", Map.of(), "t.md"))
                .isInstanceOfSatisfying(CardFormatException.class, c -> assertThat(c.located()).startsWith("t.md:2:4: "));
        assertThatThrownBy(() -> TemplateRenderer.render("ok\n  text {{ a + }}", Map.of(), "t.md"))
                .isInstanceOfSatisfying(CardFormatException.class, c -> assertThat(c.located()).startsWith("t.md:2:8: "));
    }

    @Test
    void keepsLineNumbersAcrossRewrittenComments() {
        assertThatThrownBy(() -> TemplateRenderer.render("{# one\ntwo\nthree #}\n{{ x( }}", Map.of(), "t.md"))
                .isInstanceOfSatisfying(CardFormatException.class, c -> assertThat(c.line()).isEqualTo(4));
    }

    @Test
    void leavesCommentMarkersInsideRawAndStringsAlone() throws CardFormatException {
        assertThat(TemplateRenderer.render("{% raw %}{# k #}{{- x -}}{% endraw %}{{ '{#' }}", Map.of(), "t")).isEqualTo("{# k #}{{- x -}}{#");
    }

    @Test
    void rendersTheBuiltInTemplatesWithTheHubsVariables() throws CardFormatException {
        String model = TemplateRenderer.renderDefault("model", Map.of("license", "mit", "language", List.of("en", "zh")),
                Map.of("model_id", "tiny", "developers", "Ada", "model_summary", "A tiny model."));
        assertThat(model).startsWith("---\nlanguage:\n- en\n- zh\nlicense: mit\n---\n");
        assertThat(model).contains("# Model Card for tiny").contains("- **Developed by:** Ada").contains("A tiny model.")
                .contains("- **License:** mit").contains("[More Information Needed]");
        String dataset = TemplateRenderer.renderDefault("dataset", Map.of("pretty_name", "Tiny"), Map.of());
        assertThat(dataset).startsWith("---\npretty_name: Tiny\n---\n").contains("# Dataset Card for Tiny");
    }
}
