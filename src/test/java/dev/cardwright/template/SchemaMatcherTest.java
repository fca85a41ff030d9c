package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.ReadmeReader;

import dev.cardwright.testing.SharedCorpus;

class SchemaMatcherTest {
    static Card read(String markdown) throws IOException {
        return ReadmeReader.read(markdown.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    static Card corpus(String name) throws IOException {
        return ReadmeReader.read(SharedCorpus.card(name));
    }

    private static String idOf(Card card, String title) {
        return card.allSections().filter(s -> s.getTitle().equals(title)).findFirst().map(Section::getId).orElseThrow();
    }

    @Test
    void givesEverySectionOfACardMadeFromTheHubTemplateItsSchemaId() throws IOException {
        Card card = corpus("THUDM_ChatGLM3__basic_demo_checkpoint-3000-chat_README.md");
        Map<String, Section> matched = SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(matched.keySet()).containsExactlyElementsOf(TemplateSchema.model().all().map(SectionSpec::id).toList());
        assertThat(card.findSection("uses.direct-use").orElseThrow().getTitle()).isEqualTo("Direct Use");
        assertThat(card.findSection("model-details.sources").orElseThrow().getTitle()).startsWith("Model Sources");
        assertThat(card.findSection("training-details.training-procedure").orElseThrow().getHeading()).isEqualTo("### Training Procedure \n");
        // a section the template does not have keeps its slug
        assertThat(idOf(card, "Framework versions")).isEqualTo("framework-versions");
    }

    @Test
    void matchesChineseHeadingsOfRealCards() throws IOException {
        Card card = corpus("THUDM_ChatGLM-6B__README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(idOf(card, "局限性")).isEqualTo("bias-risks-limitations");
        assertThat(idOf(card, "引用")).isEqualTo("citation");
        assertThat(idOf(card, "使用方式")).isEqualTo("get-started");
        assertThat(idOf(card, "介绍")).isEqualTo("介绍");
    }

    @Test
    void ignoresCaseSpacingColonsAndOptionalMarkersAndReadsAliases() throws IOException {
        Card card = read("# Model Card for tiny\n\n## model   details\n\n### MODEL DESCRIPTION:\n\ntext\n\n### 模型来源 [optional]\n\n"
                + "## 用途\n\n### 直接使用\n\nx\n\n## Limitations and Bias\n\n## 评估\n\n### 结果\n\n| a |\n");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(card.allSections().map(Section::getId)).containsExactly("title", "model-details", "model-details.description",
                "model-details.sources", "uses", "uses.direct-use", "bias-risks-limitations", "evaluation", "evaluation.results");
    }

    @Test
    void nestedSchemaSectionsMatchOnlyUnderTheirParent() throws IOException {
        Card card = read("## Results\n\nfree-standing\n\n## Direct Use\n\n## Evaluation\n\n### Results\n\nnested\n");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(card.allSections().map(Section::getId)).containsExactly("results", "direct-use", "evaluation", "evaluation.results");
        assertThat(card.findSection("evaluation.results").orElseThrow().getText()).contains("nested");
    }

    @Test
    void matchesTheLayoutOfCardsWrittenByTrainerOnRealCards() throws IOException {
        Card card = corpus("saranscript_huggingface-models__models_EColi_sponsorblock-base-v1_README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(idOf(card, "Model description")).isEqualTo("model-details.description");
        assertThat(idOf(card, "Intended uses & limitations")).isEqualTo("uses");
        assertThat(idOf(card, "Training and evaluation data")).isEqualTo("training-details.training-data");
        assertThat(idOf(card, "Training procedure")).isEqualTo("training-details.training-procedure");
        assertThat(idOf(card, "Training hyperparameters")).isEqualTo("training-details.training-procedure.hyperparameters");
        assertThat(idOf(card, "Framework versions")).isEqualTo("framework-versions");
        Card gptj = corpus("saranscript_huggingface-models__models_EleutherAI_gpt-j-6B_README.md");
        SchemaMatcher.match(gptj, TemplateSchema.model());
        assertThat(idOf(gptj, "Limitations and Biases")).isEqualTo("bias-risks-limitations");
        assertThat(idOf(gptj, "Citation and Related Information")).isEqualTo("citation");
    }

    @Test
    void standaloneSubsectionsDoNotMatchUnderAnotherKnownSection() throws IOException {
        Card card = read("## Uses\n\n### Training Data\n\nnot here\n\n## Training data\n\nhere\n");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(card.allSections().map(Section::getId)).containsExactly("uses", "training-data", "training-details.training-data");
    }

    @Test
    void givesEachSchemaIdOnceAndKeepsIdsUnique() throws IOException {
        Card card = read("## 引用\n\nzh\n\n## Citation\n\nen\n\n## Citation\n\nagain\n");
        SchemaMatcher.match(card, TemplateSchema.model());
        assertThat(card.allSections().map(Section::getId)).containsExactly("citation", "citation-3", "citation-2");
        assertThat(card.findSection("citation").orElseThrow().getText()).contains("zh");
    }

    @Test
    void matchesDatasetCards() throws IOException {
        Card card = read("# Dataset Card for Tiny\n\n## Dataset Details\n\n### Dataset Description\n\n## Dataset Structure\n\n"
                + "## Dataset Creation\n\n### Source Data\n\n#### Who are the source data producers?\n\n## 引用\n");
        SchemaMatcher.match(card, TemplateSchema.dataset());
        assertThat(card.allSections().map(Section::getId)).containsExactly("title", "dataset-details", "dataset-details.description",
                "dataset-structure", "dataset-creation", "dataset-creation.source-data", "dataset-creation.source-data.producers", "citation");
    }
}
