package dev.cardwright.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a card's bytes, chosen for what breaks card readers: bit flips, truncation,
 * duplicated and deleted lines, another card's front matter spliced in, stray {@code ---} lines,
 * code fences, YAML punctuation, odd characters, and whole-file re-encodings and line endings.
 * The same seed and inputs give the same mutant, so a finding is reproduced from its seed.
 */
final class Mutator {
    private static final String[] PUNCTUATION = {
        ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!!python/tuple ", "!!bool ", "|", ">-", "#", "'", "\"",
        "\t", "? ", "%YAML 1.1\n", "<<: *a\n", "---", "...", "\\", ",", "`", "~~~", "<!--", "-->", "<script>", "<style>",
    };
    private static final String[] INSERTED_LINES = {
        "---", "```", "~~~", "```python", "...", "# Heading", "## Heading", "===", "***", "<!--", "-->", "<details>", "</details>",
        "| a | b |", "|---|---|", "> quote", "    indented code", "<div>", "[More Information Needed]", "license: mit",
        "a: &a [*a]", "- [", "{", "---\nlicense: mit\n---",
    };
    private static final String[] ODD = {
        "\uFEFF", "\u0000", "\u2028", "\u0085", "\r", "\r\n", "\uD83D\uDE00", "\u00E9", "\u4E2D\u6587", "\uFFFD", "\u200B", "\u001B",
    };

    private final Random random;
    private final List<byte[]> donors;

    Mutator(long seed, List<byte[]> donors) {
        this.random = new Random(seed);
        this.donors = donors;
    }

    /** One to three mutations of {@code input}; {@code log} receives their names. */
    byte[] mutate(byte[] input, StringBuilder log) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int kind = random.nextInt(12);
            log.append(i == 0 ? "" : "+").append(NAMES[kind]);
            out = apply(kind, out);
        }
        return out;
    }

    private static final String[] NAMES = {
        "flip", "truncate", "dup-line", "del-line", "splice-front-matter", "insert-line", "punctuation", "odd-char",
        "encoding", "line-endings", "repeat-block", "swap-lines",
    };

    private byte[] apply(int kind, byte[] in) {
        switch (kind) {
            case 0:
                return flip(in);
            case 1:
                return in.length == 0 ? in : java.util.Arrays.copyOf(in, random.nextInt(in.length));
            case 2:
                return editLines(in, true);
            case 3:
                return editLines(in, false);
            case 4:
                return splice(in);
            case 5:
                return insertAtLine(in, INSERTED_LINES[random.nextInt(INSERTED_LINES.length)] + "\n");
            case 6:
                return insertAt(in, PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
            case 7:
                return insertAt(in, ODD[random.nextInt(ODD.length)]);
            case 8:
                return reencode(in);
            case 9:
                return lineEndings(in);
            case 10:
                return repeatBlock(in);
            default:
                return swapLines(in);
        }
    }

    private byte[] flip(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static String text(byte[] in) {
        return new String(in, StandardCharsets.ISO_8859_1); // byte-preserving: mutations keep bytes they do not touch
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    private byte[] editLines(byte[] in, boolean duplicate) {
        List<String> lines = lines(text(in));
        if (lines.isEmpty()) {
            return in;
        }
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return bytes(String.join("", lines));
    }

    private byte[] swapLines(byte[] in) {
        List<String> lines = lines(text(in));
        if (lines.size() < 2) {
            return in;
        }
        java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        return bytes(String.join("", lines));
    }

    private byte[] repeatBlock(byte[] in) {
        List<String> lines = lines(text(in));
        if (lines.isEmpty()) {
            return in;
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(8));
        List<String> block = new ArrayList<>(lines.subList(from, to));
        int times = 1 + random.nextInt(20);
        for (int i = 0; i < times; i++) {
            lines.addAll(to, block);
        }
        return bytes(String.join("", lines));
    }

    /** The front matter (first {@code ---} … {@code ---} lines) of a donor card in place of this one's, or before the text. */
    private byte[] splice(byte[] in) {
        if (donors.isEmpty()) {
            return in;
        }
        String donor = text(donors.get(random.nextInt(donors.size())));
        String frontMatter = frontMatter(donor);
        if (frontMatter == null) {
            return in;
        }
        String mine = text(in);
        String own = frontMatter(mine);
        String body = own == null ? mine : mine.substring(own.length());
        return bytes(frontMatter + body);
    }

    private static String frontMatter(String s) {
        if (!s.startsWith("---")) {
            return null;
        }
        int nl = s.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        int close = s.indexOf("\n---", nl);
        if (close < 0) {
            return null;
        }
        int end = s.indexOf('\n', close + 4);
        return s.substring(0, end < 0 ? s.length() : end + 1);
    }

    private byte[] insertAtLine(byte[] in, String line) {
        List<String> lines = lines(text(in));
        lines.add(lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1), new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        return bytes(String.join("", lines));
    }

    private byte[] insertAt(byte[] in, String what) {
        byte[] w = what.getBytes(StandardCharsets.UTF_8);
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        byte[] out = new byte[in.length + w.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(w, 0, out, at, w.length);
        System.arraycopy(in, at, out, at + w.length, in.length - at);
        return out;
    }

    private static final Charset[] ENCODINGS = {
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1,
        Charset.forName("UTF-32LE"), Charset.forName("GB18030"), StandardCharsets.UTF_8,
    };

    /** The text read as UTF-8 (lossy where it is not) and written in another encoding, with or without a BOM. */
    private byte[] reencode(byte[] in) {
        String s = new String(in, StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            s = "\uFEFF" + s;
        }
        return s.getBytes(ENCODINGS[random.nextInt(ENCODINGS.length)]);
    }

    private byte[] lineEndings(byte[] in) {
        String s = text(in).replace("\r\n", "\n");
        return bytes(switch (random.nextInt(3)) {
            case 0 -> s.replace("\n", "\r\n");
            case 1 -> s.replace("\n", "\r");
            default -> mixEndings(s);
        });
    }

    private String mixEndings(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append(switch (random.nextInt(3)) {
                    case 0 -> "\n";
                    case 1 -> "\r\n";
                    default -> "\r";
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
