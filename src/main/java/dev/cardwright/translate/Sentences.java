package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown cut into the pieces a translation memory keeps: blocks (paragraphs, a heading, a list
 * item, a table row), and sentences inside them. Fenced code is left out: it is not translated.
 */
public final class Sentences {
    /** After a full stop, question or exclamation mark and a space (Latin), or after 。！？ (CJK, no space follows). */
    private static final Pattern END = Pattern.compile("(?<=[.!?][\"'”’)\\]*_]{0,3})\\s+(?=\\S)|(?<=[。！？][”’」』）)]{0,2})\\s*(?=\\S)");
    private static final Pattern OWN_LINE = Pattern.compile("^\\s{0,3}(#{1,6}\\s|[-*+]\\s|\\d{1,3}[.)]\\s|\\|).*");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

    private Sentences() {
    }

    /** The blocks of a Markdown text, each as one line of whitespace-collapsed text. */
    public static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\\R", -1)) {
            if (FENCE.matcher(line).matches()) {
                flush(block, out);
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (line.isBlank()) {
                flush(block, out);
            } else if (OWN_LINE.matcher(line).matches()) {
                flush(block, out);
                block.append(line.strip());
                flush(block, out);
            } else {
                block.append(block.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flush(block, out);
        return out;
    }

    /** The sentences of one block. */
    public static List<String> of(String block) {
        List<String> out = new ArrayList<>();
        for (String s : END.split(block)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every sentence of a Markdown text, in order. */
    public static List<String> all(String markdown) {
        List<String> out = new ArrayList<>();
        blocks(markdown).forEach(b -> out.addAll(of(b)));
        return out;
    }

    /**
     * Source and translation of one section, paired sentence by sentence where the two agree on
     * the number of blocks and, inside a block, of sentences; a block whose sentences do not pair
     * up is kept whole. Pieces the translation left as they were (names, numbers) are not pairs.
     */
    public static List<String[]> pairs(String source, String translation) {
        List<String[]> out = new ArrayList<>();
        List<String> sb = blocks(source);
        List<String> tb = blocks(translation);
        if (sb.size() != tb.size()) {
            return out;
        }
        for (int i = 0; i < sb.size(); i++) {
            List<String> ss = of(sb.get(i));
            List<String> ts = of(tb.get(i));
            if (ss.size() == ts.size()) {
                for (int k = 0; k < ss.size(); k++) {
                    add(out, ss.get(k), ts.get(k));
                }
            } else {
                add(out, sb.get(i), tb.get(i));
            }
        }
        return out;
    }

    private static void add(List<String[]> out, String s, String t) {
        if (!s.equals(t)) {
            out.add(new String[] {s, t});
        }
    }

    private static void flush(StringBuilder block, List<String> out) {
        if (block.length() > 0) {
            out.add(block.toString());
            block.setLength(0);
        }
    }
}
