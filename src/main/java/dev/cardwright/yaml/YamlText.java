package dev.cardwright.yaml;

import java.util.Arrays;
import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * YAML text seen as lines: turns snakeyaml-engine marks into character offsets and lines of our
 * own. Marks count code points, and the engine has its own idea of what breaks a line, so only the
 * mark's index is trusted; lines are always split on {@code \n} here (the text is LF-normalized).
 */
final class YamlText {
    final String text;
    /** Character offset where each line starts; one extra entry for a last line without {@code \n}. */
    private final int[] lineStarts;
    /** Code point index to character index, only when the text has characters outside the BMP. */
    private final int[] charAt;

    YamlText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        if (text.codePointCount(0, text.length()) == text.length()) {
            this.charAt = null;
        } else {
            int[] map = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                map[cp++] = i;
            }
            map[cp] = text.length();
            this.charAt = map;
        }
    }

    int lineCount() {
        return text.isEmpty() ? 0 : lineStarts.length;
    }

    /** Character offset of a mark. */
    int offset(Mark mark) {
        int cp = mark.getIndex();
        return charAt == null ? Math.min(cp, text.length()) : charAt[Math.min(cp, charAt.length - 1)];
    }

    int start(Node node) {
        return offset(node.getStartMark().orElseThrow());
    }

    int end(Node node) {
        return offset(node.getEndMark().orElseThrow());
    }

    /** 0-based line holding the character at {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int lineStart(int line) {
        return line >= lineStarts.length ? text.length() : lineStarts[line];
    }

    /** Offset just after the line's {@code \n} (or the end of the text for a last line without one). */
    int lineEnd(int line) {
        return lineStart(line + 1);
    }

    /** The characters of a line before {@code offset} on it. */
    String before(int offset) {
        return text.substring(lineStart(lineOf(offset)), offset);
    }

    /** 1-based column of a character offset, counted in code points as an editor shows it. */
    int column(int offset) {
        int start = lineStart(lineOf(offset));
        return text.codePointCount(start, offset) + 1;
    }

    MetadataEditException refuse(int offset, String message) {
        return new MetadataEditException(lineOf(offset) + 1, column(offset), message);
    }

    MetadataEditException refuse(Node node, String message) {
        return refuse(start(node), message);
    }

    /** The parser's complaint as one line, placed where the parser found the problem. */
    static MetadataEditException notYaml(YamlEngineException e) {
        if (e instanceof YamlReader.Refused) {
            return new MetadataEditException(1, 1, "metadata " + e.getMessage(), e);
        }
        if (e instanceof MarkedYamlEngineException m) {
            Optional<Mark> mark = m.getProblemMark().or(m::getContextMark);
            String problem = m.getProblem() == null ? m.getContext() : m.getProblem();
            String context = m.getContext() != null && m.getProblem() != null ? m.getContext() + ": " : "";
            int line = mark.map(x -> x.getLine() + 1).orElse(1);
            int col = mark.map(x -> x.getColumn() + 1).orElse(1);
            return new MetadataEditException(line, col, "not valid YAML: " + oneLine(context + problem), e);
        }
        return new MetadataEditException(1, 1, "not valid YAML: " + oneLine(String.valueOf(e.getMessage())), e);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
