package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.translate.DoNotTranslate.Item;
import dev.cardwright.translate.DoNotTranslate.Kind;
import dev.cardwright.translate.DoNotTranslate.Problem;

class DoNotTranslateTest {
    private static final String SOURCE = """
            Load [THUDM/chatglm-6b](https://huggingface.co/THUDM/chatglm-6b) with `trust_remote_code=True`,
            or BAAI/bge-large-zh. Weights are released under apache-2.0 and/or cc-by-nc-4.0.

            ```python
            # load the model
            model = AutoModel.from_pretrained("THUDM/chatglm-6b")
            ```

            @misc{glm2024,
              title={ChatGLM: A Family of {Large} Language Models},
              year={2024}
            }
            """;

    @Test
    void findsEachKindOnce() {
        List<Item> items = DoNotTranslate.find(SOURCE);
        assertThat(items).extracting(Item::kind, Item::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.MODEL_ID, "THUDM/chatglm-6b"),
                org.assertj.core.groups.Tuple.tuple(Kind.URL, "https://huggingface.co/THUDM/chatglm-6b"),
                org.assertj.core.groups.Tuple.tuple(Kind.INLINE_CODE, "`trust_remote_code=True`"),
                org.assertj.core.groups.Tuple.tuple(Kind.MODEL_ID, "BAAI/bge-large-zh"),
                org.assertj.core.groups.Tuple.tuple(Kind.LICENSE_ID, "apache-2.0"),
                org.assertj.core.groups.Tuple.tuple(Kind.LICENSE_ID, "cc-by-nc-4.0"),
                org.assertj.core.groups.Tuple.tuple(Kind.CODE_BLOCK,
                        "```python\n# load the model\nmodel = AutoModel.from_pretrained(\"THUDM/chatglm-6b\")\n```\n"),
                org.assertj.core.groups.Tuple.tuple(Kind.BIBTEX,
                        "@misc{glm2024,\n  title={ChatGLM: A Family of {Large} Language Models},\n  year={2024}\n}"));
    }

    @Test
    void urlsEndBeforeSentenceAndChinesePunctuation() {
        assertThat(DoNotTranslate.find("见 https://github.com/THUDM/GLM-4。也可 http://a.b/c.")).extracting(Item::text)
                .containsExactly("https://github.com/THUDM/GLM-4", "http://a.b/c");
        assertThat(DoNotTranslate.find("CPU/GPU and input/output, 4/8 bit, docs/README.md")).isEmpty();
    }

    @Test
    void faithfulTranslationHasNoIssues() {
        String zh = """
                使用 `trust_remote_code=True` 加载 [THUDM/chatglm-6b](https://huggingface.co/THUDM/chatglm-6b)，
                或 BAAI/bge-large-zh。权重以 Apache-2.0 或 cc-by-nc-4.0 发布。

                ```python
                # load the model   \s
                model = AutoModel.from_pretrained("THUDM/chatglm-6b")
                ```

                @misc{glm2024,
                  title={ChatGLM: A Family of {Large} Language Models},
                  year={2024}
                }
                """;
        assertThat(DoNotTranslate.compare(SOURCE, zh)).isEmpty();
    }

    @Test
    void reportsLostAddedAndChangedPieces() {
        String zh = """
                加载 [THUDM/chatglm2-6b](https://huggingface.co/THUDM/chatglm-6b)，许可证为 mit。

                ```python
                # 加载模型
                model = AutoModel.from_pretrained("THUDM/chatglm-6b")
                ```
                """;
        List<DoNotTranslate.Issue> issues = DoNotTranslate.compare(SOURCE, zh);
        assertThat(issues).extracting(DoNotTranslate.Issue::kind, DoNotTranslate.Issue::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.CODE_BLOCK, Problem.CHANGED),
                org.assertj.core.groups.Tuple.tuple(Kind.INLINE_CODE, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.BIBTEX, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.MODEL_ID, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.MODEL_ID, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.MODEL_ID, Problem.ADDED),
                org.assertj.core.groups.Tuple.tuple(Kind.LICENSE_ID, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.LICENSE_ID, Problem.MISSING),
                org.assertj.core.groups.Tuple.tuple(Kind.LICENSE_ID, Problem.ADDED));
        assertThat(issues.get(0).message()).isEqualTo(
                "code block 1 differs from the source: line 2 '# load the model' became '# 加载模型'");
    }

    @Test
    void maskKeepsOffsetsAndLineBreaks() {
        String masked = DoNotTranslate.mask(SOURCE);
        assertThat(masked).hasSameSizeAs(SOURCE);
        assertThat(masked.lines().count()).isEqualTo(SOURCE.lines().count());
        assertThat(masked).doesNotContain("chatglm", "apache", "@misc").contains("Weights are released under");
    }
}
