package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Edits the YAML text of a front matter block with the smallest possible change: setting a key
 * rewrites only that key's lines (or, for a scalar, only the value's characters), adding a key
 * appends it after the last one, and every other byte (comments, blank lines, order, flow style,
 * quoting) stays as it was. Values written anew are written as huggingface_hub writes them
 * ({@link PyYamlEmitter}, PyYAML style), indented to where they go.
 *
 * <p>Every edit is checked before it is returned: the new text is read again (YAML 1.2) and must
 * give exactly the old metadata with the one change. When no safe minimal edit exists the edit is
 * refused with a {@link MetadataEditException} saying where and why: text that is not YAML, a top
 * level that is not a block mapping, a duplicated key, anchors or aliases in the edited region,
 * tabs in its indentation, explicit ({@code ? }) keys.
 *
 * <p>Paths address nested values: strings are mapping keys, integers list indexes
 * ({@code ["model-index", 0, "results", 1, "metrics", 0, "value"]}). A nested edit rewrites the
 * innermost piece it can: the scalar itself, else the enclosing entry or list item, else an outer
 * one, up to the top-level key.
 */
public final class MetadataEditor {
    /** Beyond this many separate changes, {@link #update} rewrites the key as a whole. */
    private static final int MAX_CHANGES = 64;
    private static final Pattern ITEM_PREFIX = Pattern.compile("( *)- +");

    private final YamlText t;
    private final NodeExtent extent;
    private final Object loaded;
    /** The top-level block mapping, or null for an empty document. */
    private final MappingNode root;
    /** The top-level key being edited, where a refusal is reported. */
    private Node focus;

    private MetadataEditor(String text) throws MetadataEditException {
        String yaml = withoutEmptyFlowMapping(text);
        this.t = new YamlText(yaml);
        this.extent = new NodeExtent(t);
        Optional<Node> node;
        try {
            node = YamlReader.compose(yaml);
            // A second parse, not a construction from the same nodes: constructing a mapping with
            // duplicate keys drops the duplicates from the node tree, which must stay as written.
            loaded = YamlReader.load(yaml);
        } catch (YamlEngineException e) {
            throw YamlText.notYaml(e);
        }
        root = node.isEmpty() ? null : blockMapping(node.get());
    }

    private MappingNode blockMapping(Node node) throws MetadataEditException {
        if (node instanceof MappingNode m) {
            if (m.getFlowStyle() == FlowStyle.FLOW) {
                throw t.refuse(node, "the metadata is a flow mapping ({…}); only a block mapping can be edited line by line");
            }
            return m;
        }
        if (node instanceof SequenceNode) {
            throw t.refuse(node, "the metadata is a list, not a mapping of keys to values");
        }
        throw t.refuse(node, "the metadata is a single value, not a mapping of keys to values");
    }

    /**
     * {@code {}} (what huggingface_hub writes for a card without metadata, and what a new card
     * starts from) holds nothing a line-by-line edit could disturb: it is read as an empty
     * document, so the first key written turns it into block style. Comments around it stay.
     */
    private static String withoutEmptyFlowMapping(String yaml) {
        Optional<Node> node;
        try {
            node = YamlReader.compose(yaml);
        } catch (YamlEngineException e) {
            return yaml; // reported by the constructor's own parse
        }
        if (node.isEmpty() || !(node.get() instanceof MappingNode m) || m.getFlowStyle() != FlowStyle.FLOW
                || !m.getValue().isEmpty() || m.getAnchor().isPresent() || !m.getTag().equals(Tag.MAP)) {
            return yaml;
        }
        YamlText t = new YamlText(yaml);
        int start = t.start(m);
        int end = t.end(m);
        int lineStart = t.lineStart(t.lineOf(start));
        int lineEnd = t.lineEnd(t.lineOf(Math.max(start, end - 1)));
        String rest = yaml.substring(lineStart, start) + yaml.substring(end, lineEnd);
        if (rest.isBlank()) {
            return yaml.substring(0, lineStart) + yaml.substring(lineEnd); // the whole line goes
        }
        return yaml.substring(0, start) + yaml.substring(end);
    }

