package dev.cardwright.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The output formats of {@code validate} and {@code lint}. Each is a contract for the tools
 * that read it: {@code text} is {@code file:line:col: severity CODE message}, one per line (the
 * form compilers use, so editors and CI annotate it); {@code json} is documented in
 * docs/validation.md; {@code sarif} is SARIF 2.1.0 for code-scanning services.
 */
public enum ReportFormat {
    TEXT, JSON, SARIF;

    /** Created on first use only: the text format (lint's default) must not pay for loading Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** Writes the report; {@code completenessLines} adds a completeness line per file to the text format. */
    public void write(List<ValidationResult> results, PrintWriter out, boolean completenessLines) throws IOException {
        switch (this) {
            case TEXT -> text(results, out, completenessLines);
            case JSON -> print(json(results), out);
            case SARIF -> print(sarif(results), out);
        }
        out.flush();
    }

    private static void text(List<ValidationResult> results, PrintWriter out, boolean completenessLines) {
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(r.file() + ":" + Math.max(1, d.line()) + ":" + Math.max(1, d.column()) + ": "
                        + d.severity().id() + " " + d.code() + " " + d.message());
            }
            if (completenessLines) {
                out.println(r.file() + ": completeness " + Math.round(r.completeness().score() * 100) + "% ("
                        + sectionsLine(r.completeness()) + ")");
            }
        }
    }

    private static String sectionsLine(Completeness c) {
        Map<SectionSchema.Requirement, int[]> counts = new LinkedHashMap<>();
        for (Completeness.SectionScore s : c.sections()) {
            if (!s.topLevel()) {
                continue;
            }
            int[] n = counts.computeIfAbsent(s.requirement(), k -> new int[2]);
            n[0] += s.score() > 0 ? 1 : 0;
            n[1]++;
        }
        StringBuilder b = new StringBuilder();
        counts.forEach((req, n) -> b.append(b.length() == 0 ? "" : ", ")
                .append(req.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(n[0]).append('/').append(n[1]));
        return b.toString();
    }

    /** The JSON report as a tree (also what the editor and tests read). */
    public static ObjectNode json(List<ValidationResult> results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (ValidationResult r : results) {
            ObjectNode f = files.addObject();
            f.put("path", r.file());
            f.put("completeness", Math.round(r.completeness().score() * 1000) / 1000.0);
            ArrayNode list = f.putArray("diagnostics");
            for (Diagnostic d : r.diagnostics()) {
                ObjectNode o = list.addObject();
                o.put("code", d.code());
                o.put("severity", d.severity().id());
                o.put("message", d.message());
                o.put("line", d.line());
                o.put("column", d.column());
                o.put("path", d.path());
                if (d.fix() != null) {
                    o.put("fix", d.fix());
                }
                if (d.language() != null) {
                    o.put("language", d.language());
                }
            }
            ArrayNode sections = f.putArray("sections");
            for (Completeness.SectionScore s : r.completeness().sections()) {
                ObjectNode o = sections.addObject();
                o.put("id", s.id());
                o.put("heading", s.heading());
                o.put("requirement", s.requirement().name().toLowerCase(java.util.Locale.ROOT));
                o.put("topLevel", s.topLevel());
                o.put("present", s.present());
                o.put("score", s.score());
                o.put("line", s.line());
            }
        }
        Summary sum = Summary.of(results);
        ObjectNode s = root.putObject("summary");
        s.put("files", sum.files());
        s.put("failed", sum.failed());
        s.put("errors", sum.errors());
        s.put("warnings", sum.warnings());
        s.put("infos", sum.infos());
        s.put("completeness", Math.round(sum.completeness() * 1000) / 1000.0);
        return root;
    }

    /** A SARIF 2.1.0 log with one run: every rule described once, every diagnostic a result. */
    public static ObjectNode sarif(List<ValidationResult> results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cardwright");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            ruleIndex.put(rule.code(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", rule.code());
            r.put("name", rule.id());
            r.putObject("shortDescription").put("text", rule.id().replace('-', ' '));
            r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode out = run.putArray("results");
        for (ValidationResult r : results) {
            String uri = r.file().replace('\\', '/').replace(" ", "%20");
            for (Diagnostic d : r.diagnostics()) {
                ObjectNode res = out.addObject();
                res.put("ruleId", d.code());
                res.put("ruleIndex", ruleIndex.getOrDefault(d.code(), 0));
                res.put("level", level(d.severity()));
                res.putObject("message").put("text", d.message());
                ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                ObjectNode region = physical.putObject("region");
                region.put("startLine", Math.max(1, d.line()));
                region.put("startColumn", Math.max(1, d.column()));
                if (d.path() != null || d.language() != null) {
                    ObjectNode props = res.putObject("properties");
                    if (d.path() != null) {
                        props.put("metadataPath", d.path());
                    }
                    if (d.language() != null) {
                        props.put("language", d.language());
                    }
                }
            }
        }
        return root;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void print(ObjectNode node, PrintWriter out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            Json.MAPPER.writeTree(g, node);
        }
        out.println();
    }
}
