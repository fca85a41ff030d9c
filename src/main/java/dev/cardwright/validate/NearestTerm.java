package dev.cardwright.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the closest term to a wrong value, when one is close enough to be a likely
 * typo. Case, spaces, underscores and hyphens are ignored first ({@code Apache 2.0} →
 * {@code apache-2.0}); then the optimal-string-alignment distance (typos, including swapped
 * letters) must stay within a third of the word.
 */
final class NearestTerm {
    private NearestTerm() {
    }

    static Optional<String> among(String value, Collection<String> terms) {
        if (value == null || value.isEmpty() || value.length() > 200) {
            return Optional.empty();
        }
        String folded = loose(value);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String term : terms) {
            String t = loose(term);
            if (t.equals(folded)) {
                return Optional.of(term);
            }
            if (Math.abs(t.length() - folded.length()) > 3) {
                continue;
            }
            int d = distance(folded, t);
            if (d < bestDistance) {
                bestDistance = d;
                best = term;
            }
        }
        int allowed = Math.max(1, Math.min(3, folded.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code ; did you mean "x"?} or empty, for message templates. */
    static String hint(String value, Collection<String> terms) {
        return among(value, terms).map(t -> " (did you mean \"" + t + "\"?)").orElse("");
    }

    static String loose(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
