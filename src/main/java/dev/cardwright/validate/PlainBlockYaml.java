package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes the plainest kind of YAML (block mappings and sequences of one-line plain scalars,
 * nothing else) into the same nodes, with the same start marks, as snakeyaml-engine would.
 * Large {@code model-index} blocks (hundreds of KB of {@code - type: x / value: 1.5}) are of this
 * kind, and composing them with the general composer costs most of a cold lint run. Anything
 * outside the subset (quotes, flow collections, comments, anchors, tags, block scalars,
 * multi-line scalars, empty values, non-BMP text …) returns empty, and the caller falls back to
 * the general composer; so this is a shortcut, never a second opinion on what YAML means.
 * {@code PlainBlockYamlTest} checks it against snakeyaml-engine on every corpus front matter.
 */
final class PlainBlockYaml {
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
    private static final int[] NO_BUFFER = new int[0];

    private final String text;
    private final int[] lineStart;
    private final int[] lineEnd;
    private final int[] indent;
    private int line;

    private PlainBlockYaml(String text, int[] lineStart, int[] lineEnd, int[] indent) {
        this.text = text;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.indent = indent;
    }

    /** The root node, or empty when the text is not of the plain kind (or is empty). */
    static Optional<Node> compose(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Other line breaks, tabs, controls, BOM and surrogates (columns count code points) are left to snakeyaml.
            if (c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF' || Character.isSurrogate(c)) {
                return Optional.empty();
            }
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        int start = 0;
        int lineNo = 0;
        List<Integer> numbers = new ArrayList<>();
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            if (first < end) { // blank lines carry no structure
                starts.add(start);
                ends.add(end);
                indents.add(first - start);
                numbers.add(lineNo);
            }
            start = end + 1;
            lineNo++;
        }
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int n = starts.size();
        int[] lineStart = new int[n * 2];
        int[] lineEnd = new int[n];
        int[] indent = new int[n];
        for (int i = 0; i < n; i++) {
            lineStart[i] = starts.get(i);
            lineEnd[i] = ends.get(i);
            lineStart[n + i] = numbers.get(i);
            indent[i] = indents.get(i);
        }
        PlainBlockYaml p = new PlainBlockYaml(text, lineStart, lineEnd, indent);
        try {
            if (indent[0] != 0) {
                return Optional.empty();
            }
            Node root = p.block(0);
            return p.line == n ? Optional.of(root) : Optional.empty();
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /**
     * The core schema's tag for a plain scalar, as snakeyaml-engine resolves it. Its resolver only
     * tries the patterns registered for a value's first character (a digit, a sign, a dot, {@code $},
     * or one of {@code nNtTfF} for the words, which are at most five characters long), so any other
     * value is a string; and the two shapes of nearly every metric value, {@code 12} and
     * {@code 0.875} (an optional sign, digits, an optional point and digits), are an int and a float
     * by the first pattern each could match. Everything else goes to the resolver.
     */
    static Tag resolve(String value) {
        char c = value.charAt(0);
        if (c >= '0' && c <= '9' || c == '-' || c == '+') {
            int i = c == '-' || c == '+' ? 1 : 0;
            int digits = 0;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
                digits++;
            }
            if (digits > 0 && i == value.length()) {
                return Tag.INT; // [-+]?[0-9]+
            }
            if (digits > 0 && value.charAt(i) == '.') {
                i++;
                while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    i++;
                }
                if (i == value.length()) {
                    return Tag.FLOAT; // [-+]?[0-9]+\.[0-9]*, which no int pattern matches
                }
            }
            return RESOLVER.resolve(value, true);
        }
        boolean maybeOther = c == '.' || c == '~' || c == '$' || c == '<' || c == ' '
                || value.length() <= 5 && "nNtTfF".indexOf(c) >= 0;
        return maybeOther ? RESOLVER.resolve(value, true) : Tag.STR;
    }

    /** Thrown (without a stack trace) as soon as the text leaves the subset. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private int lines() {
        return indent.length;
    }

    private int offset(int l) {
        return lineStart[l];
    }

    private int lineEnd(int l) {
        return lineEnd[l];
    }

    private Mark mark(int l, int column) {
        return new Mark("reader", offset(l) + column, lineStart[lines() + l], column, NO_BUFFER, 0);
    }

    /** A mapping or a sequence whose first entry is at {@code column} on the current line. */
    private Node block(int column) {
        int pos = offset(line) + column;
        if (text.charAt(pos) == '-' && (pos + 1 == lineEnd(line) || text.charAt(pos + 1) == ' ')) {
            return sequence(column);
        }
        return mapping(column);
    }

    private Node sequence(int column) {
        Mark start = mark(line, column);
        List<Node> items = new ArrayList<>();
        while (line < lines() && indentAt(line, column) && isEntry(line, column)) {
            int contentColumn = column + 1;
            int end = lineEnd(line);
            while (offset(line) + contentColumn < end && text.charAt(offset(line) + contentColumn) == ' ') {
                contentColumn++;
            }
            if (offset(line) + contentColumn == end) {
                throw new NotPlain(); // the item's content on the next lines: keep to the simplest shapes
            }
            if (keyEnd(line, contentColumn) >= 0) {
                items.add(mapping(contentColumn));
            } else {
                items.add(scalar(line, contentColumn, end, column));
                line++;
            }
        }
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, Optional.of(start), Optional.empty());
    }

    /** Whether line {@code l} has a token at exactly {@code column} (the first line of a compact mapping may start further right). */
    private boolean indentAt(int l, int column) {
        return indent[l] == column;
    }

    private boolean isEntry(int l, int column) {
        int pos = offset(l) + column;
        return text.charAt(pos) == '-' && (pos + 1 == lineEnd(l) || text.charAt(pos + 1) == ' ');
    }

    private Node mapping(int column) {
        Mark start = mark(line, column);
        List<NodeTuple> pairs = new ArrayList<>();
        boolean first = true;
        while (line < lines() && (first || indentAt(line, column)) && !isEntry(line, column)) {
            first = false;
            int colon = keyEnd(line, column);
            if (colon < 0) {
                throw new NotPlain();
            }
            ScalarNode key = scalar(line, column, colon, Integer.MAX_VALUE);
            if (key.getValue().equals("<<")) {
                throw new NotPlain(); // merge keys are the composer's business
            }
            int end = lineEnd(line);
            int v = colon + 1;
            while (v < end && text.charAt(v) == ' ') {
                v++;
            }
            Node value;
            if (v < end) {
                value = scalar(line, v - offset(line), end, column);
                line++;
            } else {
                line++;
                if (line < lines() && indent[line] > column) {
                    value = block(indent[line]);
                } else if (line < lines() && indent[line] == column && isEntry(line, column)) {
                    value = sequence(column); // an indentless sequence
                } else {
                    throw new NotPlain(); // an empty (null) value
                }
            }
            pairs.add(new NodeTuple(key, value));
        }
        return new MappingNode(Tag.MAP, true, pairs, FlowStyle.BLOCK, Optional.of(start), Optional.empty());
    }

    /** The offset of the {@code :} that ends a plain key starting at {@code column}, or -1 when the line is no {@code key:}. */
    private int keyEnd(int l, int column) {
        int from = offset(l) + column;
        int end = lineEnd(l);
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A one-line plain scalar from {@code column} to {@code endOffset} (trailing spaces dropped, as
     * YAML does), in a block whose entries start at column {@code owner}.
     */
    private ScalarNode scalar(int l, int column, int endOffset, int owner) {
        int from = offset(l) + column;
        int to = endOffset;
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        if (to == from) {
            throw new NotPlain();
        }
        String value = text.substring(from, to);
        char c = value.charAt(0);
        boolean signed = c == '-' && value.length() > 1 && (Character.isDigit(value.charAt(1)) || value.charAt(1) == '.');
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 && !signed) {
            throw new NotPlain();
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            throw new NotPlain();
        }
        if (l + 1 < lines() && indent[l + 1] > owner) {
            throw new NotPlain(); // a deeper line continues the scalar (or is an error): left to the composer
        }
        return new ScalarNode(resolve(value), true, value, ScalarStyle.PLAIN,
                Optional.of(mark(l, column)), Optional.empty());
    }

}
