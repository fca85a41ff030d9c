package dev.cardwright.validate;

import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Questions the rules ask of composed YAML nodes (YAML 1.2 core schema tags). */
final class YamlNodes {
    private YamlNodes() {
    }

    static boolean isString(Node n) {
        return n instanceof ScalarNode && Tag.STR.equals(n.getTag());
    }

    static boolean isNumber(Node n) {
        return n instanceof ScalarNode && (Tag.INT.equals(n.getTag()) || Tag.FLOAT.equals(n.getTag()));
    }

    static boolean isNull(Node n) {
        return n == null || (n instanceof ScalarNode && Tag.NULL.equals(n.getTag()));
    }

    static boolean isBoolean(Node n) {
        return n instanceof ScalarNode && Tag.BOOL.equals(n.getTag());
    }

    static boolean isPlain(ScalarNode n) {
        return n.getScalarStyle() == ScalarStyle.PLAIN;
    }

    static String text(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The value of a key in a mapping (the last one, as readers keep it), if the key is there. */
    static Optional<Node> get(MappingNode map, String key) {
        Node found = null;
        java.util.List<NodeTuple> pairs = map.getValue();
        for (int i = 0, n = pairs.size(); i < n; i++) { // indexed: no iterator per lookup (lint runs without C2)
            NodeTuple t = pairs.get(i);
            if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                found = t.getValueNode();
            }
        }
        return Optional.ofNullable(found);
    }

    /** How the Hub names a node's type in its messages: an array, an object, a string … */
    static String kind(Node n) {
        if (n instanceof SequenceNode) {
            return "an array";
        }
        if (n instanceof MappingNode) {
            return "an object";
        }
        if (isNull(n)) {
            return "null";
        }
        if (isNumber(n)) {
            return "a number";
        }
        if (isBoolean(n)) {
            return "a boolean";
        }
        return "a string";
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** A YAML double-quoted scalar, for fixes. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
