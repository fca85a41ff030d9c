package dev.cardwright.validate;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Tags PyYAML's {@code SafeLoader} cannot construct ({@code !!python/tuple}, {@code !!python/object},
 * local tags such as {@code !foo}): {@code yaml.safe_load}, and so the Hub, refuses the whole
 * block with "could not determine a constructor for the tag". SafeLoader knows exactly the YAML 1.1
 * standard types listed here (PyYAML's {@code constructor.py}, {@code SafeConstructor.add_constructor}).
 */
final class UnsafeTags {
    private static final String STANDARD = "tag:yaml.org,2002:";
    private static final Set<String> SAFE = Set.of("null", "bool", "int", "float", "binary", "timestamp", "omap", "pairs", "set", "str",
            "seq", "map");

    private UnsafeTags() {
    }

    /** The first node (in document order) whose tag safe_load refuses. Each node is visited once, so aliases cost nothing. */
    static Optional<Node> first(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (!safe(n.getTag().getValue())) {
                return Optional.of(n);
            }
            if (n instanceof MappingNode m) {
                for (int i = m.getValue().size() - 1; i >= 0; i--) {
                    NodeTuple t = m.getValue().get(i);
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            } else if (n instanceof SequenceNode s) {
                for (int i = s.getValue().size() - 1; i >= 0; i--) {
                    todo.push(s.getValue().get(i));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean safe(String tag) {
        return tag.startsWith(STANDARD) && SAFE.contains(tag.substring(STANDARD.length()));
    }
}
