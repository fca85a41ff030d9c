package dev.cardwright.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;

class ResultsReaderTest {
    static String fixture(String name) throws Exception {
        try (InputStream in = ResultsReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> shown(List<EvalResult> rows) {
        return rows.stream().map(r -> r.getModelName() + "|" + r.getTaskType() + "|" + r.getDatasetType() + "|" + r.getDatasetName()
                + "|" + r.getDatasetConfig() + "|" + r.getDatasetSplit() + "|" + r.getMetricType() + "|" + r.getMetricName()
                + "|" + r.getMetricValue()).toList();
    }

    @Test
    void readsLmEvaluationHarnessOutputOneRowPerTaskAndMetricWithoutStandardErrors() throws Exception {
        ResultsReader.Read read = ResultsReader.read(fixture("lm-eval-kestrel.json"), "results.json");
        assertThat(read.format()).isEqualTo("lm-evaluation-harness");
        assertThat(shown(read.rows())).containsExactly(
                "cardwright/kestrel-notes-120m|text-generation|allenai/ai2_arc|arc_easy|ARC-Easy|test|acc|acc (0-shot)|0.5614",
                "cardwright/kestrel-notes-120m|text-generation|allenai/ai2_arc|arc_easy|ARC-Easy|test|acc_norm|acc_norm (0-shot)|0.4987",
                "cardwright/kestrel-notes-120m|text-generation|Rowan/hellaswag|hellaswag|null|validation|acc|acc (0-shot)|0.3102",
                "cardwright/kestrel-notes-120m|text-generation|Rowan/hellaswag|hellaswag|null|validation|acc_norm|acc_norm (0-shot)|0.3551",
                "cardwright/kestrel-notes-120m|text-generation|openai/gsm8k|gsm8k|main|test|exact_match|exact_match (5-shot) [strict-match]|0.0167",
                "cardwright/kestrel-notes-120m|text-generation|openai/gsm8k|gsm8k|main|test|exact_match|exact_match (5-shot) [flexible-extract]|0.0212");
        assertThat(read.rows()).allMatch(r -> "lm-evaluation-harness".equals(r.getSourceName()));
        // huggingface_hub's EvalResult refuses a source name without a url, and with it the whole card
        assertThat(read.rows()).allMatch(r -> "https://github.com/EleutherAI/lm-evaluation-harness".equals(r.getSourceUrl()));
    }

    @Test
    void theModelComesFromModelArgsWhenThereIsNoModelName() throws Exception {
        String json = "{\"results\": {\"piqa\": {\"acc,none\": 0.6}}, \"config\": {\"model_args\": \"dtype=auto,pretrained=org/m\"}}";
        assertThat(shown(ResultsReader.read(json, "x").rows())).containsExactly("org/m|text-generation|piqa|piqa|null|null|acc|acc|0.6");
    }

    @Test
    void readsEvaluatesComputedAndSavedResults() throws Exception {
        ResultsReader.Read read = ResultsReader.read("{\"accuracy\": 0.91, \"f1\": 0.875, \"_timestamp\": \"2026-12-03\","
                + " \"_python_version\": \"3.11\", \"model\": \"org/bert-zh\", \"dataset\": \"clue\", \"config\": \"tnews\", \"split\": \"validation\"}", "eval.json");
        assertThat(read.format()).isEqualTo("evaluate");
        assertThat(shown(read.rows())).containsExactly(
                "org/bert-zh|null|clue|clue|tnews|validation|accuracy|null|0.91",
                "org/bert-zh|null|clue|clue|tnews|validation|f1|null|0.875");
        assertThat(shown(ResultsReader.read("{\"rouge\": {\"rouge1\": 0.41, \"rougeL\": 0.38}}", "r.json").rows()))
                .containsExactly("model|null|null|null|null|null|rouge|rouge1|0.41", "model|null|null|null|null|null|rouge|rougeL|0.38");
    }

    @Test
    void readsLongAndWideTablesAsCsvAndTsv() throws Exception {
        String longCsv = "Model,Task,Dataset,Split,Metric,Value\norg/m,text-classification,glue,test,accuracy,0.9\n"
                + "org/m,text-classification,\"glue, sst2\",test,f1,\"0.8\"\n";
        ResultsReader.Read read = ResultsReader.read(longCsv, "r.csv");
        assertThat(read.format()).isEqualTo("CSV");
        assertThat(shown(read.rows())).containsExactly(
                "org/m|text-classification|glue|glue|null|test|accuracy|null|0.9",
                "org/m|text-classification|glue, sst2|glue, sst2|null|test|f1|null|0.8");
        ResultsReader.Read wide = ResultsReader.read("dataset\tsplit\taccuracy\tf1\nclue\ttest\t0.91\t0.88\n", "r.tsv");
        assertThat(wide.format()).isEqualTo("TSV");
        assertThat(shown(wide.rows())).containsExactly(
                "model|null|clue|clue|null|test|accuracy|null|0.91", "model|null|clue|clue|null|test|f1|null|0.88");
    }

    @Test
    void badInputIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> ResultsReader.read("{\"results\": {\"a\": {\"acc,none\": 0.5,}}}\n", "r.json"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("r.json");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isGreaterThan(30);
                });
        assertThatThrownBy(() -> ResultsReader.read("metric,value\nacc,0.5\nf1,0.3,extra\n", "r.csv"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).startsWith("r.csv:3:1:").contains("3 cells"));
        assertThatThrownBy(() -> ResultsReader.read("metric,value\n\"acc,0.5\n", "r.csv"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> ResultsReader.read("{\"name\": \"x\"}", "r.json")).hasMessageContaining("neither");
    }

    /** Any cells, quoted as a spreadsheet writes CSV, read back as they were. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void csvCellsRoundTrip(long seed) throws Exception {
        Random random = new Random(seed);
        String[] bits = {"a", "b c", ",", "\"", "\n", "x", "1"};
        for (int i = 0; i < 100; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                name.append(bits[random.nextInt(bits.length)]);
            }
            String dataset = name.toString().strip();
            if (dataset.isEmpty()) {
                continue;
            }
            String csv = "dataset,metric,value\n\"" + dataset.replace("\"", "\"\"") + "\",acc," + i + "\n";
            EvalResult r = ResultsReader.read(csv, "r.csv").rows().get(0);
            assertThat(r.getDatasetType()).isEqualTo(dataset);
            assertThat(r.getMetricValue()).isEqualTo(i);
        }
    }
}
