package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cardwright.testing.SharedCorpus;

/**
 * The real cards of ../shared/corpus: every one validates without an exception, with every
 * diagnostic inside the file; every card huggingface_hub refuses (peer {@code loads: false})
 * gets an error; and the diagnostics of known-broken cards are pinned.
 */
class CorpusValidationTest {
    private static final CardValidator VALIDATOR = new CardValidator();
    /** Peer files are Python's json.dumps output, which writes NaN for float('nan') metric values. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    private static ValidationResult validate(Path card) throws IOException {
        CardLoader.Loaded loaded = CardLoader.load(card, card.getFileName().toString());
        ValidationResult r = VALIDATOR.validate(loaded.text(), loaded.cardType());
        List<Diagnostic> all = new java.util.ArrayList<>(loaded.problems());
        all.addAll(r.diagnostics());
        return new ValidationResult(r.file(), all, r.completeness());
    }

    @ParameterizedTest
    @MethodSource("cards")
    void everyCardValidatesWithDiagnosticsInsideTheFile(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        ValidationResult r = validate(card);
        int lines = lineCount(Files.readAllBytes(card));
        assertThat(r.diagnostics()).allSatisfy(d -> {
            assertThat(d.line()).isBetween(1, lines + 1);
            assertThat(d.column()).isPositive();
        });
        assertThat(r.completeness().score()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("cards")
    void everyCardTheReferenceRefusesIsAnError(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        JsonNode peer = JSON.readTree(SharedCorpus.PEER.resolve(card.getFileName() + ".json").toFile());
        if (peer.path("loads").asBoolean(true)) {
            return; // the reference reads it; warnings or errors of ours are improvements, not parity
        }
        assertThat(validate(card).hasErrors())
                .as("huggingface_hub refuses it (%s)", peer.path("error").asText())
                .isTrue();
    }

    /** Known-broken cards (see corpus MANIFEST notes and peer errors): metadata diagnostics (CW0xx–CW2xx) pinned. */
    private static final Map<String, List<String>> PINNED = Map.ofEntries(
            Map.entry("saranscript_huggingface-models__models_Jikiwa_text-files-2_README.md", List.of("CW003@2:1")),
            Map.entry("saranscript_huggingface-models__models_Madhour_gpt2-eli5_README.md", List.of("CW003@9:11")),
            Map.entry("saranscript_huggingface-models__models_aman21_DialoGPT-medium-Morty_README.md", List.of("CW004@3:1")),
            Map.entry("saranscript_huggingface-models__models_osanseviero_test_tag_README.md", List.of("CW003@2:15")),
            Map.entry("saranscript_huggingface-models__models_Jtisch7_bertFinancialSent_README.md", List.of("CW001@1:1", "CW009@1:1")),
            Map.entry("saranscript_huggingface-models__models_Jacobo_grc_ud_perseus_lg_README.md",
                    List.of("CW201@10:5", "CW201@17:5", "CW201@24:5", "CW201@31:5", "CW201@38:5", "CW201@45:5", "CW201@52:5")),
            Map.entry("saranscript_huggingface-models__models_henryu-lin_t5-3b-samsum-deepspeed_README.md", List.of("CW201@14:5")),
            Map.entry("saranscript_huggingface-models__models_knkarthick_MEETING_SUMMARY_README.md", List.of("CW107@9:3", "CW201@19:5", "CW201@23:7")),
            Map.entry("saranscript_huggingface-models__models_lewtun_xlm-roberta-base-finetuned-marc-500-samples_README.md", List.of("CW004@2:1")),
            Map.entry("saranscript_huggingface-models__models_Luciano_bertimbau-base-lener_br_README.md", List.of("CW020@12:1")),
            Map.entry("saranscript_huggingface-models__models_anferico_bert-for-patents_README.md", List.of("CW020@7:1", "CW020@8:1")),
            Map.entry("saranscript_huggingface-models__models_SEBIS_legal_t5_small_multitask_de_fr_README.md", List.of("CW103@3:11", "CW107@7:3")),
            Map.entry("saranscript_huggingface-models__models_Davlan_bert-base-multilingual-cased-finetuned-wolof_README.md", List.of("CW008@2:1")),
            Map.entry("saranscript_huggingface-models__models_Severine_test2_README.md", List.of("CW102@2:10", "CW102@2:10")),
            Map.entry("saranscript_huggingface-models__models_qqhann_w2v_hf_commonvoice_from_xlsr53_pretrain_0329UTC1500_README.md", List.of("CW003@7:1")));

    @Test
    void knownBrokenCardsKeepTheirDiagnostics() throws IOException {
        for (Map.Entry<String, List<String>> e : PINNED.entrySet()) {
            ValidationResult r = validate(SharedCorpus.card(e.getKey()));
            List<String> found = r.diagnostics().stream().filter(d -> d.code().compareTo("CW300") < 0)
                    .map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
            assertThat(found).as(e.getKey()).containsExactlyElementsOf(e.getValue());
        }
    }

    private static int lineCount(byte[] bytes) {
        int n = 1;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
