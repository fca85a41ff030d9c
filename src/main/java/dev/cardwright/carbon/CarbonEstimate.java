package dev.cardwright.carbon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An estimate by the ML CO2 Impact method (Lacoste et al. 2019): energy = power × devices × hours,
 * emissions = energy × the grid's carbon intensity. No PUE or provider offset is applied, as in
 * the calculator's default.
 *
 * @param hardware     what was used, as the card should name it
 * @param watts        power of one device (its TDP)
 * @param devices      how many ran at once
 * @param hours        wall-clock hours of training
 * @param gramsPerKwh  carbon intensity of the grid, g CO2eq per kWh
 * @param provider     cloud provider's name, or empty for a custom grid
 * @param location     region and place, or what the user typed for a custom grid
 * @param trainingType {@code pre-training} or {@code fine-tuning}
 */
public record CarbonEstimate(String hardware, double watts, int devices, double hours, double gramsPerKwh,
        String provider, String location, String trainingType) {
    public static final String METHOD = "ML CO2 Impact (Lacoste et al. 2019, https://arxiv.org/abs/1910.09700)";

    public CarbonEstimate {
        if (!(watts > 0) || devices < 1 || !(hours > 0) || !(gramsPerKwh >= 0)
                || Double.isInfinite(watts) || Double.isInfinite(hours) || Double.isInfinite(gramsPerKwh)) {
            throw new IllegalArgumentException("power, devices and hours must be positive and the carbon intensity not negative");
        }
    }

    public double energyKwh() {
        return watts * devices * hours / 1000.0;
    }

    /** Grams of CO2eq, to the hundredth of a gram. */
    public double emissionsGrams() {
        return BigDecimal.valueOf(energyKwh()).multiply(BigDecimal.valueOf(gramsPerKwh))
                .setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The grams as the metadata writes them: a whole number when there is no fraction. */
    public Number emissionsValue() {
        double g = emissionsGrams();
        return g == Math.rint(g) && Math.abs(g) < 1e15 ? (Number) Long.valueOf((long) g) : (Number) Double.valueOf(g);
    }

    public String hardwareUsed() {
        return devices + " x " + hardware;
    }

    /** The "Carbon Emitted" field's text: kilograms, with the figures that made it. */
    public String carbonEmitted() {
        return String.format(Locale.ROOT, "%s kg CO2eq (%s × %s W × %s h × %s gCO2eq/kWh; estimated with %s)",
                plain(emissionsGrams() / 1000.0), devices, plain(watts), plain(hours), plain(gramsPerKwh), METHOD);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
