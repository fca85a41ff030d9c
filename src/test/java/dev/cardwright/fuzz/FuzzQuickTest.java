package dev.cardwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cardwright.testing.SharedCorpus;

/**
 * The quick fuzzing run of every build: a fixed seed, a few thousand mutants of the corpus cards
 * and generated templates. It fails on any finding: a throwable other than the documented refusal,
 * a README that does not export back byte for byte, a value {@code set} does not keep, or an input
 * the harness had to stop at its time bound. {@code -Dcardwright.fuzz.replay=SEED} runs one input.
 */
class FuzzQuickTest {
    static final long SEED = 12_012L;
    static final int INPUTS = 2000;
    /** The quick run mutates the smaller corpus cards only; the long run takes them all. */
    static final int SMALL_CARD_BYTES = 8 * 1024;
    /** Generous, as the machine is shared: the bound catches a hang, not a slow input. */
    static final long BOUND_MILLIS = 30_000;

    @Test
    void mutantsAndTemplatesOnlyEverGiveTheDocumentedRefusal() throws Exception {
        FuzzCampaign campaign = new FuzzCampaign(SEED, BOUND_MILLIS, null, System.out, SMALL_CARD_BYTES, 5_000);
        String replay = System.getProperty("cardwright.fuzz.replay");
        long start = System.nanoTime();
        if (replay != null) {
            campaign.one(Long.parseUnsignedLong(replay));
        } else {
            campaign.run(SharedCorpus.present() ? INPUTS : INPUTS / 3, Long.MAX_VALUE);
        }
        // the work runs on the campaign's worker; the process's CPU time says what the run cost on a busy machine
        long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("fuzz quick: %d inputs in %d ms (process CPU so far %d ms), %d findings%n", campaign.inputs(),
                (System.nanoTime() - start) / 1_000_000, cpu / 1_000_000, campaign.findings().size());
        assertThat(campaign.findings().values().stream().map(f -> f.detail() + "\nseed " + Long.toUnsignedString(f.seed()))
                .collect(Collectors.joining("\n\n"))).isEmpty();
    }
}
