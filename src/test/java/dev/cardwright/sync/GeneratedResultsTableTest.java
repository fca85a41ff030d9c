package dev.cardwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.Metadata;

class GeneratedResultsTableTest {
    private static Map<String, Object> meta(String yaml) throws Exception {
        return Metadata.parse(yaml);
    }

    private static final String ONE = """
            model-index:
            - name: m
              results:
              - task: {type: text-classification}
                dataset: {name: C-MTEB TNews, type: C-MTEB/TNews-classification, split: test}
                metrics:
                - {type: accuracy, value: 0.512}
            """;
    private static final String TWO = ONE + """
                - {type: f1, name: Macro F1, value: 0.48}
            """;

    @Test
    void insertReplacesThePlaceholderAndMarksTheTable() throws Exception {
        String text = GeneratedResultsTable.insert("\n[More Information Needed]\n\n", GeneratedResultsTable.rows(meta(ONE)), false);
        assertThat(text).isEqualTo("\n" + GeneratedResultsTable.BEGIN + "\n| Task | Dataset | Split | Metric | Value |\n"
                + "| --- | --- | --- | --- | ---: |\n| text-classification | C-MTEB TNews | test | accuracy | 0.512 |\n"
                + GeneratedResultsTable.END + "\n\n");
        assertThat(GeneratedResultsTable.isIn(text)).isTrue();
    }

    @Test
    void theTableFollowsTheResultsUntilTheAuthorEditsInsideIt() throws Exception {
        Card card = new Card();
        Section results = new Section(GeneratedResultsTable.SECTION_ID, 3, "### Results\n", "Results",
                GeneratedResultsTable.insert("\nScores on the test split.\n", GeneratedResultsTable.rows(meta(ONE)), false));
        card.getSections().add(results);
        assertThat(GeneratedResultsTable.follow(card, meta(ONE), meta(TWO))).isTrue();
        assertThat(results.getText()).startsWith("\nScores on the test split.\n\n")
                .contains("| text-classification | C-MTEB TNews | test | Macro F1 | 0.48 |\n" + GeneratedResultsTable.END);

        results.setText(results.getText().replace("| 0.48 |", "| 0.48 (dev) |"));
        String edited = results.getText();
        assertThat(GeneratedResultsTable.follow(card, meta(TWO), meta(ONE))).isFalse();
        assertThat(results.getText()).isEqualTo(edited);
    }

    @Test
    void severalModelsGetAModelColumnAndChineseHeadingsInAChineseSection() {
        dev.cardwright.card.EvalResult a = new dev.cardwright.card.EvalResult();
        a.setModelName("base");
        a.setTaskType("fill-mask");
        a.setMetricType("acc");
        a.setMetricValue(0.5);
        dev.cardwright.card.EvalResult b = new dev.cardwright.card.EvalResult();
        b.setModelName("large|x");
        b.setTaskType("fill-mask");
        b.setMetricType("acc");
        b.setMetricValue(0.61);
        assertThat(GeneratedResultsTable.table(List.of(a, b), true)).isEqualTo("| 模型 | 任务 | 数据集 | 划分 | 指标 | 数值 |\n"
                + "| --- | --- | --- | --- | --- | ---: |\n| base | fill-mask |  |  | acc | 0.5 |\n| large\\|x | fill-mask |  |  | acc | 0.61 |\n");
    }
}
