package dev.cardwright.validate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.yaml.YamlReader;

/**
 * Checks a {@code .eval_results/*.yaml} file against the Hub's format (hub-docs
 * {@code eval_results.yaml}; huggingface_hub's {@code EvalResultEntry}): the rules
 * {@code CW501}–{@code CW508}, each at its line and column in the file. Paths name the entry
 * ({@code [0].dataset.task_id}).
 */
public final class EvalResultsValidator {
    private static final Set<String> TOP_KEYS = Set.of("dataset", "value", "verifyToken", "date", "source", "notes",
            "evaluation_framework");
    private static final Set<String> DATASET_KEYS = Set.of("id", "task_id", "revision");
    private static final Set<String> SOURCE_KEYS = Set.of("url", "name", "user", "org");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /** Hub repository names: letters, digits, {@code - _ .}, at most 96 characters, optional owner. */
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,95})(?:/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,95}))?");
    private static final Pattern FILE_LIKE = Pattern.compile("(?i).*\\.(csv|tsv|json|jsonl|txt|parquet|arrow|zip|gz|tar|yaml|yml)$");

    private EvalResultsValidator() {
    }

    /** Whether a path names an evaluation results file: a {@code .yaml}/{@code .yml} file in a {@code .eval_results} folder. */
    public static boolean isEvalResultsFile(Path file) {
        Path parent = file.getParent();
        String name = file.getFileName().toString();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(".eval_results")
                && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /**
     * The text of a file: UTF-8 (the Hub reads no other encoding for these files), refused with
     * the byte offset of the first byte that is not.
     */
    public static String read(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CardFormatException(name, 1, 1, "not valid UTF-8 (the Hub reads evaluation results as UTF-8)");
        }
    }

    /** The diagnostics for the text of one file; {@code file} is how they name it. */
    public static ValidationResult validate(String text, String file) {
        List<Diagnostic> out = new ArrayList<>();
        Optional<Node> root;
        try {
            root = YamlReader.compose(text);
        } catch (YamlEngineException e) {
            out.add(notYaml(e));
            return new ValidationResult(file, out, Completeness.NOT_A_CARD);
        }
        if (root.isPresent()) {
            Node node = root.get();
            if (node instanceof SequenceNode items) {
                for (int i = 0; i < items.getValue().size(); i++) {
                    entry(items.getValue().get(i), "[" + i + "]", out);
                }
            } else if (!isNull(node)) {
                at(out, node, Rule.EVAL_RESULTS_SHAPE, "", null, "", "a list of results (each starting with \"- dataset:\")");
            }
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ValidationResult(file, out, Completeness.NOT_A_CARD);
    }

    private static void entry(Node item, String path, List<Diagnostic> out) {
        Map<String, NodeTuple> keys = mapping(item, path, out);
        if (keys == null) {
            return;
        }
        unknownKeys(keys, TOP_KEYS, path, out);
        NodeTuple dataset = keys.get("dataset");
        if (dataset == null) {
            at(out, item, Rule.EVAL_RESULTS_REQUIRED, path + ".dataset", null, path + ".dataset");
        } else {
            datasetBlock(dataset, path + ".dataset", out);
        }
        NodeTuple value = keys.get("value");
        if (value == null || isNull(value.getValueNode())) {
            at(out, value == null ? item : value.getKeyNode(), Rule.EVAL_RESULTS_REQUIRED, path + ".value", null, path + ".value");
        } else if (!isNumber(value.getValueNode())) {
            at(out, value.getValueNode(), Rule.EVAL_RESULTS_SHAPE, path + ".value", null, path + ".value", "a number");
        }
        NodeTuple date = keys.get("date");
        if (date != null) {
            date(date.getValueNode(), path + ".date", out);
        }
        for (String key : List.of("verifyToken", "notes", "evaluation_framework")) {
            NodeTuple t = keys.get(key);
            if (t != null) {
                string(t.getValueNode(), path + "." + key, out);
            }
        }
        NodeTuple source = keys.get("source");
        if (source != null) {
            sourceBlock(source, path + ".source", out);
        }
    }

    private static void datasetBlock(NodeTuple tuple, String path, List<Diagnostic> out) {
        Map<String, NodeTuple> keys = mapping(tuple.getValueNode(), path, out);
        if (keys == null) {
            return;
        }
        unknownKeys(keys, DATASET_KEYS, path, out);
        for (String key : List.of("id", "task_id")) {
            NodeTuple t = keys.get(key);
            if (t == null || isNull(t.getValueNode())) {
                // a missing key is placed at the start of the mapping that should hold it
                at(out, t == null ? tuple.getValueNode() : t.getKeyNode(), Rule.EVAL_RESULTS_REQUIRED, path + "." + key, null,
                        path + "." + key);
            } else if (string(t.getValueNode(), path + "." + key, out) && key.equals("id")) {
                String id = ((ScalarNode) t.getValueNode()).getValue();
                if (!HUB_ID.matcher(id).matches() || id.contains("--") || id.contains("..") || FILE_LIKE.matcher(id).matches()) {
                    at(out, t.getValueNode(), Rule.EVAL_RESULTS_DATASET_ID, path + ".id", null, path + ".id", id);
                }
            }
        }
        NodeTuple revision = keys.get("revision");
        if (revision != null) {
            string(revision.getValueNode(), path + ".revision", out);
        }
    }

    private static void sourceBlock(NodeTuple tuple, String path, List<Diagnostic> out) {
        Map<String, NodeTuple> keys = mapping(tuple.getValueNode(), path, out);
        if (keys == null) {
            return;
        }
        unknownKeys(keys, SOURCE_KEYS, path, out);
        NodeTuple url = keys.get("url");
        if (url == null || isNull(url.getValueNode())) {
            at(out, tuple.getKeyNode(), Rule.EVAL_RESULTS_SOURCE_URL, path + ".url", null, path);
        }
        for (String key : SOURCE_KEYS) {
            NodeTuple t = keys.get(key);
            if (t != null && !isNull(t.getValueNode())) {
                string(t.getValueNode(), path + "." + key, out);
            }
        }
    }

    private static void date(Node node, String path, List<Diagnostic> out) {
        if (!(node instanceof ScalarNode s) || isNull(node)) {
            at(out, node, Rule.EVAL_RESULTS_SHAPE, path, null, path, "an ISO-8601 date or date-time in quotes");
            return;
        }
        String text = s.getValue();
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches() || !realDay(m.group(1))) {
            at(out, node, Rule.EVAL_RESULTS_DATE_INVALID, path, null, path, text);
        } else if (s.getScalarStyle() == ScalarStyle.PLAIN) {
            at(out, node, Rule.EVAL_RESULTS_DATE_UNQUOTED, path, "\"" + text + "\"", path, text);
        }
    }

    private static boolean realDay(String day) {
        try {
            LocalDate.parse(day);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void unknownKeys(Map<String, NodeTuple> keys, Set<String> known, String path, List<Diagnostic> out) {
        keys.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                Optional<String> near = NearestTerm.among(key, known);
                at(out, tuple.getKeyNode(), Rule.EVAL_RESULTS_KEY_UNKNOWN, path + "." + key, near.orElse(null), key,
                        near.map(n -> " (did you mean \"" + n + "\"?)").orElse(""));
            }
        });
    }

    /** The keys of a mapping node in order, or null (with a diagnostic) when the node is not one. */
    private static Map<String, NodeTuple> mapping(Node node, String path, List<Diagnostic> out) {
        if (!(node instanceof MappingNode m)) {
            at(out, node, Rule.EVAL_RESULTS_SHAPE, path, null, path, "a mapping of keys to values");
            return null;
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.put(k.getValue(), t);
            }
        }
        return keys;
    }

    private static boolean string(Node node, String path, List<Diagnostic> out) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            return true;
        }
        at(out, node, Rule.EVAL_RESULTS_SHAPE, path, null, path, "a string");
        return false;
    }

    private static boolean isNumber(Node node) {
        return node instanceof ScalarNode && (node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    private static void at(List<Diagnostic> out, Node node, Rule rule, String path, String fix, Object... args) {
        Mark mark = node.getStartMark().orElse(null);
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        out.add(rule.at(line, column, path.isEmpty() ? null : path, fix, args));
    }

    private static Diagnostic notYaml(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException m) {
            Optional<Mark> mark = m.getProblemMark().or(m::getContextMark);
            String problem = m.getProblem() == null ? m.getContext() : m.getProblem();
            return Rule.EVAL_RESULTS_YAML_INVALID.at(mark.map(x -> x.getLine() + 1).orElse(1),
                    mark.map(x -> x.getColumn() + 1).orElse(1), null, null, problem.replaceAll("\\s*\\R\\s*", " ").trim());
        }
        return Rule.EVAL_RESULTS_YAML_INVALID.at(1, 1, null, null, String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
    }
}
