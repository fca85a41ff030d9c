package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The smallest list of path edits that turns one YAML value into another, in an order in which
 * they can be applied one after the other: inside a mapping removals first, then changed keys,
 * then added keys (which go at the end); inside a list changed items, then removed or appended
 * ones. When the two values differ in a way these edits cannot express (keys reordered, items
 * inserted in the middle), the whole value at that path is replaced.
 */
final class ValueDiff {
    /** Set {@code value} at {@code path}, or remove what is there. */
    record Change(List<Object> path, Object value, boolean remove) {
    }

    private ValueDiff() {
    }

    static List<Change> changes(List<Object> path, Object from, Object to) {
        List<Change> out = new ArrayList<>();
        diff(path, from, to, out);
        return out;
    }

    private static void diff(List<Object> path, Object from, Object to, List<Change> out) {
        if (Values.same(from, to)) {
            return;
        }
        if (from instanceof Map<?, ?> a && to instanceof Map<?, ?> b && !a.isEmpty() && !b.isEmpty()) {
            diffMaps(path, a, b, out);
        } else if (from instanceof List<?> a && to instanceof List<?> b && !a.isEmpty() && !b.isEmpty()) {
            diffLists(path, a, b, out);
        } else {
            out.add(new Change(path, to, false));
        }
    }

    private static void diffMaps(List<Object> path, Map<?, ?> a, Map<?, ?> b, List<Change> out) {
        List<Object> kept = new ArrayList<>();
        for (Object k : a.keySet()) {
            if (Values.findKey(b, k) != Values.MISSING) {
                kept.add(k);
            }
        }
        // b must list the kept keys first, in a's order, and only then the added ones
        int i = 0;
        for (Object k : b.keySet()) {
            if (i < kept.size()) {
                if (!Values.same(k, kept.get(i))) {
                    out.add(new Change(path, b, false));
                    return;
                }
                i++;
            }
        }
        if (!(a.keySet().stream().allMatch(k -> k instanceof String) && b.keySet().stream().allMatch(k -> k instanceof String))) {
            out.add(new Change(path, b, false));
            return;
        }
        for (Object k : a.keySet()) {
            if (Values.findKey(b, k) == Values.MISSING) {
                out.add(new Change(append(path, k), null, true));
            }
        }
        for (Object k : kept) {
            diff(append(path, k), a.get(k), b.get(Values.findKey(b, k)), out);
        }
        for (Object k : b.keySet()) {
            if (Values.findKey(a, k) == Values.MISSING) {
                out.add(new Change(append(path, k), b.get(k), false));
            }
        }
    }

    private static void diffLists(List<Object> path, List<?> a, List<?> b, List<Change> out) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && Values.same(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && Values.same(a.get(a.size() - 1 - suffix), b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int midA = a.size() - prefix - suffix;
        int midB = b.size() - prefix - suffix;
        if (midB > midA && suffix > 0) {
            out.add(new Change(path, b, false)); // an insertion in the middle
            return;
        }
        int common = Math.min(midA, midB);
        for (int i = prefix; i < prefix + common; i++) {
            diff(append(path, i), a.get(i), b.get(i), out);
        }
        for (int n = 0; n < midA - midB; n++) {
            out.add(new Change(append(path, prefix + common), null, true));
        }
        for (int i = prefix + common; i < prefix + midB; i++) {
            out.add(new Change(append(path, i), b.get(i), false));
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(step);
        return out;
    }
}
