package dev.cardwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GetStartedDraftTest {
    @ParameterizedTest
    @CsvSource({
        "transformers, text-classification, 'pipeline(\"text-classification\", model=\"lab/m\")'",
        "transformers, image-classification, 'print(pipe(\"image.jpg\"))'",
        "sentence-transformers, sentence-similarity, 'SentenceTransformer(\"lab/m\")'",
        "diffusers, text-to-image, 'DiffusionPipeline.from_pretrained(\"lab/m\"'",
        "timm, image-classification, 'timm.create_model(\"hf-hub:lab/m\"'",
        "setfit, text-classification, 'SetFitModel.from_pretrained(\"lab/m\")'",
        "llama-cpp-python, text-generation, 'llama-cli -hf lab/m'",
        "spacy, token-classification, 'snapshot_download(\"lab/m\")'",
    })
    void eachLibraryGetsItsOwnLoadingCall(String library, String task, String expected) {
        String draft = GetStartedDraft.draft(Map.of("library_name", library, "pipeline_tag", task), "lab/m");
        assertThat(draft).contains(expected).startsWith("```").endsWith("```");
    }

    @Test
    void peftLoadsTheBaseModelThenTheAdapter() {
        String draft = GetStartedDraft.draft(Map.of("library_name", "peft", "pipeline_tag", "text-generation",
                "base_model", List.of("Qwen/Qwen2.5-7B")), "lab/lora");
        assertThat(draft).contains("AutoModelForCausalLM.from_pretrained(\"Qwen/Qwen2.5-7B\")")
                .contains("PeftModel.from_pretrained(base, \"lab/lora\")");
    }

    @Test
    void ggufTagsWithoutALibraryMeanLlamaCpp() {
        assertThat(GetStartedDraft.draft(Map.of("tags", List.of("GGUF")), "lab/m-gguf")).contains("Llama.from_pretrained(repo_id=\"lab/m-gguf\"");
    }

    @Test
    void theDraftReplacesALonePlaceholder() {
        assertThat(GetStartedDraft.addTo("\nRun the code below.\n\n[More Information Needed]\n\n", "```python\nx\n```"))
                .isEqualTo("\nRun the code below.\n\n```python\nx\n```\n");
    }
}
