package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.template.SectionFields.FieldValue;

class SectionFieldsTest {
    static final SectionSpec DESCRIPTION = TemplateSchema.model().section("model-details.description").orElseThrow();
    static final SectionSpec IMPACT = TemplateSchema.model().section("environmental-impact").orElseThrow();

    static FieldSpec field(SectionSpec s, String id) {
        return s.field(id).orElseThrow();
    }

    @Test
    void readsTheFieldsOfARealCardMadeFromTheHubTemplate() throws IOException {
        Card card = SchemaMatcherTest.corpus("THUDM_ChatGLM3__basic_demo_checkpoint-3000-chat_README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        String text = card.findSection("model-details.description").orElseThrow().getText();
        List<FieldValue> values = SectionFields.read(text, DESCRIPTION);
        assertThat(values).extracting(v -> v.field().id()).containsExactly("developed-by", "funded-by", "shared-by",
                "model-type", "language", "license", "finetuned-from");
        assertThat(values).allSatisfy(v -> assertThat(v.value()).isEqualTo("[More Information Needed]"));
        assertThat(text.lines().toList().get(values.get(0).line() - 1)).startsWith("- **Developed by:**");
        String impact = card.findSection("environmental-impact").orElseThrow().getText();
        assertThat(SectionFields.get(impact, field(IMPACT, "hardware-type"))).contains("[More Information Needed]");
    }

    @Test
    void rewritesOnlyTheFieldsLine() {
        String text = "\nA model.\n\n- **Developed by:** Ada\n- **License:** mit\n\nMore text.\n";
        String out = SectionFields.set(text, field(DESCRIPTION, "license"), "apache-2.0");
        assertThat(out).isEqualTo("\nA model.\n\n- **Developed by:** Ada\n- **License:** apache-2.0\n\nMore text.\n");
        assertThat(SectionFields.set(out, field(DESCRIPTION, "license"), "")).contains("- **License:**\n");
    }

    @Test
    void keepsTheHintCommentAfterAValue() {
        SectionSpec hp = TemplateSchema.model().section("training-details.training-procedure.hyperparameters").orElseThrow();
        String text = "\n- **Training regime:** [More Information Needed] <!--fp32, fp16 mixed precision -->\n";
        assertThat(SectionFields.get(text, field(hp, "training-regime"))).contains("[More Information Needed]");
        assertThat(SectionFields.set(text, field(hp, "training-regime"), "bf16 mixed precision"))
                .isEqualTo("\n- **Training regime:** bf16 mixed precision <!--fp32, fp16 mixed precision -->\n");
    }

    @Test
    void readsOtherBulletsColonsAndLabelSpellings() {
        String text = "* **license**: mit\n+ **Funded by [optional]:** ACME\n- **开发者：** 团队\n- **Unknown:** x\n";
        assertThat(SectionFields.read(text, DESCRIPTION)).extracting(v -> v.field().id() + "=" + v.value())
                .containsExactly("license=mit", "funded-by=ACME", "developed-by=团队");
        assertThat(SectionFields.set(text, field(DESCRIPTION, "license"), "gpl-3.0")).startsWith("* **license**: gpl-3.0\n");
    }

    @Test
    void addsAMissingFieldInSchemaOrder() {
        String text = "\nIntro.\n\n- **Developed by:** Ada\n- **License:** mit\n";
        assertThat(SectionFields.set(text, field(DESCRIPTION, "model-type"), "encoder"))
                .isEqualTo("\nIntro.\n\n- **Developed by:** Ada\n- **Model type:** encoder\n- **License:** mit\n");
        assertThat(SectionFields.set(text, field(DESCRIPTION, "finetuned-from"), "bert"))
                .isEqualTo("\nIntro.\n\n- **Developed by:** Ada\n- **License:** mit\n- **Finetuned from model [optional]:** bert\n");
        String onlyLater = "\n- **License:** mit\n";
        assertThat(SectionFields.set(onlyLater, field(DESCRIPTION, "developed-by"), "Ada"))
                .isEqualTo("\n- **Developed by:** Ada\n- **License:** mit\n");
        assertThat(SectionFields.set("\nJust prose.\n\n", field(DESCRIPTION, "license"), "mit"))
                .isEqualTo("\nJust prose.\n\n- **License:** mit\n\n");
        assertThat(SectionFields.set("\n", field(DESCRIPTION, "license"), "mit")).isEqualTo("\n- **License:** mit\n\n");
    }

    @Test
    void refusesMultiLineValues() {
        assertThatThrownBy(() -> SectionFields.set("", field(DESCRIPTION, "license"), "a\nb"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** Random sections (fields in schema order, some missing, prose between): set then get, and nothing else moves. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void setThenGetChangesNothingElse(int seed) {
        Random rnd = new Random(seed);
        List<FieldSpec> fields = DESCRIPTION.fields();
        StringBuilder text = new StringBuilder("\n<!-- guidance -->\n\nSome prose.\n\n");
        List<FieldSpec> present = new ArrayList<>();
        for (FieldSpec f : fields) {
            if (rnd.nextInt(3) > 0) {
                present.add(f);
                text.append("- **").append(f.label()).append(":** v").append(rnd.nextInt(100)).append('\n');
            }
        }
        text.append(rnd.nextBoolean() ? "\nTrailing paragraph.\n" : "\n");
        String original = text.toString();
        List<FieldSpec> shuffled = new ArrayList<>(fields);
        Collections.shuffle(shuffled, rnd);
        String current = original;
        for (FieldSpec f : shuffled.subList(0, 1 + rnd.nextInt(fields.size()))) {
            String value = "值 " + rnd.nextInt(1000) + " **x**";
            String before = current;
            current = SectionFields.set(current, f, value);
            assertThat(SectionFields.get(current, f)).contains(value);
            List<String> beforeLines = new ArrayList<>(before.lines().toList());
            List<String> afterLines = new ArrayList<>(current.lines().toList());
            // exactly one line differs or was added
            assertThat(afterLines.size() - beforeLines.size()).isBetween(0, 1);
            afterLines.removeIf(l -> l.contains(value));
            beforeLines.removeIf(l -> l.startsWith("- **" + f.label() + ":**"));
            assertThat(afterLines).isEqualTo(beforeLines);
        }
        List<FieldSpec> order = SectionFields.read(current, DESCRIPTION).stream().map(FieldValue::field).toList();
        assertThat(order).isSortedAccordingTo((a, b) -> Integer.compare(fields.indexOf(a), fields.indexOf(b)));
        assertThat(current).startsWith("\n<!-- guidance -->\n\nSome prose.\n\n");
    }
}
