package dev.cardwright.validate;

import dev.cardwright.yaml.YamlLimits;

import static dev.cardwright.validate.YamlNodes.child;
import static dev.cardwright.validate.YamlNodes.index;
import static dev.cardwright.validate.YamlNodes.isNull;
import static dev.cardwright.validate.YamlNodes.isNumber;
import static dev.cardwright.validate.YamlNodes.isString;
import static dev.cardwright.validate.YamlNodes.kind;
import static dev.cardwright.validate.YamlNodes.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.cardwright.yaml.YamlReader;

/**
 * The metadata rules: the front matter is composed once (nodes keep their positions) and each
 * top-level key the Hub checks is checked as the Hub does, with the message worded like the
 * Hub's. Keys the Hub does not know are left alone, except likely misspellings of keys it does.
 */
final class MetadataValidator {
    /** A Hub repository id: {@code name} or {@code org/name} (letters, digits, {@code - _ .}; no {@code --} or {@code ..}). */
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,95})(?:/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,95}))?");
    /** Names that end like a data file are paths, even when they fit the id pattern. */
    private static final Pattern FILE_LIKE = Pattern.compile("(?i).*\\.(csv|tsv|json|jsonl|txt|parquet|arrow|zip|gz|tar|xlsx?|pkl|pt|bin|safetensors)$");
    private static final List<String> RELATIONS = List.of("adapter", "merge", "quantized", "finetune");
    /** Field types of {@code extra_gated_fields} (hub-docs, "gated models"). */
    private static final Set<String> GATED_TYPES = Set.of("text", "checkbox", "date_picker", "country", "ip_location", "select");
    private static final Set<String> CO2_STRING_FIELDS = Set.of("source", "training_type", "geographical_location", "hardware_used");

    /** Front matter this long may take the plain-YAML shortcut; typical ones (a few KB) compose quickly anyway. */
    static final int PLAIN_SHORTCUT_CHARS = 32 * 1024;

    private final Vocabulary vocab;
    /** Set for ModelScope READMEs: their values follow ModelScope's rules, not the Hub's. */
    private final ModelScopeRules modelScope;

    MetadataValidator(Vocabulary vocab) {
        this(vocab, null);
    }

    MetadataValidator(Vocabulary vocab, ModelScopeRules modelScope) {
        this.vocab = vocab;
        this.modelScope = modelScope;
    }

    /** Checks the front matter; returns the root mapping when there is one (for completeness), else null. */
    MappingNode check(TextBlock block, Findings out) {
        out.placeYaml(block);
        String yaml = block.text();
        Optional<String> refused = YamlLimits.refuseBeforeComposing(yaml);
        if (refused.isPresent()) {
            out.add(Rule.YAML_REFUSED.at(block.line(), block.fileColumn(0), null, null, refused.get()));
            return null;
        }
        Node root;
        try {
            // Large blocks of the plainest YAML (model-index results) skip the general composer.
            Optional<Node> plain = yaml.length() >= PLAIN_SHORTCUT_CHARS ? PlainBlockYaml.compose(yaml) : Optional.empty();
            root = plain.isPresent() ? plain.get() : YamlReader.compose(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            out.at(mark, Rule.YAML_INVALID, null, null, context + problem.trim());
            return null;
        } catch (YamlEngineException e) {
            // Limits (aliases, code points) and other refusals without a mark.
            out.add(Rule.YAML_REFUSED.at(block.line(), block.fileColumn(0), null, null, firstLine(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            out.add(Rule.YAML_REFUSED.at(block.line(), block.fileColumn(0), null, null, "it nests too deeply to read"));
            return null;
        }
        if (root == null) {
            return null;
        }
        boolean hasAnchors = yaml.indexOf('&') >= 0; // without anchors there are no aliases to expand
        Optional<String> tooBig = hasAnchors ? YamlLimits.refuseAfterComposing(root) : Optional.empty();
        if (tooBig.isPresent()) {
            out.at(root, Rule.YAML_REFUSED, null, null, tooBig.get());
            return null;
        }
        Optional<Node> unsafe = UnsafeTags.first(root);
        if (unsafe.isPresent()) {
            out.at(unsafe.get(), Rule.YAML_UNSAFE_TAG, null, null, unsafe.get().getTag().getValue());
            return null;
        }
        if (!(root instanceof MappingNode map)) {
            out.at(root, Rule.METADATA_NOT_MAPPING, null, null, kind(root));
            return null;
        }
        if (modelScope != null) {
            new KeyChecks(out).check(map, hasAnchors, false); // ModelScope's keys (tasks, frameworks) are no misspellings
            modelScope.check(map, out);
            return map;
        }
        new KeyChecks(out).check(map, hasAnchors, true);
        checkValues(map, out);
        return map;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private void checkValues(MappingNode root, Findings out) {
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.put(k.getValue(), t.getValueNode());
            }
        }
        Node license = keys.get("license");
        if (license != null) {
            eachString(license, "license", out, v -> checkTerm(v.node, v.path, vocab.licenses().keySet(), out));
            if ("other".equals(text(license))) {
                for (String needed : List.of("license_name", "license_link")) {
                    if (isNull(keys.get(needed))) {
                        out.at(license, Rule.LICENSE_OTHER_INCOMPLETE, needed, null, needed);
                    }
                }
            }
        }
        Node language = keys.get("language");
        if (language != null) {
            eachString(language, "language", out, v -> checkLanguage(v.node, v.path, out));
        }
        Node tag = keys.get("pipeline_tag");
        if (tag != null && !isNull(tag)) {
            if (!isString(tag)) {
                out.at(tag, Rule.VALUE_TYPE, "pipeline_tag", null, "pipeline_tag", "a string");
            } else if (!vocab.pipelineTags().containsKey(text(tag))) {
                out.at(tag, Rule.PIPELINE_TAG_UNKNOWN, "pipeline_tag", fixFor(text(tag), vocab.pipelineTags().keySet()),
                        sample(vocab.pipelineTags().keySet()), text(tag), NearestTerm.hint(text(tag), vocab.pipelineTags().keySet()));
            }
        }
        Node library = keys.get("library_name");
        if (library != null && !isNull(library)) {
            if (!isString(library)) {
                out.at(library, Rule.VALUE_TYPE, "library_name", null, "library_name", "a string");
            } else if (!vocab.libraries().containsKey(text(library))) {
                out.at(library, Rule.LIBRARY_UNKNOWN, "library_name", fixFor(text(library), vocab.libraries().keySet()),
                        text(library), NearestTerm.hint(text(library), vocab.libraries().keySet()));
            }
        }
        for (String key : List.of("datasets", "base_model")) {
            Node node = keys.get(key);
            if (node != null) {
                eachString(node, key, out, v -> {
                    String id = text(v.node);
                    if (!HUB_ID.matcher(id).matches() || id.contains("--") || id.contains("..") || FILE_LIKE.matcher(id).matches()) {
                        out.at(v.node, Rule.HUB_ID_INVALID, v.path, null, v.path, id);
                    }
                });
            }
        }
        Node relation = keys.get("base_model_relation");
        if (relation != null && !isNull(relation) && !(isString(relation) && RELATIONS.contains(text(relation)))) {
            out.at(relation, Rule.BASE_MODEL_RELATION_INVALID, "base_model_relation", null, String.valueOf(text(relation)));
        }
        for (String key : List.of("tags", "metrics")) {
            Node node = keys.get(key);
            if (node != null) {
                eachString(node, key, out, v -> { });
            }
        }
        Node widget = keys.get("widget");
        if (widget != null && !isNull(widget) && !(widget instanceof SequenceNode)) {
            out.at(widget, Rule.WIDGET_NOT_LIST, "widget", null);
        }
        Node co2 = keys.get("co2_eq_emissions");
        if (co2 != null) {
            checkCo2(co2, out);
        }
        Node gated = keys.get("extra_gated_fields");
        if (gated != null && !isNull(gated)) {
            checkGatedFields(gated, out);
        }
        Node modelIndex = keys.get("model-index");
        if (modelIndex != null) {
            new ModelIndexChecks(out).check(modelIndex);
        }
    }

    private record Item(Node node, String path) {
    }

    /** A value that may be one string or an array of strings: each string goes to {@code check}; other types are reported. */
    private static void eachString(Node node, String path, Findings out, Consumer<Item> check) {
        if (isNull(node)) {
            return;
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                if (isString(item)) {
                    check.accept(new Item(item, index(path, i)));
                } else {
                    out.at(item, Rule.VALUE_TYPE, index(path, i), null, index(path, i), "a string");
                }
            }
        } else if (isString(node)) {
            check.accept(new Item(node, path));
        } else {
            out.at(node, Rule.VALUE_TYPE, path, null, path, "a string or an array of strings");
        }
    }

    private void checkTerm(Node node, String path, Collection<String> terms, Findings out) {
        String value = text(node);
        if (!terms.contains(value)) {
            out.at(node, Rule.LICENSE_UNKNOWN, path, fixFor(value, terms), path, sample(terms), value, NearestTerm.hint(value, terms));
        }
    }

    private void checkLanguage(Node node, String path, Findings out) {
        String code = text(node);
        if (vocab.language(code).isPresent()) {
            return;
        }
        int sep = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (sep > 0 && vocab.language(code.substring(0, sep)).isPresent()) {
            String primary = code.substring(0, sep);
            out.at(node, Rule.LANGUAGE_REGION, path, primary, path, code, primary);
            return;
        }
        String lower = Vocabulary.fold(code);
        if (!lower.equals(code) && vocab.language(lower).isPresent()) {
            out.at(node, Rule.LANGUAGE_INVALID, path, lower, path, code, " (did you mean \"" + lower + "\"?)");
            return;
        }
        String byName = vocab.languages().stream()
                .filter(l -> l.nameEn().equalsIgnoreCase(code) || l.nameZh().equals(code))
                .map(Vocabulary.Language::code).findFirst().orElse(null);
        out.at(node, Rule.LANGUAGE_INVALID, path, byName, path, code, byName == null ? "" : " (did you mean \"" + byName + "\"?)");
    }

    private void checkCo2(Node co2, Findings out) {
        if (isNull(co2) || isNumber(co2)) {
            return;
        }
        if (!(co2 instanceof MappingNode map)) {
            out.at(co2, Rule.CO2_INVALID, "co2_eq_emissions", null, "co2_eq_emissions",
                    "must be a number (grams of CO2) or an object with \"emissions\"");
            return;
        }
        Optional<Node> emissions = YamlNodes.get(map, "emissions");
        if (emissions.isEmpty() || isNull(emissions.get())) {
            out.at(co2, Rule.CO2_INVALID, "co2_eq_emissions.emissions", null, "co2_eq_emissions.emissions", "is required");
        } else if (!isNumber(emissions.get())) {
            out.at(emissions.get(), Rule.CO2_INVALID, "co2_eq_emissions.emissions", null, "co2_eq_emissions.emissions", "must be a number");
        }
        for (NodeTuple t : map.getValue()) {
            String key = text(t.getKeyNode());
            if (key != null && CO2_STRING_FIELDS.contains(key) && !isNull(t.getValueNode()) && !isString(t.getValueNode())) {
                String path = "co2_eq_emissions." + key;
                out.at(t.getValueNode(), Rule.CO2_INVALID, path, null, path, "must be a string");
            }
        }
    }

    private void checkGatedFields(Node gated, Findings out) {
        if (!(gated instanceof MappingNode map)) {
            out.at(gated, Rule.GATED_FIELD_INVALID, "extra_gated_fields", null, "extra_gated_fields", "must be an object");
            return;
        }
        String allowed = "must be one of [text, checkbox, date_picker, country, ip_location] or an object with \"type\"";
        for (NodeTuple t : map.getValue()) {
            String path = child("extra_gated_fields", String.valueOf(text(t.getKeyNode())));
            Node v = t.getValueNode();
            if (isString(v)) {
                if (!GATED_TYPES.contains(text(v)) || "select".equals(text(v))) { // isString: text is never null
                    out.at(v, Rule.GATED_FIELD_INVALID, path, null, path, allowed);
                }
            } else if (v instanceof MappingNode field) {
                Optional<Node> type = YamlNodes.get(field, "type");
                if (type.isEmpty() || !isString(type.get()) || !GATED_TYPES.contains(text(type.get()))) {
                    out.at(type.orElse(v), Rule.GATED_FIELD_INVALID, child(path, "type"), null, child(path, "type"),
                            "must be one of [text, checkbox, date_picker, country, ip_location, select]");
                } else if ("select".equals(text(type.get()))) {
                    Optional<Node> options = YamlNodes.get(field, "options");
                    if (options.isEmpty() || !(options.get() instanceof SequenceNode)) {
                        out.at(options.orElse(v), Rule.GATED_FIELD_INVALID, child(path, "options"), null, child(path, "options"),
                                "must be an array (a select field needs options)");
                    }
                }
            } else {
                out.at(v, Rule.GATED_FIELD_INVALID, path, null, path, allowed);
            }
        }
    }

    /** The replacement to offer: the vocabulary term a typo most likely meant, quoted only if YAML needs it. */
    private static String fixFor(String value, Collection<String> terms) {
        return NearestTerm.among(value, terms).orElse(null);
    }

    /** The first few terms of a list, for messages shaped like the Hub's {@code must be one of [a, b, …]}. */
    private static String sample(Collection<String> terms) {
        List<String> first = new ArrayList<>(5);
        for (String t : terms) {
            if (first.size() == 5) {
                break;
            }
            first.add(t);
        }
        return first.stream().collect(Collectors.joining(", ")) + (terms.size() > 5 ? ", … (" + terms.size() + " in all)" : "");
    }

    /** Nodes seen once each (aliases share nodes), for walks over the whole tree. */
    static Set<Node> visited() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
