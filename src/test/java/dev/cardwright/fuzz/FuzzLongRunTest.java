package dev.cardwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long fuzzing run, only under {@code mvn -Pfuzz verify} (which sets
 * {@code cardwright.fuzz.minutes}): a random seed, printed first, reproducers of every finding in
 * {@code target/fuzz/}. {@code -Dcardwright.fuzz.seed=N} repeats a run.
 */
@EnabledIfSystemProperty(named = "cardwright.fuzz.minutes", matches = "\\d+")
class FuzzLongRunTest {
    @Test
    void hoursOfMutantsGiveOnlyTheDocumentedRefusal() throws Exception {
        long minutes = Long.parseLong(System.getProperty("cardwright.fuzz.minutes"));
        String given = System.getProperty("cardwright.fuzz.seed", "");
        long seed = given.isBlank() ? new java.security.SecureRandom().nextLong() : Long.parseUnsignedLong(given);
        System.out.println("fuzz: seed " + Long.toUnsignedString(seed) + ", " + minutes + " min");
        FuzzCampaign campaign = new FuzzCampaign(seed, 60_000, Path.of("target", "fuzz"), System.out);
        campaign.run(Long.MAX_VALUE, minutes * 60_000);
        System.out.println("fuzz: seed " + Long.toUnsignedString(seed) + ": " + campaign.inputs() + " inputs, "
                + campaign.findings().size() + " findings, " + campaign.timeouts() + " timeouts");
        assertThat(campaign.findings().keySet()).isEmpty();
    }
}
