package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;

class MetadataViewModelTest {
    private static Card card(String yaml) {
        Card c = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(yaml);
        c.setFrontMatter(fm);
        return c;
    }

    @Test
    void readsKnownKeys() {
        Card c = card("license: mit\nlanguage:\n- en\n- zh\nbase_model: a/b\ntags: [x, y]\nco2_eq_emissions:\n  emissions: 12\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        assertThat(vm.getLanguages()).containsExactly("en", "zh");
        assertThat(vm.getBaseModels()).containsExactly("a/b");
        assertThat(vm.getTags()).containsExactly("x", "y");
        assertThat(vm.co2Property().get()).isEqualTo("12");
        assertThat(vm.otherLicenseProperty().get()).isFalse();
    }

    @Test
    void editsRewriteOnlyTheirKey() {
        Card c = card("# keep me\nlicense: mit  # a comment\nlanguage:\n- en\ntags: [x, y]\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        vm.licenseProperty().set("apache-2.0");
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("# keep me\nlicense: apache-2.0  # a comment\nlanguage:\n- en\ntags: [x, y]\n");
        vm.getLanguages().add("zh");
        assertThat(c.getFrontMatter().getYaml()).contains("language:\n- en\n- zh\n").contains("tags: [x, y]");
        vm.getTags().clear();
        assertThat(c.getFrontMatter().getYaml()).doesNotContain("tags");
        vm.licenseProperty().set("other");
        assertThat(vm.otherLicenseProperty().get()).isTrue();
        vm.licenseNameProperty().set("my-license");
        assertThat(c.getFrontMatter().getYaml()).contains("license_name: my-license\n");
    }

    @Test
    void co2GoesIntoTheMappingWhenThereIsOne() {
        Card c = card("co2_eq_emissions:\n  emissions: 12\n  source: x\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        vm.co2Property().set("15.5");
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("co2_eq_emissions:\n  emissions: 15.5\n  source: x\n");
        vm.co2Property().set("abc");
        assertThat(vm.editErrorProperty().get()).contains("abc");
    }

    @Test
    void aCardWithoutFrontMatterGetsOne() {
        Card c = new Card();
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        vm.licenseProperty().set("mit");
        assertThat(c.getFrontMatter()).isNotNull();
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("license: mit\n");
    }

    @Test
    void followsTheYamlWhenItChangesElsewhereAndUndoRestores() {
        Card c = card("license: mit\n");
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(c, history);
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        vm.licenseProperty().set("bsd");
        history.undo();
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        c.getFrontMatter().setYaml("license: gpl-3.0\nfoo: 1\n");
        assertThat(vm.licenseProperty().get()).isEqualTo("gpl-3.0");
        assertThat(vm.otherKeys()).containsExactly("foo");
    }

    @Test
    void brokenYamlIsReportedNotOverwritten() {
        Card c = card("license: [mit\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        assertThat(vm.editErrorProperty().get()).isNotEmpty();
        vm.licenseProperty().set("apache-2.0");
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("license: [mit\n");
    }

    private static final String RESULTS = "license: mit\nmodel-index:\n- name: m\n  results:\n  - task:\n      type: summarization\n"
            + "    dataset:\n      name: D\n      type: org/d\n      split: test\n    metrics:\n    - type: rouge\n      value: 38.4\n"
            + "      name: ROUGE-L  # kept\n      args: {beam: 4}\n";

    @Test
    void evaluationTableEditsChangeOnlyTheirLines() {
        Card c = card(RESULTS);
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(c, history);
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        assertThat(vm.getResults()).hasSize(1);
        vm.getResults().get(0).setMetricValue(dev.cardwright.card.EvalResult.metricValueOf("40.1"));
        vm.commitResults();
        assertThat(c.getFrontMatter().getYaml()).isEqualTo(RESULTS.replace("38.4", "40.1"));
        history.undo();
        assertThat(c.getFrontMatter().getYaml()).isEqualTo(RESULTS);
        assertThat(vm.getResults().get(0).getMetricValue()).isEqualTo(38.4);
    }

    @Test
    void evaluationRowsAreAddedMovedAndRemoved() {
        Card c = card(RESULTS);
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        dev.cardwright.card.EvalResult first = vm.getResults().get(0);
        dev.cardwright.card.EvalResult added = vm.addResult(first);
        added.setMetricType("bleu");
        added.setMetricValue(12);
        vm.commitResults();
        assertThat(vm.getResults()).extracting(dev.cardwright.card.EvalResult::getMetricType).containsExactly("rouge", "bleu");
        assertThat(c.getFrontMatter().getYaml()).contains("    - type: bleu\n      value: 12\n").contains("args: {beam: 4}");
        vm.moveResult(vm.getResults().get(1), -1);
        assertThat(vm.getResults()).extracting(dev.cardwright.card.EvalResult::getMetricType).containsExactly("bleu", "rouge");
        assertThat(c.getFrontMatter().getYaml().indexOf("type: bleu")).isLessThan(c.getFrontMatter().getYaml().indexOf("type: rouge"));
        vm.removeResult(vm.getResults().get(0));
        vm.removeResult(vm.getResults().get(0));
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("license: mit\n");
    }

    @Test
    void choicesMatchByIdOrEitherName() {
        Choice zh = new Choice("zh", "Chinese", "中文");
        assertThat(zh.matches("ZH")).isTrue();
        assertThat(zh.matches("chin")).isTrue();
        assertThat(zh.matches("中文")).isTrue();
        assertThat(zh.matches("fr")).isFalse();
        assertThat(MetadataViewModel.topKey("model-index[0].results")).isEqualTo("model-index");
        assertThat(MetadataViewModel.topKey("/license")).isEqualTo("license");
    }
}
