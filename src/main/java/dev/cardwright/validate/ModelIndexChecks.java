package dev.cardwright.validate;

import static dev.cardwright.validate.YamlNodes.isBoolean;
import static dev.cardwright.validate.YamlNodes.isNull;
import static dev.cardwright.validate.YamlNodes.isNumber;
import static dev.cardwright.validate.YamlNodes.isString;

import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The structure of {@code model-index} as the Hub checks it on push (hub-docs modelcard.md
 * metadata spec): entries with a {@code name} and {@code results}; each result with a
 * {@code task} ({@code type} required), a {@code dataset} ({@code type} and {@code name}
 * required; {@code config}, {@code split}, {@code revision} strings), {@code metrics} (each with
 * {@code type} and {@code value}) and, when present, a {@code source} with a {@code url}.
 * Every finding carries the path of the element, e.g. {@code model-index[0].results[2].dataset.config}.
 */
final class ModelIndexChecks {
    private enum Type { STRING, VALUE, BOOLEAN }

    private final Findings out;

    ModelIndexChecks(Findings out) {
        this.out = out;
    }

    void check(Node modelIndex) {
        if (isNull(modelIndex)) {
            return;
        }
        MetadataPath root = MetadataPath.ROOT.key("model-index");
        List<Node> entries = array(modelIndex, root);
        for (int i = 0; i < entries.size(); i++) {
            MetadataPath path = root.index(i);
            MappingNode entry = object(entries.get(i), path);
            if (entry == null) {
                continue;
            }
            field(entry, path, "name", true, Type.STRING);
            Optional<Node> results = required(entry, path, "results");
            if (results.isEmpty()) {
                continue;
            }
            MetadataPath rp = path.key("results");
            List<Node> list = array(results.get(), rp);
            for (int r = 0; r < list.size(); r++) {
                result(list.get(r), rp.index(r));
            }
        }
    }

    private void result(Node node, MetadataPath path) {
        MappingNode result = object(node, path);
        if (result == null) {
            return;
        }
        required(result, path, "task").map(t -> object(t, path.key("task"))).ifPresent(task -> {
            field(task, path.key("task"), "type", true, Type.STRING);
            field(task, path.key("task"), "name", false, Type.STRING);
        });
        required(result, path, "dataset").map(d -> object(d, path.key("dataset"))).ifPresent(dataset -> {
            MetadataPath p = path.key("dataset");
            field(dataset, p, "type", true, Type.STRING);
            field(dataset, p, "name", true, Type.STRING);
            field(dataset, p, "config", false, Type.STRING);
            field(dataset, p, "split", false, Type.STRING);
            field(dataset, p, "revision", false, Type.STRING);
        });
        required(result, path, "metrics").ifPresent(m -> {
            MetadataPath p = path.key("metrics");
            List<Node> metrics = array(m, p);
            for (int i = 0; i < metrics.size(); i++) {
                MetadataPath mp = p.index(i);
                MappingNode metric = object(metrics.get(i), mp);
                if (metric == null) {
                    continue;
                }
                field(metric, mp, "type", true, Type.STRING);
                field(metric, mp, "value", true, Type.VALUE);
                field(metric, mp, "name", false, Type.STRING);
                field(metric, mp, "config", false, Type.STRING);
                field(metric, mp, "verified", false, Type.BOOLEAN);
                field(metric, mp, "verifyToken", false, Type.STRING);
            }
        });
        YamlNodes.get(result, "source").filter(s -> !isNull(s)).map(s -> object(s, path.key("source"))).ifPresent(source -> {
            field(source, path.key("source"), "url", true, Type.STRING);
            field(source, path.key("source"), "name", false, Type.STRING);
        });
    }

    private Optional<Node> required(MappingNode map, MetadataPath path, String key) {
        Optional<Node> value = YamlNodes.get(map, key);
        if (value.isEmpty() || isNull(value.get())) {
            String p = path.key(key).toString();
            out.at(value.orElse(map), Rule.MODEL_INDEX_REQUIRED, p, null, p);
            return Optional.empty();
        }
        return value;
    }

    private void field(MappingNode map, MetadataPath path, String key, boolean isRequired, Type type) {
        Optional<Node> value = isRequired ? required(map, path, key) : YamlNodes.get(map, key).filter(v -> !isNull(v));
        if (value.isEmpty()) {
            return;
        }
        Node v = value.get();
        switch (type) {
            case STRING -> {
                if (!isString(v)) {
                    String p = path.key(key).toString();
                    out.at(v, Rule.MODEL_INDEX_TYPE, p, isNumber(v) || isBoolean(v) ? YamlNodes.quoted(YamlNodes.text(v)) : null, p, "a string");
                }
            }
            case VALUE -> {
                if (!isString(v) && !isNumber(v)) {
                    String p = path.key(key).toString();
                    out.at(v, Rule.MODEL_INDEX_TYPE, p, null, p, "a number or a string");
                }
            }
            case BOOLEAN -> {
                if (!isBoolean(v)) {
                    String p = path.key(key).toString();
                    out.at(v, Rule.MODEL_INDEX_TYPE, p, null, p, "a boolean");
                }
            }
        }
    }

    private List<Node> array(Node node, MetadataPath path) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        out.at(node, Rule.MODEL_INDEX_TYPE, path.toString(), null, path.toString(), "an array");
        return List.of();
    }

    private MappingNode object(Node node, MetadataPath path) {
        if (node instanceof MappingNode map) {
            return map;
        }
        out.at(node, Rule.MODEL_INDEX_TYPE, path.toString(), null, path.toString(), "an object");
        return null;
    }
}
