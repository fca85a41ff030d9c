package dev.cardwright.yaml;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Bounds on the YAML Cardwright reads (the validator, {@code set}, the editor, card sources), so hostile YAML costs bounded time and memory.
 * {@link dev.cardwright.yaml.YamlReader} already refuses too many aliases and too many code
 * points; this adds what it lacks: a cheap pre-scan for nesting (the composer recurses once per
 * level, so ten thousand {@code [} would exhaust the stack) and, after composing, the size the
 * tree would have with every alias expanded (a few aliases can stand for billions of nodes).
 */
public final class YamlLimits {
    /** Front matter larger than this is not read (the largest real card's is a few hundred KB). */
    public static final int MAX_CHARS = dev.cardwright.card.Limits.MAX_FRONT_MATTER_CHARS;
    /** Nesting deeper than this is not composed; real metadata nests fewer than 15 levels. */
    public static final int MAX_DEPTH = dev.cardwright.card.Limits.MAX_YAML_DEPTH;
    /** Nodes the tree may hold with aliases expanded. */
    public static final long MAX_EXPANDED_NODES = dev.cardwright.card.Limits.MAX_EXPANDED_NODES;
    /** Values (items, keys) the text may spell out, before any alias is expanded. */
    public static final int MAX_NODES = dev.cardwright.card.Limits.MAX_YAML_NODES;

    private YamlLimits() {
    }

    /** Why the text must not be composed, or empty when it may be. */
    public static Optional<String> refuseBeforeComposing(String yaml) {
        return refuseBeforeComposing(yaml, MAX_CHARS);
    }

    /** As {@link #refuseBeforeComposing(String)}, with another size bound (a card source holds the whole card). */
    public static Optional<String> refuseBeforeComposing(String yaml, int maxChars) {
        if (yaml.length() > maxChars) {
            return Optional.of("the block has " + yaml.length() + " characters, more than the " + maxChars + " read");
        }
        // Upper bound on nesting: open flow brackets plus block indentation. Brackets inside
        // quoted strings count too, which can only overestimate.
        int flow = 0;
        int maxFlow = 0;
        int lineStart = 0;
        boolean atIndent = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                atIndent = true;
                continue;
            }
            if (atIndent && c != ' ' && c != '-') {
                atIndent = false;
                if (i - lineStart > MAX_DEPTH * 4) {
                    return Optional.of("it is indented more than " + (MAX_DEPTH * 4) + " columns deep");
                }
            }
            if (c == '[' || c == '{') {
                maxFlow = Math.max(maxFlow, ++flow);
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
            }
        }
        if (maxFlow > MAX_DEPTH) {
            return Optional.of("it nests more than " + MAX_DEPTH + " levels deep");
        }
        if (valuesAtLeast(yaml) > MAX_NODES) {
            return Optional.of("it holds more than " + MAX_NODES + " values (list items, keys and scalars)");
        }
        return Optional.empty();
    }

    /**
     * A lower bound on the values the composer would build from {@code yaml}: a million-item flow
     * list took 30 s and more than 256 MB before anything could refuse it. One per comma between
     * flow items outside quoted strings, one per block sequence item ({@code - } at a line's
     * indentation). A quote only opens a quoted string where a flow value starts; an apostrophe
     * inside a word is text. Brackets inside a block scalar can only make this count more of its
     * commas, which takes hundreds of thousands of them to matter.
     */
    static long valuesAtLeast(String yaml) {
        long values = 0;
        int flow = 0;
        char quote = 0;
        char previous = '[';
        boolean atIndent = true;
        for (int i = 0, n = yaml.length(); i < n; i++) {
            char c = yaml.charAt(i);
            if (quote != 0) {
                if ((c == '\\' && quote == '"') || (c == '\'' && quote == '\'' && i + 1 < n && yaml.charAt(i + 1) == '\'')) {
                    i++; // an escaped character, or '' for a quote in a single-quoted string
                } else if (c == quote) {
                    quote = 0;
                    previous = c;
                }
                continue;
            }
            if (c == '\n') {
                atIndent = true;
                continue;
            }
            if (atIndent && c == '-' && (i + 1 == n || yaml.charAt(i + 1) == ' ' || yaml.charAt(i + 1) == '\n')) {
                values++;
            } else if (c != ' ') {
                atIndent = false;
            }
            if (c == '[' || c == '{') {
                flow++;
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
            } else if (flow > 0 && c == ',') {
                values++;
            } else if (flow > 0 && (c == '"' || c == '\'') && (previous == '[' || previous == '{' || previous == ',' || previous == ':')) {
                quote = c;
            }
            if (c != ' ' && c != '\t') {
                previous = c;
            }
        }
        return values;
    }

    /** Why a composed tree must not be walked (aliases expanding beyond the bound), or empty. */
    public static Optional<String> refuseAfterComposing(Node root) {
        long size = expandedSize(root, new IdentityHashMap<>(), 0);
        if (size > MAX_EXPANDED_NODES) {
            return Optional.of("its aliases expand to more than " + MAX_EXPANDED_NODES + " nodes");
        }
        return Optional.empty();
    }

    private static long expandedSize(Node n, Map<Node, Long> memo, int depth) {
        Long known = memo.get(n);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH * 2) {
            return MAX_EXPANDED_NODES + 1;
        }
        memo.put(n, MAX_EXPANDED_NODES + 1); // a cycle (recursive alias) counts as unbounded
        long size = 1;
        if (n instanceof SequenceNode seq) {
            for (Node c : seq.getValue()) {
                size = Math.min(size + expandedSize(c, memo, depth + 1), MAX_EXPANDED_NODES + 1);
            }
        } else if (n instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                size = Math.min(size + expandedSize(t.getKeyNode(), memo, depth + 1)
                        + expandedSize(t.getValueNode(), memo, depth + 1), MAX_EXPANDED_NODES + 1);
            }
        }
        memo.put(n, size);
        return size;
    }
}
