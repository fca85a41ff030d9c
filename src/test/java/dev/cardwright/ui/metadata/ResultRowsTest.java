package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;

/** "Add row" continues the row before it; the filter finds rows by any cell. */
class ResultRowsTest {
    private static final String YAML = """
            metrics:
            - f1
            model-index:
            - name: m
              results:
              - task:
                  type: text-classification
                dataset:
                  name: TNews
                  type: C-MTEB/TNews-classification
                  split: test
                metrics:
                - type: accuracy
                  value: 0.51
            """;

    private static MetadataViewModel model(String yaml) {
        Card c = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(yaml);
        c.setFrontMatter(fm);
        return new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
    }

    @Test
    void aRowAddedAfterAnotherContinuesItWithTheNextMetricItHasNot() {
        Card card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(YAML);
        card.setFrontMatter(fm);
        MetadataViewModel vm = new MetadataViewModel(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        EvalResult first = vm.getResults().get(0);
        EvalResult f1 = vm.addResult(first);
        assertThat(f1.getMetricType()).as("the card's declared metric first").isEqualTo("f1");
        assertThat(f1.getDatasetType()).isEqualTo("C-MTEB/TNews-classification");
        assertThat(f1.getDatasetSplit()).isEqualTo("test");
        assertThat(f1.getTaskType()).isEqualTo("text-classification");
        assertThat(f1.getMetricValue()).isNull();
        EvalResult next = vm.addResult(null); // no selection: after the last row
        assertThat(next.getMetricType()).as("then the task's usual metrics not yet there").isEqualTo("precision");
        assertThat(vm.getResults()).containsExactly(first, f1, next);
        next.setMetricValue(0.4);
        vm.commitRow(next);
        f1.setMetricValue(0.47);
        vm.commitRow(f1);
        assertThat(model(card.getFrontMatter().getYaml()).getResults()).extracting(EvalResult::getMetricType)
                .containsExactly("accuracy", "f1", "precision");
    }

    @Test
    void theFilterNeedsEveryWordInSomeCell() {
        EvalResult r = new EvalResult();
        r.setDatasetName("C-MTEB TNews");
        r.setMetricType("accuracy");
        r.setMetricValue(0.51);
        assertThat(RowFilter.of("tnews ACC").test(r)).isTrue();
        assertThat(RowFilter.of("0.51").test(r)).isTrue();
        assertThat(RowFilter.of("tnews f1").test(r)).isFalse();
        assertThat(RowFilter.of("   ")).as("blank shows every row").isNull();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aFilterShowsExactlyTheRowsWhoseCellsHoldTheWord(long seed) {
        Random random = new Random(seed);
        List<String> words = List.of("glue", "squad", "tnews", "afqmc", "cmnli");
        for (int i = 0; i < 200; i++) {
            EvalResult r = new EvalResult();
            String dataset = words.get(random.nextInt(words.size()));
            r.setDatasetName(dataset);
            r.setMetricType(random.nextBoolean() ? "accuracy" : "f1");
            String word = words.get(random.nextInt(words.size()));
            assertThat(RowFilter.of(word).test(r)).isEqualTo(dataset.equals(word));
        }
    }
}
