package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.ui.task.QueuedTaskExecutor;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditor;
import dev.cardwright.yaml.ModelIndexCodec;

/**
 * The metadata form reads the YAML on the background executor and writes it at once. Here that
 * executor holds every job until the test runs it, so the text can change while a parse is in
 * flight, and a write that waited for one would show.
 */
class MetadataInBackgroundTest {
    /** The largest model-index of the corpus: 10,463 evaluation rows in 600 KB of YAML. */
    private static final String BIG = "Polymath-Saksh_document-intelligence__models_granite-embedding-107m-multilingual_README.md";

    private final QueuedTaskExecutor background = new QueuedTaskExecutor();

    private static Card card(String yaml) {
        Card c = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(yaml);
        c.setFrontMatter(fm);
        return c;
    }

    private static String yaml(Card c) {
        return c.getFrontMatter().getYaml();
    }

    @Test
    void theFormFillsOnlyWhenTheParseIsDelivered() {
        Card c = card("license: mit\ntags: [x]\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        assertThat(vm.licenseProperty().get()).isEmpty();
        background.runAll();
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        assertThat(vm.getTags()).containsExactly("x");
    }

    @Test
    void aParseOfAnOutdatedTextIsNotApplied() {
        Card c = card("license: mit\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        background.runAll();
        c.getFrontMatter().setYaml("license: bsd\ntags: [old]\n");
        c.getFrontMatter().setYaml("license: gpl-3.0\n");
        assertThat(background.waiting()).isEqualTo(1); // the parse of the second text waits for the first
        background.runNext(); // the parse of the first text: stale by now
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        assertThat(vm.getTags()).isEmpty();
        background.runNext();
        assertThat(vm.licenseProperty().get()).isEqualTo("gpl-3.0");
        assertThat(c.getFrontMatter().getYaml()).isEqualTo("license: gpl-3.0\n");
    }

    /** Typing in the YAML area: many texts, jobs delivered at random moments; the form ends on the last text. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void afterQuickChangesTheFormShowsTheLastText(long seed) throws Exception {
        Random random = new Random(seed);
        String[] licenses = {"mit", "apache-2.0", "bsd", "other"};
        String[] languages = {"en", "zh", "fr", "de"};
        Card c = card("license: mit\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        String last = null;
        for (int i = 0; i < 30; i++) {
            StringBuilder y = new StringBuilder("license: " + licenses[random.nextInt(licenses.length)] + "\n");
            if (random.nextBoolean()) {
                y.append("language:\n");
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    y.append("- ").append(languages[random.nextInt(languages.length)]).append('\n');
                }
            }
            if (random.nextBoolean()) {
                y.append("co2_eq_emissions: ").append(random.nextInt(100)).append('\n');
            }
            last = y.toString();
            c.getFrontMatter().setYaml(last);
            for (int r = random.nextInt(3); r > 0; r--) {
                background.runNext();
            }
        }
        background.runAll();
        Map<String, Object> expected = Metadata.parse(last);
        assertThat(yaml(c)).as("reading never writes").isEqualTo(last);
        assertThat(vm.licenseProperty().get()).isEqualTo(expected.get("license"));
        Object language = expected.get("language");
        assertThat(vm.getLanguages()).isEqualTo(language == null ? List.of() : language);
        Object co2 = expected.get("co2_eq_emissions");
        assertThat(vm.co2Property().get()).isEqualTo(co2 == null ? "" : String.valueOf(co2));
    }

    @Test
    void aValueTypedKeyByKeyIsInTheTextAtOnceAndUndoneAsOneStep() {
        Card c = card("license: mit\n");
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(c, history);
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        background.runAll();
        vm.licenseProperty().set("a");
        assertThat(yaml(c)).isEqualTo("license: a\n");
        vm.licenseProperty().set("ap");
        vm.licenseProperty().set("apache-2.0");
        assertThat(yaml(c)).isEqualTo("license: apache-2.0\n");
        history.undo();
        background.runAll();
        assertThat(yaml(c)).isEqualTo("license: mit\n");
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
    }

    @Test
    void editsOfTwoKeysStayTwoUndoStepsWithoutAFocusChange() {
        Card c = card("license: mit\n");
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(c, history);
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        vm.setStepBoundary(history::seal);
        background.runAll();
        vm.licenseProperty().set("bsd");
        vm.getTags().add("x"); // no seal between them: the step boundary draws it
        assertThat(yaml(c)).isEqualTo("license: bsd\ntags:\n- x\n");
        history.undo();
        assertThat(yaml(c)).isEqualTo("license: bsd\n");
        history.undo();
        assertThat(yaml(c)).isEqualTo("license: mit\n");
        background.runAll();
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        assertThat(vm.getTags()).isEmpty();
    }

    @Test
    void aRefusedEditIsReportedAndTheFormFollowsTheText() {
        Card c = card("license: mit\nkeep: &a 1\nalso: *a\n");
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        background.runAll();
        vm.co2Property().set("12");
        background.runAll();
        assertThat(vm.editErrorProperty().get()).isEmpty();
        c.getFrontMatter().setYaml("license: [mit\n");
        vm.licenseProperty().set("bsd");
        background.runAll();
        assertThat(vm.editErrorProperty().get()).isNotEmpty();
        assertThat(yaml(c)).isEqualTo("license: [mit\n");
    }

    @Test
    void aCommitOnTheLargestModelIndexIsWrittenAtOnceWithAMinimalEdit() throws Exception {
        Card c = ReadmeReader.read(SharedCorpus.card(BIG));
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        background.runAll();
        assertThat(vm.getResults()).hasSizeGreaterThan(10_000);
        String before = yaml(c);
        EvalResult row = vm.getResults().get(5_000);
        row.setMetricValue(EvalResult.metricValueOf("12.345"));
        vm.getResults().remove(7_000);
        String expected = MetadataEditor.update(before, "model-index", ModelIndexCodec.write(new ArrayList<>(vm.getResults())));
        vm.commitResults();
        assertThat(yaml(c)).isEqualTo(expected).isNotEqualTo(before);
        background.runAll();
        assertThat(vm.getResults().get(5_000).getMetricValue()).isEqualTo(12.345);
    }

    @Test
    void aParseInFlightOnTheLargestModelIndexDoesNotTakeBackWhatWasTypedMeanwhile() throws Exception {
        Card c = ReadmeReader.read(SharedCorpus.card(BIG));
        MetadataViewModel vm = new MetadataViewModel(c, Vocabularies.NONE, background);
        background.runAll();
        String before = yaml(c);
        vm.getResults().get(42).setMetricValue(EvalResult.metricValueOf("0.5"));
        List<EvalResult> rows = new ArrayList<>(vm.getResults());
        vm.commitResults(); // its text's parse is now in flight
        vm.licenseProperty().set("mit"); // typed before that parse lands
        background.runAll();
        String expected = MetadataEditor.set(MetadataEditor.update(before, "model-index",
                ModelIndexCodec.write(rows)), "license", "mit");
        assertThat(yaml(c)).isEqualTo(expected);
        assertThat(yaml(c)).contains("license: mit");
        assertThat(vm.licenseProperty().get()).isEqualTo("mit");
        assertThat(vm.getResults().get(42).getMetricValue()).isEqualTo(0.5);
    }


}
