package dev.cardwright.validate;

import java.util.List;

/** Totals over a run of validations, for the end of a lint and the JSON {@code summary}. */
public record Summary(int files, int failed, long errors, long warnings, long infos, double completeness) {
    public static Summary of(List<ValidationResult> results) {
        long e = 0;
        long w = 0;
        long i = 0;
        int failed = 0;
        double c = 0;
        int cards = 0;
        for (ValidationResult r : results) {
            e += r.count(Severity.ERROR);
            w += r.count(Severity.WARNING);
            i += r.count(Severity.INFO);
            failed += r.hasErrors() ? 1 : 0;
            if (r.completeness() != Completeness.NOT_A_CARD) {
                c += r.completeness().score();
                cards++;
            }
        }
        return new Summary(results.size(), failed, e, w, i, cards == 0 ? 0 : c / cards);
    }

    /** {@code 254 files, 40 with errors: 97 errors, 310 warnings, 512 notes; mean completeness 31%}. */
    public String line() {
        return files + (files == 1 ? " file" : " files") + ", " + failed + " with errors: " + errors + " errors, "
                + warnings + " warnings, " + infos + " notes; mean completeness " + Math.round(completeness * 100) + "%";
    }
}
