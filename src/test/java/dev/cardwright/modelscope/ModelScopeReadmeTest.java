package dev.cardwright.modelscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.yaml.Metadata;

/** The ModelScope twin of real Chinese cards and of made-up ones: front matter, body and what is reported. */
class ModelScopeReadmeTest {
    private static Map<String, Object> twinMeta(ModelScopeReadme twin) throws Exception {
        Card card = ModelScopeCards.readme(twin.text());
        return Metadata.parse(card.getFrontMatter().getYaml());
    }

    private static Card corpus(String name) throws Exception {
        return ReadmeReader.read(Shared.assumeFile("corpus/cards/" + name));
    }

    /** The mapping pinned on the corpus's Chinese cards: task, license and framework as ModelScope names them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            saranscript_huggingface-models__models_voidful_albert_chinese_base_README.md | fill-mask | - | -
            yvanzhu_streamlit-example__text2vec-base-chinese_README.md | sentence-similarity | Apache License 2.0 | -
            saranscript_huggingface-models__models_ckiplab_albert-tiny-chinese-ner_README.md | - | GPL-3.0 | -
            saranscript_huggingface-models__models_facebook_xglm-564M_README.md | - | MIT | -
            saranscript_huggingface-models__models_shibing624_macbert4csc-base-chinese_README.md | - | Apache License 2.0 | -
            xy-Summer-Sky_Train__bge-large-zh-v1.5_README.md | - | MIT | -
            """)
    void chineseCorpusCardsMapAsPinned(String file, String task, String license, String framework) throws Exception {
        Card card = corpus(file);
        Map<String, Object> hub = Metadata.parse(card.getFrontMatter().getYaml());
        ModelScopeReadme twin = ModelScopeReadme.of(card, file);
        Map<String, Object> ms = twinMeta(twin);
        assertThat(ms.get("tasks")).isEqualTo(task == null ? null : List.of(task));
        assertThat(ms.get("license")).isEqualTo(license);
        assertThat(ms.get("frameworks")).isEqualTo(framework == null ? null : List.of(framework));
        assertThat(ms).doesNotContainKey("pipeline_tag");
        assertThat(ms.get("language")).isEqualTo(hub.get("language"));
        assertThat(ms.get("tags")).isEqualTo(hub.get("tags"));
        if (task == null) {
            assertThat(twin.notes()).contains("tasks: the card has no pipeline_tag, so the twin names no task");
        }
        // no translation in a single README: the body is the source's, said so
        assertThat(twin.notes()).contains("body: the card has no Chinese translation; the twin carries the source text");
        String body = card.write().substring(card.getFrontMatter().write(card.getFormat().lineEnding()).length());
        assertThat(twin.text()).endsWith(body);
    }

    @Test
    void aHubCardWithResultsGetsTasksFrameworksAndIndexing() throws Exception {
        Card card = ModelScopeCards.readme("""
                ---
                license: apache-2.0
                library_name: transformers
                pipeline_tag: automatic-speech-recognition
                language:
                - zh
                datasets:
                - wenet/aishell
                base_model: org/base
                base_model_relation: finetune
                model-index:
                - name: asr-zh
                  results:
                  - task:
                      type: automatic-speech-recognition
                      name: 语音识别
                    dataset:
                      type: wenet/aishell
                      name: AISHELL-1
                      config: default
                      split: test
                    metrics:
                    - type: cer
                      value: 4.2
                      name: CER
                    - type: wer
                      value: 7.5
                ---
                # ASR
                """);
        ModelScopeReadme twin = ModelScopeReadme.of(card, "README.md");
        assertThat(twin.text()).startsWith("""
                ---
                tasks:
                - auto-speech-recognition
                frameworks:
                - pytorch
                license: Apache License 2.0
                language:
                - zh
                datasets:
                - wenet/aishell
                base_model: org/base
                base_model_relation: finetune
                library_name: transformers
                indexing:
                  name: asr-zh
                  results:
                  - task:
                      type: auto-speech-recognition
                      name: 语音识别
                    dataset:
                      name: AISHELL-1
                      type: wenet/aishell
                      args: default
                      split: test
                    metrics:
                    - type: cer
                      value: 4.2
                      name: CER
                    - type: wer
                      value: 7.5
                ---
                # ASR
                """);
    }

    @Test
    void tagsAndLicensesWithoutCounterpartAreKeptAndReported() throws Exception {
        Card card = ModelScopeCards.readme("---\nlicense: cc-by-4.0\npipeline_tag: audio-classification\nlibrary_name: fastai\n---\n# x\n");
        ModelScopeReadme twin = ModelScopeReadme.of(card, "README.md");
        Map<String, Object> ms = twinMeta(twin);
        assertThat(ms).containsEntry("license", "cc-by-4.0").containsEntry("pipeline_tag", "audio-classification")
                .doesNotContainKeys("tasks", "frameworks");
        assertThat(twin.notes()).contains(
                "pipeline_tag: \"audio-classification\" has no ModelScope task; kept as pipeline_tag, no tasks written",
                "license: \"cc-by-4.0\" has no ModelScope name; kept as it is",
                "library_name: \"fastai\" has no ModelScope framework; no frameworks written");
    }

    @Test
    void theBodyComesFromTheChineseTranslation() throws Exception {
        Path dir = Shared.assumeDirectory("corpus/cards");
        Card card = ReadmeReader.read(dir.resolve("FlagOpen_FlagEmbedding__README.md"));
        List<TranslationImporter.Result> imported = TranslationImporter.importFiles(card, "en",
                Map.of("zh", dir.resolve("FlagOpen_FlagEmbedding__README_zh.md")));
        assertThat(imported.get(0).paired()).isPositive();
        ModelScopeReadme twin = ModelScopeReadme.of(card, "README.md");
        String zh = Files.readString(dir.resolve("FlagOpen_FlagEmbedding__README_zh.md"));
        // a paired section's Chinese heading and text are in the twin, the English ones are not
        String heading = card.getTranslations().get(0).getSections().values().stream()
                .filter(s -> !s.getHeading().isBlank() && s.getHeading().codePoints().anyMatch(c -> c > 0x4e00))
                .findFirst().orElseThrow().getHeading().strip();
        assertThat(zh).contains(heading);
        assertThat(twin.text()).contains(heading);
        assertThat(twin.notes()).noneMatch(n -> n.startsWith("body: the card has no Chinese translation"));
    }

    @Test
    void frontMatterThatIsNoMappingIsAnErrorWithItsPlace() throws Exception {
        Card card = ModelScopeCards.readme("---\n- a\n- b\n---\n# x\n");
        assertThatThrownBy(() -> ModelScopeReadme.of(card, "README.md"))
                .isInstanceOf(CardFormatException.class)
                .hasMessageContaining("not a mapping");
    }
}
