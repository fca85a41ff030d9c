package dev.cardwright.yaml;

import java.util.List;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where a node's text really ends, and whether the text of a node may be rewritten.
 *
 * <p>The engine's end mark of a block collection lies after any comment and blank lines that
 * follow it (they belong to nobody, and an edit must keep them), so the end of a block
 * collection is taken from its last child instead. A block scalar's end mark lies after its
 * trailing line breaks; they are content only with the keep indicator ({@code |+}).
 */
final class NodeExtent {
    private final YamlText t;

    NodeExtent(YamlText t) {
        this.t = t;
    }

    /**
     * Offset of the last character that belongs to the node: a scalar's last non-blank character,
     * a flow collection's closing bracket, a block collection's last child's last character. For
     * an empty scalar it is the indicator before it ({@code :} or {@code -}).
     */
    int lastChar(Node node) {
        if (node instanceof ScalarNode s) {
            int start = t.start(s);
            int end = t.end(s);
            if (start >= end) {
                return start - 1;
            }
            if ((s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED) && keeps(start)) {
                return end - 1;
            }
            return backOverBlanks(end - 1, start);
        }
        CollectionNode<?> c = (CollectionNode<?>) node;
        if (c.getFlowStyle() == FlowStyle.FLOW || c.getValue().isEmpty()) {
            return backOverBlanks(t.end(c) - 1, t.start(c));
        }
        if (c instanceof MappingNode m) {
            NodeTuple last = m.getValue().get(m.getValue().size() - 1);
            return Math.max(lastChar(last.getKeyNode()), lastChar(last.getValueNode()));
        }
        List<Node> items = ((SequenceNode) c).getValue();
        return lastChar(items.get(items.size() - 1));
    }

    /** Line of the last character of a mapping entry. */
    int lastLine(NodeTuple tuple) {
        return t.lineOf(Math.max(lastChar(tuple.getKeyNode()), lastChar(tuple.getValueNode())));
    }

    int lastLine(Node node) {
        return t.lineOf(lastChar(node));
    }

    private int backOverBlanks(int i, int floor) {
        while (i > floor && Character.isWhitespace(t.text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Whether the block scalar whose header starts at {@code start} has the keep chomping indicator. */
    private boolean keeps(int start) {
        int eol = t.text.indexOf('\n', start);
        String header = t.text.substring(start, eol < 0 ? t.text.length() : eol);
        int hash = header.indexOf(" #");
        if (hash >= 0) {
            header = header.substring(0, hash);
        }
        int indicator = Math.max(header.lastIndexOf('|'), header.lastIndexOf('>'));
        return indicator >= 0 && header.indexOf('+', indicator) >= 0;
    }

    /**
     * Refuses when the node's subtree holds an anchor or an alias (an alias is the anchored node
     * itself in the composed tree, so both show as an anchor), or a tab in the indentation of a
     * line outside block scalar content, where YAML readers disagree about the structure.
     */
    void checkRewritable(Node node, int firstLine, int lastLine) throws MetadataEditException {
        checkAnchors(node);
        boolean[] content = new boolean[lastLine - firstLine + 1];
        markBlockScalarContent(node, firstLine, content);
        for (int line = firstLine; line <= lastLine; line++) {
            if (content[line - firstLine]) {
                continue;
            }
            int start = t.lineStart(line);
            for (int i = start; i < t.lineEnd(line); i++) {
                char ch = t.text.charAt(i);
                if (ch == '\t') {
                    throw t.refuse(i, "a tab in the indentation makes the structure ambiguous (YAML readers disagree on it)");
                }
                if (ch != ' ') {
                    break;
                }
            }
        }
    }

    void checkAnchors(Node node) throws MetadataEditException {
        if (node.getAnchor().isPresent()) {
            throw t.refuse(node, "the edit touches an anchor or alias (&" + node.getAnchor().get().getValue()
                    + "), which a minimal edit cannot keep consistent");
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                checkAnchors(tuple.getKeyNode());
                checkAnchors(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                checkAnchors(item);
            }
        }
    }

    private void markBlockScalarContent(Node node, int firstLine, boolean[] content) {
        if (node instanceof ScalarNode s) {
            if (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED) {
                int header = t.lineOf(t.start(s));
                int last = t.lineOf(Math.max(t.start(s), t.end(s) - 1));
                for (int line = header + 1; line <= last; line++) {
                    if (line - firstLine >= 0 && line - firstLine < content.length) {
                        content[line - firstLine] = true;
                    }
                }
            }
        } else if (node instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                markBlockScalarContent(tuple.getKeyNode(), firstLine, content);
                markBlockScalarContent(tuple.getValueNode(), firstLine, content);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                markBlockScalarContent(item, firstLine, content);
            }
        }
    }
}
