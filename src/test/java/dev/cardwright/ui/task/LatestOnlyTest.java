package dev.cardwright.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the newest result is delivered, and work submitted while one job runs never starts unless it is the newest. */
class LatestOnlyTest {
    private final QueuedTaskExecutor background = new QueuedTaskExecutor();
    private final LatestOnly latest = new LatestOnly(background);
    private final List<String> computed = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();

    private void submit(String text) {
        latest.submit(() -> {
            computed.add(text);
            return text.toUpperCase();
        }, delivered::add);
    }

    @Test
    void submissionsMadeWhileOneRunsCollapseIntoTheLast() {
        submit("a");
        submit("ab");
        submit("abc");
        submit("abcd");
        assertThat(background.waiting()).isEqualTo(1);
        background.runAll();
        assertThat(computed).containsExactly("a", "abcd");
        assertThat(delivered).containsExactly("ABCD");
    }

    @Test
    void aResultWithNothingNewerIsDelivered() {
        submit("a");
        background.runAll();
        submit("b");
        background.runAll();
        assertThat(delivered).containsExactly("A", "B");
    }

    @Test
    void cancelDropsTheJobInFlightAndTheOneWaiting() {
        submit("a");
        submit("b");
        latest.cancel();
        background.runAll();
        assertThat(computed).containsExactly("a");
        assertThat(delivered).isEmpty();
        submit("c"); // and the next submission runs as usual
        background.runAll();
        assertThat(delivered).containsExactly("C");
    }

    @Test
    void aFailedJobDoesNotStopTheNextOne() {
        latest.<String>submit(() -> {
            throw new IllegalStateException("broken");
        }, delivered::add);
        submit("b");
        background.runAll();
        assertThat(delivered).containsExactly("B");
    }

    /** Submissions and job runs interleaved at random: the last text is always the last delivered, and at most two jobs run per burst. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theLastSubmissionAlwaysWins(long seed) {
        Random random = new Random(seed);
        String last = null;
        for (int i = 0; i < 200; i++) {
            if (random.nextInt(3) > 0) {
                last = "t" + i;
                submit(last);
            } else {
                background.runNext();
            }
            assertThat(background.waiting()).isLessThanOrEqualTo(1);
        }
        background.runAll();
        assertThat(delivered).isNotEmpty().last().isEqualTo(last.toUpperCase());
        assertThat(delivered).doesNotHaveDuplicates();
    }
}