    /**
     * Whether the top level is a mapping written in flow style ({@code {license: mit}}) with
     * something in it: {@link #toBlockStyle} must convert it before keys can be edited.
     */
    public static boolean needsBlockStyle(String yaml) {
        try {
            return YamlReader.compose(yaml).map(n -> n instanceof MappingNode m
                    && m.getFlowStyle() == FlowStyle.FLOW && !m.getValue().isEmpty()).orElse(false);
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /**
     * The same metadata written in block style as huggingface_hub writes it. Comments before the
     * mapping are kept; comments inside it cannot be placed in the new layout and are dropped,
     * which is why the editor asks first and {@code set} says so.
     *
     * @throws MetadataEditException when the text is not YAML or not a flow mapping of plain data
     */
    public static String toBlockStyle(String yaml) throws MetadataEditException {
        YamlText t = new YamlText(yaml);
        Node node;
        Object value;
        try {
            node = YamlReader.compose(yaml).orElse(null);
            value = YamlReader.load(yaml);
        } catch (YamlEngineException e) {
            throw YamlText.notYaml(e);
        }
        if (!(node instanceof MappingNode m) || m.getFlowStyle() != FlowStyle.FLOW || !(value instanceof Map<?, ?>)) {
            throw new MetadataEditException(1, 1, "the metadata is not a flow mapping ({…})");
        }
        Node complex = complexKey(m);
        if (complex != null) {
            // {{ card_data }} of a Jinja template reads as a mapping used as a key: not metadata to rewrite
            throw t.refuse(complex, "the flow mapping has a key that is not a plain value (a template's {{ … }}?); it is left as it is");
        }
        String lineBreak = yaml.contains("\r\n") ? "\r\n" : "\n";
        String before = yaml.substring(0, t.lineStart(t.lineOf(t.start(m))));
        String block = ((Map<?, ?>) value).isEmpty() ? "" : PyYamlEmitter.dump(value, lineBreak);
        String converted = before + block;
        if (!Values.same(readMap(converted), value)) {
            throw t.refuse(m, "the metadata could not be written in block style without changing it");
        }
        return converted;
    }

    /** The first mapping key below {@code node} that is not a scalar, or null. */
    private static Node complexKey(Node node) {
        if (node instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                    return tuple.getKeyNode();
                }
                Node inner = complexKey(tuple.getValueNode());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                Node inner = complexKey(item);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    // ---- public API ------------------------------------------------------------------------

    /** Sets a top-level key (adding it at the end when absent). */
    public static String set(String yaml, String key, Object value) throws MetadataEditException {
        return set(yaml, List.of(key), value);
    }

    /** Removes a top-level key; the text is returned unchanged when the key is absent. */
    public static String remove(String yaml, String key) throws MetadataEditException {
        return remove(yaml, List.of(key));
    }

    /**
     * Sets the value at {@code path}. Missing mapping keys on the way are created; a list index
     * may name an existing item or the position just past the last one (append).
     *
     * @throws IllegalArgumentException when the path does not fit the data (an index into a mapping, …)
     */
    public static String set(String yaml, List<?> path, Object value) throws MetadataEditException {
        checkPath(path);
        MetadataEditor editor = new MetadataEditor(yaml);
        return editor.unchangedAs(yaml, editor.doSet(path, Values.copy(value)));
    }

    /** Removes the key or list item at {@code path}; unchanged text when there is none. */
    public static String remove(String yaml, List<?> path) throws MetadataEditException {
        checkPath(path);
        MetadataEditor editor = new MetadataEditor(yaml);
        return editor.unchangedAs(yaml, editor.doRemove(path));
    }

    /**
     * Sets a top-level key to {@code value} by changing only the parts of its current value that
     * differ: one metric value edited in a large {@code model-index} changes one line. Falls back
     * to rewriting the whole key when the two values differ in shape.
     */
    public static String update(String yaml, String key, Object value) throws MetadataEditException {
        MetadataEditor editor = new MetadataEditor(yaml);
        Object newValue = Values.copy(value);
        Object old = editor.topLevel().containsKey(key) ? editor.topLevel().get(key) : Values.MISSING;
        if (old == Values.MISSING) {
            return editor.doSet(List.of(key), newValue);
        }
        List<ValueDiff.Change> changes = ValueDiff.changes(List.<Object>of(key), old, newValue);
        if (changes.isEmpty()) {
            return yaml;
        }
        if (changes.size() <= MAX_CHANGES && leadsTo(editor.expected(), changes, key, newValue)) {
            // each step is verified against the text it produced; together they give newValue
            try {
                String text = editor.apply(changes.get(0));
                for (ValueDiff.Change c : changes.subList(1, changes.size())) {
                    text = new MetadataEditor(text).apply(c);
                }
                return text;
            } catch (MetadataEditException | IllegalArgumentException e) {
                // a piecewise edit was not possible; rewrite the key as a whole below
            }
        }
        return editor.doSet(List.of(key), newValue);
    }

    /** An edit that changed nothing gives back the caller's text, even where {@code {}} was read as empty. */
    private String unchangedAs(String original, String edited) {
        return edited.equals(t.text) ? original : edited;
    }

    private String apply(ValueDiff.Change c) throws MetadataEditException {
        return c.remove() ? doRemove(c.path()) : doSet(c.path(), Values.copy(c.value()));
    }

    /** Whether the changes, applied in order to the metadata, give exactly {@code value} at {@code key}. */
    private static boolean leadsTo(Map<Object, Object> metadata, List<ValueDiff.Change> changes, String key, Object value) {
        try {
            for (ValueDiff.Change c : changes) {
                if (c.remove()) {
                    Values.remove(metadata, c.path());
                } else {
                    Values.put(metadata, c.path(), Values.copy(c.value()));
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Values.same(metadata.get(key), value);
    }

    private static void checkPath(List<?> path) {
        if (path.isEmpty() || !(path.get(0) instanceof String)) {
            throw new IllegalArgumentException("a path starts with a top-level key: " + path);
        }
        for (Object step : path) {
            if (!(step instanceof String) && !(step instanceof Integer)) {
                throw new IllegalArgumentException("path steps are keys (String) or indexes (Integer): " + path);
            }
        }
    }

    // ---- set and remove ----------------------------------------------------------------------

    private String doSet(List<?> path, Object value) throws MetadataEditException {
        Object current = Values.get(topLevel(), path);
        if (current != Values.MISSING && Values.same(current, value)) {
            return t.text;
        }
        Map<Object, Object> expected = expected();
        Values.put(expected, path, value);
        String key = (String) path.get(0);
        NodeTuple top = topLevelEntry(key);
        if (top == null) {
            return verified(appendTopLevel(key, expected.get(key)), expected, path);
        }
        focus = top.getKeyNode();
        entryIndent(root, top.getKeyNode());
        List<Step> steps = locate(top, path);
        List<Attempt> attempts = new ArrayList<>();
        Step target = steps.size() == path.size() ? steps.get(steps.size() - 1) : null;
        if (target != null && target.node() instanceof ScalarNode s && Values.isScalar(value)) {
            attempts.add(() -> replaceScalar(s, value));
        }
        if (target == null && steps.size() == path.size() - 1) {
            Node parent = steps.get(steps.size() - 1).node();
            Object last = path.get(path.size() - 1);
            if (parent instanceof MappingNode m && last instanceof String k) {
                attempts.add(() -> insertEntry(m, k, value));
                attempts.add(() -> insertIntoFlow(m, k, value));
            } else if (parent instanceof SequenceNode q && last instanceof Integer) {
                attempts.add(() -> insertItem(q, value));
                attempts.add(() -> insertIntoFlow(q, null, value));
            }
        }
        for (int depth = steps.size(); depth >= 1; depth--) {
            Step step = steps.get(depth - 1);
            Object subValue = Values.get(expected, path.subList(0, depth));
            attempts.add(() -> rewrite(step, subValue));
        }
        return firstThatHolds(attempts, expected, path);
    }

    private String doRemove(List<?> path) throws MetadataEditException {
        if (Values.get(topLevel(), path) == Values.MISSING) {
            return t.text;
        }
        Map<Object, Object> expected = expected();
        Values.remove(expected, path);
        NodeTuple top = topLevelEntry((String) path.get(0));
        if (top == null) {
            throw t.refuse(0, "the key '" + path.get(0) + "' is not written as a plain string key");
        }
        focus = top.getKeyNode();
        entryIndent(root, top.getKeyNode());
        List<Step> steps = locate(top, path);
        List<Attempt> attempts = new ArrayList<>();
        if (steps.size() == path.size()) {
            Step target = steps.get(steps.size() - 1);
            attempts.add(() -> deleteLines(target, false));
            // Comment lines left after the removed entry can turn into content of a block scalar
            // before it (when indented); then they go with the entry.
            attempts.add(() -> deleteLines(target, true));
        }
        for (int depth = Math.min(steps.size(), path.size() - 1); depth >= 1; depth--) {
            Step step = steps.get(depth - 1);
            Object subValue = Values.get(expected, path.subList(0, depth));
            attempts.add(() -> rewrite(step, subValue));
        }
        return firstThatHolds(attempts, expected, path);
    }

    @FunctionalInterface
    private interface Attempt {
        String text() throws MetadataEditException;
    }

    /** Tries the edits from the finest to the coarsest; the coarsest one's refusal is the answer. */
    private String firstThatHolds(List<Attempt> attempts, Map<Object, Object> expected, List<?> path)
            throws MetadataEditException {
        MetadataEditException refusal = null;
        for (Attempt attempt : attempts) {
            try {
                return verified(attempt.text(), expected, path);
            } catch (MetadataEditException e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    /** The new text, once it reads back as exactly the expected metadata. */
    private String verified(String text, Map<Object, Object> expected, List<?> path) throws MetadataEditException {
        Object actual;
        try {
            actual = readMap(text);
        } catch (MetadataEditException e) {
            throw new MetadataEditException(e.line(), e.column(),
                    "the edit of " + Values.describe(path, path.size()) + " would not be valid YAML here: " + e.getMessage(), e);
        }
        if (Values.same(actual, expected)) {
            return text;
        }
        Object want = Values.get(expected, path);
        Object got = Values.get(actual, path);
        String why = want != Values.MISSING && !Values.same(want, got)
                ? "it would read back as " + got + " (YAML 1.2) instead of " + want
                : "the edit would change other keys";
        throw t.refuse(focus == null ? 0 : t.start(focus), "cannot edit " + Values.describe(path, path.size()) + " safely: " + why);
    }

    // ---- locating --------------------------------------------------------------------------

    /** A node on a path: what holds it, and the entry or index it sits at. */
    private record Step(Node container, NodeTuple tuple, Object key, Node node) {
    }

    /** The top-level entry for {@code key}, refusing duplicates and explicit keys. */
    private NodeTuple topLevelEntry(String key) throws MetadataEditException {
        if (root == null) {
            return null;
        }
        List<NodeTuple> hits = entries(root, key);
        if (hits.size() > 1) {
            throw duplicate(hits, key);
        }
        return hits.isEmpty() ? null : hits.get(0);
    }

    private MetadataEditException duplicate(List<NodeTuple> hits, String key) {
        return t.refuse(hits.get(1).getKeyNode(), "duplicate key '" + key + "' (first at line "
                + (t.lineOf(t.start(hits.get(0).getKeyNode())) + 1) + "); which one to edit is ambiguous");
    }

    private static List<NodeTuple> entries(MappingNode m, String key) {
        List<NodeTuple> hits = new ArrayList<>();
        for (NodeTuple tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && Tag.STR.equals(k.getTag()) && k.getValue().equals(key)) {
                hits.add(tuple);
            }
        }
        return hits;
    }

    /** The nodes along {@code path} as far as they exist; a duplicated key on the way is refused. */
    private List<Step> locate(NodeTuple top, List<?> path) throws MetadataEditException {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(root, top, path.get(0), top.getValueNode()));
        Node node = top.getValueNode();
        for (int i = 1; i < path.size(); i++) {
            Object step = path.get(i);
            if (node.getAnchor().isPresent()) {
                break; // an alias: its marks are those of the anchor, somewhere else
            }
            if (node instanceof MappingNode m && step instanceof String key) {
                List<NodeTuple> hits = entries(m, key);
                if (hits.size() > 1) {
                    throw duplicate(hits, key);
                }
                if (hits.isEmpty()) {
                    break;
                }
                node = hits.get(0).getValueNode();
                steps.add(new Step(m, hits.get(0), key, node));
            } else if (node instanceof SequenceNode q && step instanceof Integer index && index < q.getValue().size()) {
                node = q.getValue().get(index);
                steps.add(new Step(q, null, index, node));
            } else {
                break;
            }
        }
        return steps;
    }

    private Map<Object, Object> topLevel() {
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = loaded instanceof Map<?, ?> m ? (Map<Object, Object>) m : Map.of();
        return map;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> expected() {
        return loaded == null ? new LinkedHashMap<>() : (Map<Object, Object>) Values.copy(loaded);
    }

    private static Object readMap(String text) throws MetadataEditException {
        try {
            Object value = YamlReader.load(text);
            return value == null ? new LinkedHashMap<>() : value;
        } catch (YamlEngineException e) {
            throw YamlText.notYaml(e);
        }
    }

    // ---- the edits -------------------------------------------------------------------------

    /** Replaces a one-line plain or quoted scalar in place, keeping its key and any comment after it. */
    private String replaceScalar(ScalarNode node, Object value) throws MetadataEditException {
        int start = t.start(node);
        int end = t.end(node);
        ScalarStyle style = node.getScalarStyle();
        if (start >= end || t.lineOf(start) != t.lineOf(end - 1)
                || !(style == ScalarStyle.PLAIN || style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED)) {
            throw t.refuse(node, "not a one-line scalar");
        }
        extent.checkAnchors(node);
        char first = t.text.charAt(start);
        if (first == '!' || first == '&') {
            throw t.refuse(node, "the value carries a tag or anchor");
        }
        return t.text.substring(0, start) + inlineScalar(node, value) + t.text.substring(end);
    }

    /** Rewrites a whole mapping entry or list item (its lines) with the new value. */
    private String rewrite(Step step, Object value) throws MetadataEditException {
        return step.tuple() != null ? rewriteEntry(step, value) : rewriteItem(step, value);
    }

    private String rewriteEntry(Step step, Object value) throws MetadataEditException {
        Node keyNode = step.tuple().getKeyNode();
        int indent = entryIndent(step.container(), keyNode);
        int first = t.lineOf(t.start(keyNode));
        int last = extent.lastLine(step.tuple());
        extent.checkAnchors(keyNode);
        extent.checkRewritable(step.tuple().getValueNode(), first, last);
        String block = indented(PyYamlEmitter.dumpEntry((String) step.key(), value), indent);
        return replaceLines(first, last, block);
    }

    private String rewriteItem(Step step, Object value) throws MetadataEditException {
        int dash = itemIndent(step.container(), step.node());
        int first = t.lineOf(t.start(step.node()));
        int last = extent.lastLine(step.node());
        extent.checkRewritable(step.node(), first, last);
        String block = indented(PyYamlEmitter.dump(Collections.singletonList(value)), dash);
        return replaceLines(first, last, block);
    }

    private String deleteLines(Step step, boolean withTrailingComments) throws MetadataEditException {
        int first;
        int last;
        if (step.tuple() != null) {
            Node keyNode = step.tuple().getKeyNode();
            entryIndent(step.container(), keyNode);
            first = t.lineOf(t.start(keyNode));
            last = extent.lastLine(step.tuple());
            extent.checkAnchors(keyNode);
            extent.checkRewritable(step.tuple().getValueNode(), first, last);
        } else {
            itemIndent(step.container(), step.node());
            first = t.lineOf(t.start(step.node()));
            last = extent.lastLine(step.node());
            extent.checkRewritable(step.node(), first, last);
        }
        if (withTrailingComments) {
            while (last + 1 < t.lineCount() && isCommentOrBlank(last + 1)) {
                last++;
            }
        }
        return replaceLines(first, last, "");
    }

    private boolean isCommentOrBlank(int line) {
        String text = t.text.substring(t.lineStart(line), t.lineEnd(line)).strip();
        return text.isEmpty() || text.startsWith("#");
    }

    /** A new key at the end of the top-level mapping (or of an empty document). */
    private String appendTopLevel(String key, Object value) throws MetadataEditException {
        if (root == null || root.getValue().isEmpty()) {
            return insertAfter(t.lineCount() - 1, PyYamlEmitter.dumpEntry(key, value));
        }
        return insertEntry(root, key, value);
    }

    private String insertEntry(MappingNode map, String key, Object value) throws MetadataEditException {
        if (map.getFlowStyle() == FlowStyle.FLOW || map.getValue().isEmpty()) {
            throw t.refuse(map, "cannot add a key to a flow or empty mapping line by line");
        }
        int indent = entryIndent(map, map.getValue().get(0).getKeyNode());
        int last = extent.lastLine(map);
        return insertAfter(last, indented(PyYamlEmitter.dumpEntry(key, value), indent));
    }

    private String insertItem(SequenceNode list, Object value) throws MetadataEditException {
        if (list.getFlowStyle() == FlowStyle.FLOW || list.getValue().isEmpty()) {
            throw t.refuse(list, "cannot add an item to a flow or empty list line by line");
        }
        int dash = itemIndent(list, list.getValue().get(0));
        int last = extent.lastLine(list);
        return insertAfter(last, indented(PyYamlEmitter.dump(Collections.singletonList(value)), dash));
    }

    /**
     * Adds an item (or, with a key, an entry) at the end of a non-empty flow collection written
     * on one line, as {@code , value} before its closing bracket, so that {@code tags: [a, b]}
     * stays a flow list.
     */
    private String insertIntoFlow(CollectionNode<?> node, String key, Object value)
            throws MetadataEditException {
        int start = t.start(node);
        int close = t.end(node) - 1;
        if (node.getFlowStyle() != FlowStyle.FLOW || node.getValue().isEmpty() || t.lineOf(start) != t.lineOf(close)) {
            throw t.refuse(node, "not a one-line flow collection");
        }
        extent.checkAnchors(node);
        String item = inlineScalar(node, value);
        if (key != null) {
            item = inlineScalar(node, key) + ": " + item;
        }
        int at = extent.lastChar(node instanceof MappingNode m
                ? m.getValue().get(m.getValue().size() - 1).getValueNode()
                : ((SequenceNode) node).getValue().get(((SequenceNode) node).getValue().size() - 1)) + 1;
        return t.text.substring(0, at) + ", " + item + t.text.substring(at);
    }

    /** A scalar as PyYAML writes it, when that fits on one line. */
    private String inlineScalar(Node where, Object value) throws MetadataEditException {
        if (!Values.isScalar(value)) {
            throw t.refuse(where, "the new value is not a scalar");
        }
        String entry = PyYamlEmitter.dumpEntry("k", value);
        if (!entry.startsWith("k: ") || entry.indexOf('\n') != entry.length() - 1) {
            throw t.refuse(where, "the new value does not fit on one line");
        }
        return entry.substring(3, entry.length() - 1);
    }

    /** The column of a block mapping's key, which must start its line (no {@code ? }, no {@code - } before it). */
    private int entryIndent(Node container, Node keyNode) throws MetadataEditException {
        if (container instanceof MappingNode m && m.getFlowStyle() == FlowStyle.FLOW) {
            throw t.refuse(keyNode, "the key is inside a flow mapping");
        }
        if (!(keyNode instanceof ScalarNode)) {
            throw t.refuse(keyNode, "complex (? ) keys cannot be edited line by line");
        }
        String before = t.before(t.start(keyNode));
        if (before.indexOf('\t') >= 0) {
            throw t.refuse(keyNode, "a tab in the indentation makes the structure ambiguous (YAML readers disagree on it)");
        }
        if (!before.isBlank()) {
            throw t.refuse(keyNode, before.trim().startsWith("?")
                    ? "complex (? ) keys cannot be edited line by line"
                    : "the key does not start its line");
        }
        return before.length();
    }

    /** The column of a block list item's dash, which must be alone before the item on its line. */
    private int itemIndent(Node container, Node item) throws MetadataEditException {
        if (container instanceof SequenceNode q && q.getFlowStyle() == FlowStyle.FLOW) {
            throw t.refuse(item, "the item is inside a flow list");
        }
        Matcher m = ITEM_PREFIX.matcher(t.before(t.start(item)));
        if (!m.matches()) {
            throw t.refuse(item, "the list item does not start its line with '- '");
        }
        return m.group(1).length();
    }

    // ---- text splicing ---------------------------------------------------------------------

    private static String indented(String block, int indent) {
        if (indent == 0) {
            return block;
        }
        String pad = " ".repeat(indent);
        StringBuilder sb = new StringBuilder(block.length() + 16);
        int from = 0;
        while (from < block.length()) {
            int eol = block.indexOf('\n', from);
            int next = eol < 0 ? block.length() : eol + 1;
            if (next - from > 1) {
                sb.append(pad);
            }
            sb.append(block, from, next);
            from = next;
        }
        return sb.toString();
    }

    /** Replaces whole lines; a text that did not end with a line break still does not. */
    private String replaceLines(int first, int last, String block) {
        int from = t.lineStart(first);
        int to = t.lineEnd(last);
        String text = t.text;
        boolean openEnd = to == text.length() && !text.endsWith("\n");
        if (openEnd) {
            if (block.endsWith("\n")) {
                block = block.substring(0, block.length() - 1);
            } else if (from > 0) {
                from--; // removing the last line: drop the break before it instead
            }
        }
        return text.substring(0, from) + block + text.substring(to);
    }

    /** Inserts whole lines after {@code line} (before everything when {@code line} is -1). */
    private String insertAfter(int line, String block) {
        String text = t.text;
        if (line < 0) {
            return block + text;
        }
        int at = t.lineEnd(line);
        if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            return text + "\n" + block.substring(0, block.length() - 1);
        }
        return text.substring(0, at) + block + text.substring(at);
    }
}
