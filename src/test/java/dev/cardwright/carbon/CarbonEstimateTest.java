package dev.cardwright.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The arithmetic of the ML CO2 Impact method on cases worked out by hand. */
class CarbonEstimateTest {
    @ParameterizedTest(name = "{0} W x {1} x {2} h x {3} g/kWh = {4} kWh, {5} g")
    @CsvSource({
            // watts, devices, hours, g/kWh, kWh, grams
            "400, 8, 100, 557, 320, 178240",     // 8 A100 SXM4 for 100 h in gcp asia-east1
            "250, 4, 1.5, 702, 1.5, 1053",       // 4 A100 PCIe for 90 min in Hong Kong
            "70, 1, 10, 0, 0.7, 0",              // a T4 on a carbon-free grid
            "300, 1, 0.333, 429, 0.0999, 42.86", // 42.8571 g, to the hundredth
            "700, 64, 720, 20, 32256, 645120",   // a month of 64 H100 SXM on a low-carbon grid
    })
    void knownCases(double watts, int devices, double hours, double intensity, double kwh, double grams) {
        CarbonEstimate e = new CarbonEstimate("GPU", watts, devices, hours, intensity, "", "here", "pre-training");
        assertThat(e.energyKwh()).isCloseTo(kwh, within(1e-9));
        assertThat(e.emissionsGrams()).isEqualTo(grams);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 19, 42, 1910})
    void emissionsGrowInProportionToEachFactor(long seed) {
        Random r = new Random(seed);
        double watts = 30 + r.nextInt(700);
        int devices = 1 + r.nextInt(16);
        double hours = 1 + r.nextInt(500);
        double intensity = 10 + r.nextInt(900);
        CarbonEstimate base = new CarbonEstimate("x", watts, devices, hours, intensity, "", "", "fine-tuning");
        int k = 2 + r.nextInt(5);
        assertThat(new CarbonEstimate("x", watts, devices * k, hours, intensity, "", "", "fine-tuning").emissionsGrams())
                .isCloseTo(base.emissionsGrams() * k, within(0.01 * k));
        assertThat(new CarbonEstimate("x", watts, devices, hours * k, intensity, "", "", "fine-tuning").emissionsGrams())
                .isCloseTo(base.emissionsGrams() * k, within(0.01 * k));
        assertThat(new CarbonEstimate("x", watts, devices, hours, intensity * k, "", "", "fine-tuning").emissionsGrams())
                .isCloseTo(base.emissionsGrams() * k, within(0.01 * k));
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1, 1", "100, 0, 1, 1", "100, 1, 0, 1", "100, 1, 1, -5", "NaN, 1, 1, 1"})
    void refusesWhatCannotBeAnEstimate(double watts, int devices, double hours, double intensity) {
        assertThatThrownBy(() -> new CarbonEstimate("x", watts, devices, hours, intensity, "", "", "pre-training"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"178240, 178240", "42.86, 42.86"})
    void wholeGramsAreWrittenAsWholeNumbers(double grams, String written) {
        double hours = grams / 1000.0; // 1000 W x 1 device x hours x 1000 g/kWh = grams
        CarbonEstimate e = new CarbonEstimate("x", 1000, 1, hours, 1000, "", "", "pre-training");
        assertThat(String.valueOf(e.emissionsValue())).isEqualTo(written);
    }
}
