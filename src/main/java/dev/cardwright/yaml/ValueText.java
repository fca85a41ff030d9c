package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The values of a metadata block as text that find and replace may touch: every single-line
 * scalar that is a value (never a key), plain or quoted, with where its text lies in the block.
 * Block scalars and multi-line values are left out: their text is not their value line for line.
 * A replacement is written into the block's text, so everything around it stays byte for byte,
 * and is refused when the block would then mean something else than the value with the text
 * replaced (a {@code :} or {@code #} typed into a plain value, a quote into a quoted one).
 */
public final class ValueText {
    /**
     * A value's text in the block: {@code start}–{@code end} is between the quotes of a quoted
     * value; {@code key} is the top-level key it belongs to.
     */
    public record Span(String key, int start, int end) {
    }

    private ValueText() {
    }

    /** The value spans of {@code yaml}, in the order of the text; none when it does not parse. */
    public static List<Span> spans(String yaml) {
        List<Span> out = new ArrayList<>();
        Optional<Node> root;
        try {
            root = YamlReader.compose(yaml);
        } catch (YamlEngineException e) {
            return out;
        }
        if (root.isPresent() && root.get() instanceof MappingNode m) {
            YamlText t = new YamlText(yaml);
            for (NodeTuple tuple : m.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    collect(t, key.getValue(), tuple.getValueNode(), out);
                }
            }
        }
        return out;
    }

    private static void collect(YamlText t, String key, Node node, List<Span> out) {
        if (node instanceof ScalarNode s) {
            span(t, key, s).ifPresent(out::add);
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> collect(t, key, n, out));
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> collect(t, key, tuple.getValueNode(), out));
        }
    }

    private static Optional<Span> span(YamlText t, String key, ScalarNode s) {
        if (s.getStartMark().isEmpty() || s.getEndMark().isEmpty()) {
            return Optional.empty();
        }
        int start = t.start(s);
        int end = t.end(s);
        ScalarStyle style = s.getScalarStyle();
        if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            start++;
            end--;
        } else if (style != ScalarStyle.PLAIN) {
            return Optional.empty();
        }
        if (start >= end || t.text.substring(start, end).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(key, start, end));
    }

    /**
     * {@code yaml} with {@code from}–{@code to} (inside {@code span}) replaced by
     * {@code replacement}; empty when the block would no longer hold that value there.
     */
    public static Optional<String> replace(String yaml, Span span, int from, int to, String replacement) {
        if (from < span.start() || to > span.end() || from > to) {
            return Optional.empty();
        }
        String raw = yaml.substring(span.start(), span.end());
        String wanted = raw.substring(0, from - span.start()) + replacement + raw.substring(to - span.start());
        String next = yaml.substring(0, from) + replacement + yaml.substring(to);
        int newEnd = span.end() + replacement.length() - (to - from);
        return spans(next).stream()
                .filter(s -> s.start() == span.start() && s.end() == newEnd && s.key().equals(span.key()))
                .findFirst()
                .filter(s -> wanted.equals(valueAt(next, s)))
                .map(s -> next);
    }

    /** The value of the scalar whose text is {@code s}, as YAML reads it. */
    private static String valueAt(String yaml, Span s) {
        Optional<Node> root = YamlReader.compose(yaml);
        List<ScalarNode> found = new ArrayList<>();
        YamlText t = new YamlText(yaml);
        root.ifPresent(r -> scalars(r, found));
        return found.stream().filter(n -> span(t, s.key(), n).map(x -> x.start() == s.start() && x.end() == s.end()).orElse(false))
                .map(ScalarNode::getValue).findFirst().orElse(null);
    }

    private static void scalars(Node node, List<ScalarNode> out) {
        if (node instanceof ScalarNode s) {
            out.add(s);
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> scalars(n, out));
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> scalars(tuple.getValueNode(), out));
        }
    }
}
