package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random front matter written the many ways people write it (quoted keys, flow and block
 * collections, indented and indentless lists, literal blocks, comments, blank lines), then random
 * edits: the text outside the edited key's lines never changes, and the result reads back as the
 * old metadata with exactly the one change.
 */
class MetadataEditorPropertyTest {
    private static final String[] WORDS = {"mit", "apache-2.0", "en", "zh", "text-generation", "bert", "a b", "x_y",
        "模型", "Ünïcode", "with-dash", "v1.0.2"};
    private static final String[] KEYS = {"license", "tags", "language", "datasets", "widget", "model-index",
        "base_model", "library_name", "pipeline_tag", "metrics", "inference", "co2_eq_emissions"};
    private static final String[] JUNK = {"", "", "", "# a comment\n", "\n", "  # an indented comment\n", "\n# two\n\n"};

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /** One generated entry: its exact text and the junk (comments, blank lines) after it. */
    private record Entry(String key, String text, String junk) {
    }

    private static List<Entry> document(Random r) {
        List<Entry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(KEYS));
        java.util.Collections.shuffle(keys, r);
        int n = 1 + r.nextInt(7);
        for (int i = 0; i < n; i++) {
            String key = keys.get(i);
            String keyText = r.nextInt(6) == 0 ? "\"" + key + "\"" : r.nextInt(8) == 0 ? "'" + key + "'" : key;
            String value = entryValue(r);
            String junk = JUNK[r.nextInt(JUNK.length)];
            if (value.startsWith(": |") && junk.startsWith("  ")) {
                junk = "# after a block scalar, a comment must not be indented (it would be content)\n";
            }
            entries.add(new Entry(key, keyText + value, junk));
        }
        return entries;
    }

    /** The value part of an entry, from the colon to the end of its last line. */
    private static String entryValue(Random r) {
        String w = WORDS[r.nextInt(WORDS.length)];
        String comment = r.nextInt(4) == 0 ? "   # note" : "";
        return switch (r.nextInt(13)) {
            case 0 -> ": " + (w.contains(" ") || w.matches("[0-9v].*") ? "'" + w + "'" : w) + comment + "\n";
            case 1 -> ": '" + w + "'" + comment + "\n";
            case 2 -> ": \"" + w + "\"" + comment + "\n";
            case 3 -> ": " + r.nextInt(1000) + comment + "\n";
            case 4 -> ": " + (r.nextInt(1000) / 100.0) + "\n";
            case 5 -> ": " + (r.nextBoolean() ? "true" : "null") + "\n";
            case 6 -> ":" + comment + "\n";
            case 7 -> ": [" + word(r) + ", " + word(r) + "]" + comment + "\n";
            case 8 -> ": {x: " + r.nextInt(9) + ", y: " + word(r) + "}\n";
            case 9 -> ":\n- " + word(r) + "\n- " + word(r) + comment + "\n";
            case 10 -> ":\n  - " + word(r) + "\n  -   " + word(r) + "\n";
            case 11 -> ":\n  x: " + word(r) + comment + "\n  y:\n  - 1\n  - [2, 3]\n  z:\n    deep: " + word(r) + "\n";
            default -> ": |\n  line one\n  # not a comment\n\n  line three\n";
        };
    }

    private static String word(Random r) {
        String w = WORDS[r.nextInt(WORDS.length)];
        return w.contains(" ") || w.matches("[0-9v].*") ? "'" + w + "'" : w;
    }

    private static Object newValue(Random r, int depth) {
        return switch (r.nextInt(depth > 1 ? 6 : 9)) {
            case 0 -> WORDS[r.nextInt(WORDS.length)];
            case 1 -> r.nextInt(100_000) - 50;
            case 2 -> r.nextInt(1000) / 8.0;
            case 3 -> r.nextBoolean();
            case 4 -> List.of("no", "yes", "", "a: b", "#hash", "line\nbreak", "-", "~", "'q'", "[x]")
                    .get(r.nextInt(10));
            case 5 -> "x".repeat(r.nextInt(120));
            case 6, 7 -> {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    list.add(newValue(r, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    map.put("k" + r.nextInt(20), newValue(r, depth + 1));
                }
                yield map;
            }
        };
    }

    private static String join(List<Entry> entries, int from, int to, boolean withLastJunk) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(entries.get(i).text());
            if (i < to - 1 || withLastJunk) {
                sb.append(entries.get(i).junk());
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editsLeaveEveryOtherKeysTextAloneAndReadBackAsExpected(int seed) throws Exception {
        Random r = new Random(seed);
        String head = JUNK[r.nextInt(JUNK.length)];
        List<Entry> entries = document(r);
        String yaml = head + join(entries, 0, entries.size(), true);
        @SuppressWarnings("unchecked")
        Map<Object, Object> before = (Map<Object, Object>) YamlReader.load(yaml);

        for (int round = 0; round < 4; round++) {
            Map<Object, Object> expected = new LinkedHashMap<>(before);
            int op = r.nextInt(3);
            if (op == 0 || entries.size() == KEYS.length) {
                int i = r.nextInt(entries.size());
                Entry e = entries.get(i);
                Object value = newValue(r, 0);
                String out;
                try {
                    out = MetadataEditor.set(yaml, e.key(), value);
                } catch (MetadataEditException x) {
                    throw new AssertionError(e.key() + " = " + value + "\n" + yaml, x);
                }
                expected.put(e.key(), value);
                assertThat(Values.same(YamlReader.load(out), expected)).as("%s\n---\n%s", yaml, out).isTrue();
                String prefix = head + join(entries, 0, i, true);
                String suffix = e.junk() + join(entries, i + 1, entries.size(), true);
                assertThat(out).as("%s = %s\n%s", e.key(), value, yaml).startsWith(prefix).endsWith(suffix);
                String middle = out.substring(prefix.length(), out.length() - suffix.length());
                assertThat(Values.same(YamlReader.load(middle), Map.of(e.key(), value))).as(middle).isTrue();
            } else if (op == 1) {
                int i = r.nextInt(entries.size());
                Entry e = entries.get(i);
                String out;
                try {
                    out = MetadataEditor.remove(yaml, e.key());
                } catch (MetadataEditException x) {
                    throw new AssertionError("remove " + e.key() + "\n" + yaml, x);
                }
                expected.remove(e.key());
                assertThat(Values.same(YamlReader.load(out) == null ? Map.of() : YamlReader.load(out), expected)).isTrue();
                String kept = head + join(entries, 0, i, true) + e.junk() + join(entries, i + 1, entries.size(), true);
                if (i > 0 && entries.get(i - 1).text().endsWith("line three\n") && entries.get(i - 1).junk().isBlank()
                        && e.junk().startsWith("  ")) {
                    // an indented comment would become content of the block scalar before: it goes too
                    kept = head + join(entries, 0, i, true) + join(entries, i + 1, entries.size(), true);
                }
                assertThat(out).isEqualTo(kept);
            } else {
                String key = "added_" + round;
                Object value = newValue(r, 0);
                String out = MetadataEditor.set(yaml, key, value);
                expected.put(key, value);
                assertThat(Values.same(YamlReader.load(out), expected)).as(out).isTrue();
                String body = head + join(entries, 0, entries.size(), false);
                assertThat(out).startsWith(body).endsWith(entries.get(entries.size() - 1).junk());
                String middle = out.substring(body.length(), out.length() - entries.get(entries.size() - 1).junk().length());
                assertThat(middle).isEqualTo(PyYamlEmitter.dumpEntry(key, value));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nestedEditsStayInsideTheirTopLevelKey(int seed) throws Exception {
        Random r = new Random(1000 + seed);
        List<Entry> entries = document(r);
        String yaml = join(entries, 0, entries.size(), true);
        @SuppressWarnings("unchecked")
        Map<Object, Object> before = (Map<Object, Object>) YamlReader.load(yaml);
        int i = r.nextInt(entries.size());
        Entry e = entries.get(i);
        List<Object> path = new ArrayList<>(List.of(e.key()));
        Object node = before.get(e.key());
        // walk into what is there, then maybe one step past it (a new key or an appended item)
        while (r.nextInt(4) != 0) {
            if (node instanceof Map<?, ?> m && !m.isEmpty()) {
                Object k = new ArrayList<>(m.keySet()).get(r.nextInt(m.size()));
                if (!(k instanceof String)) {
                    break;
                }
                path.add(k);
                node = m.get(k);
            } else if (node instanceof List<?> l && !l.isEmpty()) {
                int index = r.nextInt(l.size() + 1);
                path.add(index);
                node = index < l.size() ? l.get(index) : null;
            } else {
                break;
            }
        }
        if (node instanceof Map<?, ?> && r.nextBoolean()) {
            path.add("new_key");
        }
        Object value = newValue(r, 1);
        String out = MetadataEditor.set(yaml, path, value);
        Object expected = Values.copy(before);
        Values.put(expected, path, value);
        assertThat(Values.same(YamlReader.load(out), expected)).as("%s %s\n%s\n---\n%s", path, value, yaml, out).isTrue();
        String prefix = join(entries, 0, i, true);
        String suffix = e.junk() + join(entries, i + 1, entries.size(), true);
        assertThat(out).as("%s %s\n%s", path, value, yaml).startsWith(prefix).endsWith(suffix);
    }
}
