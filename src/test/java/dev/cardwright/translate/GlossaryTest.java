package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.CardFormatException;

class GlossaryTest {
    private final Glossary g = Glossary.builtIn();

    @Test
    void builtInHasTheModelCardTermsTheIssueNames() {
        assertThat(g.size()).isGreaterThanOrEqualTo(150);
        for (String en : List.of("bias", "out-of-scope use", "mitigation", "fine-tuning", "downstream use",
                "evaluation results", "carbon emissions")) {
            assertThat(g.term(en)).as(en).isPresent();
        }
        assertThat(g.term("Out-of-Scope Use").orElseThrow().zh()).isEqualTo("超出范围的使用");
        // every term is found by its own English and Chinese forms
        Set<String> seen = new HashSet<>();
        for (Glossary.Term t : g.terms()) {
            assertThat(seen.add(t.en().toLowerCase())).as("duplicate " + t.en()).isTrue();
            assertThat(g.find(t.headingOnly() ? "## " + t.en() : t.en(), "en")).as(t.en()).isNotEmpty();
            assertThat(g.find(t.headingOnly() ? "## " + t.zh() : t.zh(), "zh-CN")).as(t.zh()).isNotEmpty();
        }
    }

    @Test
    void findsEnglishTermsIgnoringCaseWithPluralsLongestFirst() {
        String text = "## Bias, Risks, and Limitations\nFine-tuning reduces biases; see the Evaluation Results and\ncarbon emissions.";
        List<String> found = g.find(text, "en").stream().map(m -> text.substring(m.start(), m.end())).toList();
        assertThat(found).containsExactly("Bias, Risks, and Limitations", "Fine-tuning", "biases", "Evaluation Results",
                "carbon emissions");
        assertThat(g.find("unbiased debias", "en")).isEmpty();
        assertThat(g.find("two vocabularies", "en")).extracting(m -> m.term().en()).containsExactly("vocabulary");
    }

    @Test
    void findsChineseTermsAsSubstrings() {
        String text = "模型卡片说明：该模型经过微调，存在偏差。";
        // 模型卡片 is one term (longest first), not 模型 followed by something else
        assertThat(g.find(text, "zh")).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("模型卡片", "模型", "微调", "偏差");
        assertThat(g.find(text, "zh")).extracting(m -> m.term().en()).containsExactly("model card", "model", "fine-tuning", "bias");
    }

    @Test
    void flagsATermRenderedDifferently() {
        String source = "## Out-of-Scope Use\nDo not use the model for medical advice. Fine-tuning may reduce bias.\n";
        String good = "## 超出范围的使用\n请勿将该模型用于医疗建议。微调可能减少偏差。\n";
        String bad = "## 不适用场景\n请勿将该模型用于医疗建议。调优可能减少偏差。\n";
        assertThat(g.check(source, "en", good, "zh-CN")).isEmpty();
        List<Glossary.Issue> issues = g.check(source, "en", bad, "zh-CN");
        assertThat(issues).extracting(i -> i.term().en()).containsExactly("out-of-scope use", "fine-tuning");
        assertThat(issues.get(0).message()).isEqualTo("'Out-of-Scope Use' should be rendered as '超出范围的使用' (or 范围外使用, 超范围使用, 非预期用途)");
        assertThat(source.substring(issues.get(1).start(), issues.get(1).end())).isEqualTo("Fine-tuning");
    }

    @Test
    void acceptsALongTermWhosePartsAreRendered() {
        String source = "## Bias, Risks, and Limitations\n";
        assertThat(g.check(source, "en", "## 偏差、风险和局限性\n", "zh-CN")).isEmpty();
        assertThat(g.check(source, "en", "## 偏差、危险和局限性\n", "zh-CN")).extracting(i -> i.term().en())
                .containsExactly("bias, risks, and limitations");
    }

    @Test
    void checksChineseSourcesAgainstEnglishAndIgnoresCode() {
        assertThat(g.check("模型存在偏差。", "zh-CN", "The model has biases.", "en")).isEmpty();
        assertThat(g.check("模型存在偏差。", "zh-CN", "The model has skew.", "en")).extracting(i -> i.term().en()).containsExactly("bias");
        String withCode = "Run:\n```python\nmodel.fine_tune(bias=True)\n```\n";
        assertThat(g.check(withCode, "en", "运行：\n```python\nmodel.fine_tune(bias=True)\n```\n", "zh-CN")).isEmpty();
        assertThat(g.check("bias", "en", "偏", "ja")).isEmpty();
        assertThat(Glossary.covers("en", "zh-Hant")).isFalse();
        assertThat(Glossary.covers("en-US", "zh-Hans-CN")).isTrue();
    }

    @Test
    void userGlossaryOverridesAndAddsTerms(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("glossary.tsv");
        Files.writeString(file, "\uFEFF# my team's words\nbias\t偏置\t\t\nreward hacking\t奖励投机\n");
        Glossary mine = Glossary.withUserFile(file);
        assertThat(mine.size()).isEqualTo(g.size() + 1);
        assertThat(mine.check("bias", "en", "偏差", "zh")).hasSize(1);
        assertThat(mine.check("reward hacking", "en", "奖励投机", "zh")).isEmpty();

        Files.writeString(file, "bias\t偏置\nmissing tab\n");
        assertThatThrownBy(() -> Glossary.withUserFile(file)).isInstanceOf(CardFormatException.class)
                .extracting(e -> ((CardFormatException) e).located())
                .isEqualTo(file + ":2:12: a glossary line needs an English term and a Chinese term separated by a tab");
    }
}
