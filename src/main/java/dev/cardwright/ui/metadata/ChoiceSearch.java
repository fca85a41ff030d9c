package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entries of a vocabulary that match what was typed, best first: an exact id or name
 * (case-insensitive) before ids and names that start with the text, before those that merely
 * contain it; vocabulary order within each rank. A picker's popup selects its first entry, so
 * Enter after typing {@code transformers} must give {@code transformers}, not the
 * {@code adapter-transformers} that comes first in the Hub's list.
 */
public final class ChoiceSearch {
    private ChoiceSearch() {
    }

    public static List<Choice> find(List<Choice> choices, String typed, int limit) {
        String q = typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return choices.subList(0, Math.min(limit, choices.size()));
        }
        List<Choice> exact = new ArrayList<>();
        List<Choice> prefix = new ArrayList<>();
        List<Choice> rest = new ArrayList<>();
        for (Choice c : choices) {
            if (!c.matches(typed)) {
                continue;
            }
            if (is(c.id(), q) || is(c.name(), q) || is(c.alt(), q)) {
                exact.add(c);
            } else if (starts(c.id(), q) || starts(c.name(), q) || starts(c.alt(), q)) {
                prefix.add(c);
            } else {
                rest.add(c);
            }
        }
        List<Choice> out = new ArrayList<>(Math.min(limit, exact.size() + prefix.size() + rest.size()));
        for (List<Choice> rank : List.of(exact, prefix, rest)) {
            for (Choice c : rank) {
                if (out.size() == limit) {
                    return out;
                }
                out.add(c);
            }
        }
        return out;
    }

    private static boolean is(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).equals(q);
    }

    private static boolean starts(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).startsWith(q);
    }
}
