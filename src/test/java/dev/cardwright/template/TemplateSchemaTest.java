package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.testing.Shared;

class TemplateSchemaTest {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) +(.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z_]+)");

    @Test
    void modelSchemaHasTheStableIdsOthersKeyOn() {
        TemplateSchema s = TemplateSchema.model();
        assertThat(s.all().map(SectionSpec::id)).contains("model-details", "model-details.description", "uses.direct-use",
                "bias-risks-limitations", "training-details.training-data", "evaluation.results", "citation");
        SectionSpec d = s.section("model-details.description").orElseThrow();
        assertThat(d.parent().id()).isEqualTo("model-details");
        assertThat(d.level()).isEqualTo(3);
        assertThat(d.requirement()).isEqualTo(Requirement.REQUIRED);
        assertThat(d.fields()).extracting(FieldSpec::id).containsExactly("developed-by", "funded-by", "shared-by",
                "model-type", "language", "license", "finetuned-from");
        assertThat(s.section("environmental-impact").orElseThrow().field("hardware-type").orElseThrow().label()).isEqualTo("Hardware Type");
        assertThat(d.guidance("en")).isNotBlank();
        assertThat(d.guidance("zh-CN")).isNotBlank().isNotEqualTo(d.guidance("en"));
        assertThat(d.guidance("zh")).isEqualTo(d.guidance("zh-CN"));
        assertThat(d.guidance("fr")).isEqualTo(d.guidance("en"));
    }

    @Test
    void everySectionHasGuidanceInBothLanguagesAndChildIdsExtendTheirParent() {
        for (TemplateSchema s : List.of(TemplateSchema.model(), TemplateSchema.dataset())) {
            s.all().forEach(sec -> {
                assertThat(sec.guidance("en")).as(sec.id()).isNotBlank();
                assertThat(sec.guidance("zh-CN")).as(sec.id()).isNotBlank().containsPattern("\\p{IsHan}");
                if (sec.parent() != null) {
                    assertThat(sec.id()).startsWith(sec.parent().id() + ".");
                    assertThat(sec.level()).isGreaterThan(sec.parent().level());
                }
            });
        }
    }

    @ParameterizedTest
    @CsvSource({"model, modelcard.md.jinja", "dataset, datasetcard.md.jinja"})
    void schemaCoversEveryHeadingOfItsTemplate(String type, String template) {
        TemplateSchema s = TemplateSchema.forCardType(type);
        assertThat(s.template()).isEqualTo(template);
        Matcher m = HEADING.matcher(BuiltinTemplates.text(type));
        int count = 0;
        while (m.find()) {
            String title = m.group(2).replaceAll("\\{\\{.*?}}", "").strip();
            int level = m.group(1).length();
            assertThat(s.all().filter(sec -> sec.matchesHeading(title) && sec.level() == level))
                    .as("heading %s", m.group()).isNotEmpty();
            count++;
        }
        assertThat(count).isEqualTo(s.all().count());
    }

    @ParameterizedTest
    @CsvSource({"model, modelcard_template.md", "dataset, datasetcard_template.md"})
    void builtInTemplatesHaveTheHubsHeadingsAndVariables(String type, String hubTemplate) throws IOException {
        Path hub = Shared.assumeFile("fixtures/templates/" + hubTemplate);
        String ours = body(BuiltinTemplates.text(type));
        String theirs = body(Files.readString(hub));
        assertThat(all(HEADING, ours, 0)).isEqualTo(all(HEADING, theirs, 0));
        assertThat(all(VARIABLE, ours, 1)).isEqualTo(all(VARIABLE, theirs, 1));
        // the guidance is ours: no HTML comment of the Hub's template appears in ours
        Matcher c = Pattern.compile("<!--(.*?)-->").matcher(theirs);
        while (c.find()) {
            assertThat(ours).doesNotContain(c.group(1).strip());
        }
    }

    /** The template after its front matter (the Hub's has YAML comments there, which rendering drops anyway). */
    private static String body(String template) {
        return template.substring(template.indexOf("\n---\n") + 5);
    }

    private static List<String> all(Pattern p, String text, int group) {
        return p.matcher(text).results().map(r -> r.group(group).strip()).toList();
    }

    @Test
    void matchesHeadingsIgnoringCaseSpacingColonsAndOptionalMarkers() {
        SectionSpec sources = TemplateSchema.model().section("model-details.sources").orElseThrow();
        assertThat(sources.matchesHeading("Model Sources [optional]")).isTrue();
        assertThat(sources.matchesHeading("  model   sources (Optional):")).isTrue();
        assertThat(sources.matchesHeading("模型来源")).isTrue();
        assertThat(sources.matchesHeading("Model")).isFalse();
        SectionSpec title = TemplateSchema.model().section("title").orElseThrow();
        assertThat(title.matchesHeading("Model Card for tiny-bert")).isTrue();
        assertThat(TemplateSchema.model().section("bias-risks-limitations").orElseThrow().matchesHeading("偏见、风险和局限性")).isTrue();
    }

    @Test
    void reportsBrokenSchemas() {
        assertThatThrownBy(() -> TemplateSchema.parse("sections:\n- id: a\n  heading: A\n  sections:\n  - id: b\n    heading: B\n", "s.yaml"))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("must start with its parent's id");
        assertThatThrownBy(() -> TemplateSchema.parse("sections: [\n", "s.yaml"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).startsWith("s.yaml:2:"));
        assertThatThrownBy(() -> TemplateSchema.parse("sections:\n- {id: a, heading: A}\n- {id: a, heading: B}\n", "s.yaml"))
                .hasMessageContaining("duplicate section id a");
        assertThatThrownBy(() -> TemplateSchema.parse("sections:\n- {id: a, heading: A, requirement: must}\n", "s.yaml"))
                .hasMessageContaining("required, recommended or optional");
    }
}
