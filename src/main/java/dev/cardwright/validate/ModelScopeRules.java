package dev.cardwright.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.cardwright.modelscope.ModelScopeTables;

/**
 * ModelScope's metadata rules (CW6xx), used instead of the Hub's value rules by
 * {@code validate --hub modelscope}: the keys ModelScope reads ({@code tasks},
 * {@code frameworks}, {@code license}, {@code indexing}) checked against the modelscope SDK's
 * names, with the Hub value's mapping as the fix where the user wrote the Hub's.
 */
final class ModelScopeRules {
    /** Keys ModelScope's model page reads as lists (its documentation's example card). */
    private static final List<String> LIST_KEYS = List.of("tasks", "frameworks", "language", "tags");
    /** The Hub's keys that have a ModelScope counterpart under another name. */
    private static final Map<String, String> HUB_KEYS = Map.of("pipeline_tag", "tasks", "model-index", "indexing");

    private final ModelScopeTables tables = ModelScopeTables.get();

    void check(MappingNode root, Findings out) {
        for (String key : LIST_KEYS) {
            YamlNodes.get(root, key).filter(n -> !(n instanceof SequenceNode) && !YamlNodes.isNull(n))
                    .ifPresent(n -> out.at(n, Rule.MODELSCOPE_LIST_EXPECTED, key, null, key, YamlNodes.kind(n)));
        }
        Optional<Node> tasks = YamlNodes.get(root, "tasks");
        if (tasks.isEmpty() || YamlNodes.isNull(tasks.get())) {
            String hint = YamlNodes.get(root, "pipeline_tag").map(YamlNodes::text)
                    .flatMap(t -> tables.tasks().toModelScope(t).map(m -> "; pipeline_tag \"" + t + "\" is \"" + m + "\" there"))
                    .orElse("");
            Node at = tasks.orElse(root);
            out.at(at, Rule.MODELSCOPE_TASKS_MISSING, "tasks", null, hint);
        } else {
            eachString(tasks.get(), "tasks", (node, path, value) -> {
                if (!tables.taskNames().contains(value)) {
                    Optional<String> fix = tables.tasks().toModelScope(value)
                            .or(() -> NearestTerm.among(value, tables.taskNames()));
                    out.at(node, Rule.MODELSCOPE_TASK_UNKNOWN, path, fix.orElse(null), path, value,
                            fix.map(f -> " (did you mean \"" + f + "\"?)").orElse(""));
                }
            });
        }
        YamlNodes.get(root, "license").ifPresent(n -> {
            String value = YamlNodes.text(n);
            Set<String> names = tables.licenses().modelScopeValues();
            if (value != null && !names.contains(value)) {
                Optional<String> fix = tables.licenses().toModelScope(value).or(() -> tables.licenses().toHub(value)
                        .flatMap(id -> tables.licenses().toModelScope(id)));
                out.at(n, Rule.MODELSCOPE_LICENSE_UNKNOWN, "license", fix.orElse(null), value, String.join(", ", names),
                        fix.map(f -> " (did you mean \"" + f + "\"?)")
                                .orElse("; ModelScope shows it as text, without the license's terms"));
            }
        });
        YamlNodes.get(root, "frameworks").ifPresent(n -> eachString(n, "frameworks", (node, path, value) -> {
            Set<String> names = tables.frameworks().modelScopeValues();
            names.add("kaldi"); // an SDK framework no Hub library maps to
            if (!names.contains(value)) {
                Optional<String> fix = tables.frameworks().toModelScope(value).or(() -> NearestTerm.among(value, names));
                out.at(node, Rule.MODELSCOPE_FRAMEWORK_UNKNOWN, path, fix.orElse(null), path, value, String.join(", ", names),
                        fix.map(f -> " (did you mean \"" + f + "\"?)").orElse(""));
            }
        }));
        for (Map.Entry<String, String> e : HUB_KEYS.entrySet()) {
            if (YamlNodes.get(root, e.getKey()).isPresent() && YamlNodes.get(root, e.getValue()).isEmpty()) {
                Node key = root.getValue().stream().map(t -> t.getKeyNode())
                        .filter(k -> e.getKey().equals(YamlNodes.text(k))).findFirst().orElse(root);
                out.at(key, Rule.MODELSCOPE_HUB_KEY, e.getKey(), null, e.getKey(), e.getValue());
            }
        }
        YamlNodes.get(root, "indexing").ifPresent(n -> indexing(n, out));
    }

    private static void indexing(Node block, Findings out) {
        if (!(block instanceof MappingNode map)) {
            out.at(block, Rule.MODELSCOPE_INDEXING_INVALID, "indexing", null, "indexing", "must be an object with \"results\"");
            return;
        }
        Optional<Node> results = YamlNodes.get(map, "results");
        if (results.isEmpty() || !(results.get() instanceof SequenceNode list)) {
            out.at(results.orElse(block), Rule.MODELSCOPE_INDEXING_INVALID, "indexing.results", null, "indexing.results", "must be a list");
            return;
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            String path = "indexing.results[" + i + "]";
            Node item = list.getValue().get(i);
            if (!(item instanceof MappingNode result)) {
                out.at(item, Rule.MODELSCOPE_INDEXING_INVALID, path, null, path, "must be an object");
                continue;
            }
            for (String part : List.of("task", "dataset")) {
                Optional<Node> n = YamlNodes.get(result, part);
                if (n.isEmpty() || !(n.get() instanceof MappingNode m) || YamlNodes.get(m, "name").isEmpty()) {
                    out.at(n.orElse(item), Rule.MODELSCOPE_INDEXING_INVALID, path + "." + part, null,
                            path + "." + part + ".name", "is required");
                }
            }
            Optional<Node> metrics = YamlNodes.get(result, "metrics");
            if (metrics.isEmpty() || !(metrics.get() instanceof SequenceNode ms)) {
                out.at(metrics.orElse(item), Rule.MODELSCOPE_INDEXING_INVALID, path + ".metrics", null,
                        path + ".metrics", "must be a list");
                continue;
            }
            for (int j = 0; j < ms.getValue().size(); j++) {
                Node metric = ms.getValue().get(j);
                String mp = path + ".metrics[" + j + "]";
                for (String field : List.of("type", "value")) {
                    if (!(metric instanceof MappingNode mm) || YamlNodes.get(mm, field).filter(v -> !YamlNodes.isNull(v)).isEmpty()) {
                        out.at(metric, Rule.MODELSCOPE_INDEXING_INVALID, mp + "." + field, null, mp + "." + field, "is required");
                    }
                }
            }
        }
    }

    private interface StringCheck {
        void check(Node node, String path, String value);
    }

    private static void eachString(Node node, String path, StringCheck check) {
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (seq.getValue().get(i) instanceof ScalarNode s && !YamlNodes.isNull(s)) {
                    check.check(s, path + "[" + i + "]", s.getValue());
                }
            }
        } else if (node instanceof ScalarNode s && !YamlNodes.isNull(s)) {
            check.check(s, path, s.getValue());
        }
    }
}
