package dev.cardwright.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The metadata of a front matter block as readers (the form, validation, the preview) see it: an
 * ordered map of top-level keys to plain values, read with YAML 1.2 semantics
 * ({@code language: no} is the string {@code no}). Duplicate keys: the last one wins, as on the
 * Hub. Top-level keys that are not strings ({@code 1:}, {@code true:}) appear as their text.
 */
public final class Metadata {
    private Metadata() {
    }

    /**
     * @return an unmodifiable ordered map; empty for an empty block
     * @throws MetadataEditException (line and column relative to {@code yaml}) when the text is not
     *         YAML or its top level is not a mapping
     */
    public static Map<String, Object> parse(String yaml) throws MetadataEditException {
        YamlText t = new YamlText(yaml);
        Object value;
        Optional<Node> node;
        try {
            value = YamlReader.load(yaml);
            node = value instanceof Map<?, ?> || value == null ? Optional.empty() : YamlReader.compose(yaml);
        } catch (YamlEngineException e) {
            throw YamlText.notYaml(e);
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            Node root = node.orElseThrow();
            String what = value instanceof java.util.List<?> ? "a list" : "a single value";
            throw t.refuse(root, "the metadata is " + what + ", not a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(out);
    }

    /** Whether the block's top level is a mapping written in block style (what {@link MetadataEditor} edits). */
    public static boolean isBlockMapping(String yaml) {
        try {
            return YamlReader.compose(yaml).map(n -> n instanceof MappingNode m
                    && m.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.BLOCK).orElse(true);
        } catch (YamlEngineException e) {
            return false;
        }
    }
}
