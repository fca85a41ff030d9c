package dev.cardwright.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Checks on keys: duplicates (the Hub's YAML reader refuses them, PyYAML silently keeps the last),
 * keys that are not strings, and likely misspellings of the keys the Hub reads, which it would
 * otherwise silently ignore. The same walk runs the {@link YamlTraps} over every plain value.
 */
final class KeyChecks {
    /** Top-level keys the Hub reads on model and dataset cards (hub-docs modelcard.md / datasetcard.md, gated models, widgets). */
    static final Set<String> KNOWN = Set.of(
            "language", "license", "license_name", "license_link", "license_details", "library_name", "tags",
            "datasets", "metrics", "base_model", "base_model_relation", "pipeline_tag", "model-index", "widget",
            "inference", "co2_eq_emissions", "thumbnail", "model_name", "pretty_name", "new_version", "buckets",
            "extra_gated_prompt", "extra_gated_fields", "extra_gated_heading", "extra_gated_description",
            "extra_gated_button_content", "extra_gated_eu_disallowed", "language_bcp47", "language_details",
            "annotations_creators", "language_creators", "multilinguality", "size_categories", "source_datasets",
            "task_categories", "task_ids", "paperswithcode_id", "train-eval-index", "configs", "dataset_info",
            "viewer", "mask_token", "eval_results");
    /** Misspellings seen on real cards that edit distance alone would not reach. */
    private static final Map<String, String> SEEN = Map.ofEntries(
            Map.entry("licence", "license"), Map.entry("liscence", "license"), Map.entry("lisence", "license"),
            Map.entry("licenses", "license"), Map.entry("lang", "language"), Map.entry("languages", "language"),
            Map.entry("lan", "language"), Map.entry("dataset", "datasets"), Map.entry("tag", "tags"),
            Map.entry("library", "library_name"), Map.entry("pipeline", "pipeline_tag"), Map.entry("task", "pipeline_tag"),
            Map.entry("model_index", "model-index"), Map.entry("modelindex", "model-index"), Map.entry("metric", "metrics"),
            Map.entry("base_models", "base_model"), Map.entry("basemodel", "base_model"), Map.entry("widgets", "widget"));
    /** Top-level keys that sometimes end up nested inside a {@code model-index} entry, where the Hub ignores them. */
    private static final List<String> TOP_LEVEL_ONLY = List.of("license", "language", "pipeline_tag", "library_name",
            "datasets", "base_model", "tags", "widget", "model-index");

    private final Findings out;
    private final YamlTraps traps;

    KeyChecks(Findings out) {
        this.out = out;
        this.traps = new YamlTraps(out);
    }

    /**
     * @param hasAnchors whether the text defines anchors (only then can aliases share nodes)
     * @param hubKeys whether unknown keys are measured against the Hub's (not for other hubs' cards)
     */
    void check(MappingNode root, boolean hasAnchors, boolean hubKeys) {
        walk(root, MetadataPath.ROOT, hasAnchors ? MetadataValidator.visited() : null, false);
        if (!hubKeys) {
            return;
        }
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !KNOWN.contains(k.getValue())) {
                suggestion(k.getValue()).ifPresent(s -> out.at(k, Rule.KEY_MISSPELLED, k.getValue(), s, k.getValue(), s));
            }
        }
        YamlNodes.get(root, "model-index").ifPresent(this::misplaced);
    }

    /** The known key a wrong top-level key most likely meant. */
    static Optional<String> suggestion(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        if (SEEN.containsKey(lower)) {
            return Optional.of(SEEN.get(lower));
        }
        for (String known : KNOWN) {
            if (NearestTerm.loose(known).equals(NearestTerm.loose(key))) {
                return Optional.of(known); // Datasets, pipeline-tag, Model-Index
            }
        }
        if (key.length() >= 6) {
            for (String known : KNOWN) {
                if (Math.abs(known.length() - key.length()) <= 2 && NearestTerm.distance(lower, known) <= 2) {
                    return Optional.of(known);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One walk over the whole tree: keys of every mapping (duplicates, non-strings) and every
     * plain scalar value (YAML 1.1 traps). {@code seen} is null when the text has no anchors,
     * so no node can be reached twice and no identity set is needed.
     */
    private void walk(Node node, MetadataPath path, Set<Node> seen, boolean numeric) {
        if (seen != null && !seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode map) {
            List<NodeTuple> tuples = map.getValue();
            // Small mappings (nearly all of them) are checked pairwise; a map pays off from a dozen keys.
            Map<String, Node> first = tuples.size() > 12 ? new HashMap<>(tuples.size() * 2) : null;
            for (int ti = 0; ti < tuples.size(); ti++) {
                NodeTuple t = tuples.get(ti);
                Node key = t.getKeyNode();
                if (!(key instanceof ScalarNode k)) {
                    String p = path.toString();
                    out.at(key, Rule.KEY_NOT_STRING, p.isEmpty() ? null : p, null, YamlNodes.kind(key));
                    continue;
                }
                String name = k.getValue();
                Node earlier = first != null ? first.putIfAbsent(name, k) : earlierKey(tuples, ti, name);
                if (earlier != null) {
                    int line = earlier.getStartMark().map(m -> m.getLine()).orElse(0);
                    out.at(k, Rule.DUPLICATE_KEY, path.key(name).toString(), null, name, lineOf(line));
                }
                boolean childNumeric = numeric || (path == MetadataPath.ROOT && YamlTraps.NUMERIC_KEYS.contains(name))
                        || ("value".equals(name) && "model-index".equals(path.topKey()));
                walk(t.getValueNode(), path.key(name), seen, childNumeric);
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path.index(i), seen, numeric);
            }
        } else if (node instanceof ScalarNode s && YamlNodes.isPlain(s)) {
            traps.scalar(s, path, numeric);
        }
    }

    private static Node earlierKey(List<NodeTuple> tuples, int index, String name) {
        for (int i = 0; i < index; i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && name.equals(k.getValue())) {
                return k;
            }
        }
        return null;
    }

    private String lineOf(int yamlLine) {
        return String.valueOf(out.fileLine(yamlLine));
    }

    private void misplaced(Node modelIndex) {
        if (!(modelIndex instanceof SequenceNode seq)) {
            return;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            if (seq.getValue().get(i) instanceof MappingNode entry) {
                for (NodeTuple t : entry.getValue()) {
                    String key = YamlNodes.text(t.getKeyNode());
                    if (key != null && TOP_LEVEL_ONLY.contains(key)) {
                        String path = YamlNodes.child(YamlNodes.index("model-index", i), key);
                        out.at(t.getKeyNode(), Rule.KEY_MISPLACED, path, null, key);
                    }
                }
            }
        }
    }
}
