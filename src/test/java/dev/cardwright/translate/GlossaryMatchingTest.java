package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Issue 11, defects 5 and 6: how terms are matched, and what the built-in glossary accepts. */
class GlossaryMatchingTest {
    private final Glossary glossary = Glossary.builtIn();

    private List<String> flagged(String en, String zh) {
        return glossary.check(en, "en", zh, "zh").stream().map(i -> i.term().en()).toList();
    }

    @Test
    void anEnglishTermTouchingHanCharactersCountsAsKeptInEnglish() {
        Glossary g = Glossary.of("mitigation\t缓解\n");
        assertThat(g.check("Risks and mitigation.", "en", "针对风险和mitigation进行说明。", "zh")).isEmpty();
        assertThat(g.check("Risks and mitigation.", "en", "针对风险进行说明。", "zh")).hasSize(1);
        // and it is found in Chinese text written that way (a Chinese source)
        assertThat(g.find("风险和mitigation进行", "en")).extracting(m -> m.term().en()).containsExactly("mitigation");
        // a Latin letter still continues the word
        assertThat(g.find("antimitigation", "en")).isEmpty();
    }

    @Test
    void latinRenderingsAreAcceptedInAnyCase() {
        assertThat(flagged("Each token is embedded.", "每个 Token 都被嵌入。")).doesNotContain("token");
        assertThat(flagged("Each token is embedded.", "每个TOKEN都被嵌入。")).doesNotContain("token");
    }

    @Test
    void usesIsAHeadingTermNotTheVerb() {
        assertThat(flagged("The model uses rotary embeddings.", "该模型采用旋转位置嵌入。")).doesNotContain("uses");
        assertThat(flagged("## Uses\n\nChat.\n", "## 应用\n\n聊天。\n")).contains("uses");
        assertThat(flagged("## Uses\n\nChat.\n", "## 用途\n\n聊天。\n")).doesNotContain("uses");
    }

    @ParameterizedTest(name = "{0} ⇒ {1} accepted")
    @CsvSource(delimiter = '|', value = {
            "precision|在 bf16 精度下运行",
            "precision|精确率为 0.9",
            "requirement|硬件要求",
            "requirement|软件需求",
            "web|网络演示",
            "technical specifications|技术规范",
            "contact|联系",
            "bias|社会偏见",
            "bias|统计偏差",
            "guardrail|安全护栏",
            "decoder-only|仅解码器架构",
            "causal language modeling|因果语言建模",
            "weight decay|权重衰减为 0.1",
            "warm-up|预热 2000 步",
            "warmup|预热",
            "tensor parallelism|张量并行",
            "pipeline parallelism|流水线并行",
            "positional embeddings|旋转位置编码",
            "multi-query attention|多查询注意力",
            "acceptable use policy|可接受使用政策",
            "The held-out test split|保留测试集",
            "Notes were split at 2,048 tokens|记录按 2,048 个词元切分",
            "the training split|训练集",
    })
    void acceptsTheseRenderings(String en, String zh) {
        assertThat(glossary.find(en, "en")).as("'%s' is a glossary term", en).isNotEmpty();
        assertThat(glossary.check(en, "en", zh, "zh")).as("%s → %s", en, zh).isEmpty();
    }

    @ParameterizedTest(name = "{0} ⇏ {1}")
    @CsvSource(delimiter = '|', value = {
            "requirement|依赖",
            "embedding|向量",
            "checkpoint|权重",
            "The held-out test split|保留的数据",
    })
    void refusesTheseRenderings(String en, String zh) {
        assertThat(glossary.check(en, "en", zh, "zh")).as("%s → %s", en, zh).hasSize(1);
    }

    @Test
    void prefersSocialBiasRendering() {
        assertThat(glossary.term("bias").orElseThrow().zh()).isEqualTo("偏见");
    }
}
