package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.CardFormatException;

/** issue 12: a template from the internet reaches no Java object, class, file or environment, and its output is bounded. */
class UntrustedTemplateTest {
    private static final Map<String, Object> VALUES = Map.of("model_id", "org/model", "card_data", Map.of("license", "mit"),
            "tags", List.of("a"));

    /** The output, or the refusal's message: either way no Java name or file content may show. */
    private static String outcome(String template) {
        try {
            return TemplateRenderer.render(template, VALUES, "t.md");
        } catch (CardFormatException e) {
            return "refused: " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{{ ''.getClass() }}", "{{ ''.getClass().forName('java.lang.Runtime') }}", "{{ model_id.getClass().getName() }}",
        "{{ card_data.getClass() }}", "{{ ''.__class__ }}", "{{ ''.__class__.__mro__ }}", "{{ model_id.class }}",
        "{{ model_id.class.name }}", "{{ model_id.bytes }}", "{{ tags.class }}", "{{ card_data.class.classLoader }}",
        "{{ model_id.getBytes() }}", "{{ __import__('os') }}", "{{ self }}", "{{ cycler.__init__.__globals__ }}",
    })
    void reachesNoJavaObjectOrClass(String template) {
        String out = outcome(template);
        assertThat(out).doesNotContain("java.").doesNotContain("class ").doesNotContain("[B@").doesNotContain("dev.cardwright")
                .doesNotContain("ClassLoader").doesNotContain("com.hubspot");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{% include '/etc/passwd' %}", "{% include '/etc/hostname' %}", "{% import '/etc/hostname' as x %}{{ x }}",
        "{% from '/etc/hostname' import y %}{{ y }}", "{% extends '/etc/passwd' %}",
        "{% include 'dev/cardwright/messages.properties' %}", "{% include 'META-INF/MANIFEST.MF' %}",
        "{% include '../../../../../../etc/passwd' %}", "{% include 'file:///etc/passwd' %}",
    })
    void includesAndImportsReadNoFile(String template) {
        String out = outcome(template);
        assertThat(out).startsWith("refused: ").contains("t.md".isEmpty() ? "" : "")
                .doesNotContain("root:").doesNotContain("Manifest-Version").doesNotContain("=");
    }

    @Test
    void seesNoEnvironmentOrSystemProperties() {
        String out = outcome("{{ env }}{{ environ }}{{ os.environ }}{{ system }}{{ System.getenv() }}{{ java }}");
        assertThat(out).doesNotContain(System.getenv().getOrDefault("PATH", "\u0000")).doesNotContain(System.getProperty("java.home"));
    }

    @Test
    void aStringDoubledFortyTimesIsRefusedNotAnOutOfMemoryError() {
        assertThatThrownBy(() -> TemplateRenderer.render(
                "{% set s = 'ab' %}{% for i in range(40) %}{% set s = s ~ s %}{% endfor %}{{ s | length }}", VALUES, "t.md"))
                .isInstanceOf(CardFormatException.class);
    }

    @Test
    void deepIfNestingIsAnErrorNotAStackOverflow() {
        String t = "{% if true %}".repeat(3000) + "x" + "{% endif %}".repeat(3000);
        try {
            assertThat(TemplateRenderer.render(t, VALUES, "t.md")).isEqualTo("x");
        } catch (CardFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Test
    void deepParenthesesAreAnErrorNotAStackOverflow() {
        String t = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        try {
            assertThat(TemplateRenderer.render(t, VALUES, "t.md")).isEqualTo("1");
        } catch (CardFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
