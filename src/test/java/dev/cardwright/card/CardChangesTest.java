package dev.cardwright.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import javafx.util.Subscription;

/** The card's one change feed follows the card as it changes shape, and a subscription ends cleanly. */
class CardChangesTest {
    private final Card card = new Card();
    private final List<String> heard = new ArrayList<>();

    private Subscription listen() {
        return card.changes().subscribe(c -> {
            if (c instanceof CardChange.Value v) {
                heard.add(v.part() + (v.section() == null ? "" : " " + v.section().getId()) + " " + v.oldValue() + "→" + v.newValue());
            } else if (c instanceof CardChange.Sections s) {
                int added = 0;
                while (s.change().next()) {
                    added += s.change().getAddedSize();
                }
                heard.add("sections +" + added);
            }
        });
    }

    private static FrontMatter frontMatter(String yaml) {
        FrontMatter fm = new FrontMatter();
        fm.setYaml(yaml);
        return fm;
    }

    @Test
    void sectionsAddedLaterAreFollowedAndRemovedOnesAreNot() {
        listen();
        Section a = new Section("a", 2, "## A\n", "A", "one\n");
        Section child = new Section("a.b", 3, "### B\n", "B", "x\n");
        card.getSections().add(a);
        a.getChildren().add(child);
        a.setText("two\n");
        child.setText("y\n");
        card.getSections().remove(a);
        a.setText("three\n");
        child.setText("z\n");
        assertThat(heard).containsExactly("sections +1", "sections +1", "SECTION a one\n→two\n", "SECTION a.b x\n→y\n", "sections +0");
    }

    @Test
    void evalResultsTextsAreReportedForFilesPresentAddedLaterAndNotForRemovedOnes() {
        EvalResultsFile first = new EvalResultsFile(".eval_results/a.yaml", "a0");
        card.getEvalResultsFiles().add(first);
        listen();
        first.setText("a1");
        EvalResultsFile second = new EvalResultsFile(".eval_results/b.yaml", "b0");
        card.getEvalResultsFiles().add(second);
        second.setText("b1");
        card.getEvalResultsFiles().remove(first);
        first.setText("a2");
        second.setText("b2");
        assertThat(heard).containsExactly("EVAL_RESULTS a0→a1", "EVAL_RESULTS b0→b1", "EVAL_RESULTS b1→b2");
    }

    @Test
    void theEditsOfAReplacedFrontMatterAreNotReported() {
        FrontMatter first = frontMatter("license: mit\n");
        card.setFrontMatter(first);
        listen();
        FrontMatter second = frontMatter("license: bsd\n");
        card.setFrontMatter(second);
        first.setYaml("license: gpl\n");
        second.setYaml("license: apache-2.0\n");
        card.setPreamble("Hi\n");
        assertThat(heard).hasSize(3);
        assertThat(heard.get(0)).startsWith("FRONT_MATTER ");
        assertThat(heard.get(1)).isEqualTo("FRONT_MATTER license: bsd\n→license: apache-2.0\n");
        assertThat(heard.get(2)).isEqualTo("PREAMBLE →Hi\n");
    }

    @Test
    void anEndedSubscriptionHearsNothingMoreWhileOthersStillDo() {
        Subscription first = listen();
        List<String> other = new ArrayList<>();
        card.changes().subscribe(c -> other.add("heard"));
        card.setPreamble("one\n");
        first.unsubscribe();
        card.setPreamble("two\n");
        assertThat(heard).containsExactly("PREAMBLE →one\n");
        assertThat(other).hasSize(2);
    }

    @Test
    void everySubscriberWalksAListChangeFromItsStart() {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            card.changes().subscribe(c -> {
                if (c instanceof CardChange.Sections s) {
                    int added = 0;
                    while (s.change().next()) {
                        added += s.change().getAddedSize();
                    }
                    sizes.add(added);
                }
            });
        }
        card.getSections().addAll(new Section("a", 2, "## A\n", "A", ""), new Section("b", 2, "## B\n", "B", ""));
        assertThat(sizes).containsExactly(2, 2);
    }
}
