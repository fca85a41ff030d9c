package dev.cardwright.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.yaml.YamlReader;

/**
 * The sections a template knows, read from a schema file ({@code model.schema.yaml},
 * {@code dataset.schema.yaml}; see the comment at the top of either for the format).
 */
public final class TemplateSchema {
    private static final String BASE = "/dev/cardwright/templates/";
    private static volatile TemplateSchema model;
    private static volatile TemplateSchema dataset;

    private final String cardType;
    private final String template;
    private final List<SectionSpec> sections;
    private final Map<String, SectionSpec> byId = new LinkedHashMap<>();

    private TemplateSchema(String cardType, String template, List<SectionSpec> sections) {
        this.cardType = cardType;
        this.template = template;
        this.sections = List.copyOf(sections);
        all().forEach(s -> byId.put(s.id(), s));
    }

    /** The built-in schema for {@code model} or {@code dataset} cards. */
    public static TemplateSchema forCardType(String cardType) {
        return "dataset".equals(cardType) ? dataset() : model();
    }

    public static TemplateSchema model() {
        if (model == null) {
            model = builtin("model.schema.yaml");
        }
        return model;
    }

    public static TemplateSchema dataset() {
        if (dataset == null) {
            dataset = builtin("dataset.schema.yaml");
        }
        return dataset;
    }

    private static TemplateSchema builtin(String name) {
        try {
            return parse(BuiltinTemplates.resource(name), BASE + name);
        } catch (CardFormatException e) {
            throw new IllegalStateException("built-in schema is broken: " + e.located(), e);
        }
    }

    /** @throws CardFormatException {@code file:line:col} when the text is not a schema */
    public static TemplateSchema parse(String yaml, String file) throws CardFormatException {
        Object root;
        try {
            root = YamlReader.load(yaml);
        } catch (YamlEngineException e) {
            int line = 1;
            int col = 1;
            if (e instanceof MarkedYamlEngineException me && me.getProblemMark().isPresent()) {
                line = me.getProblemMark().get().getLine() + 1;
                col = me.getProblemMark().get().getColumn() + 1;
            }
            throw new CardFormatException(file, line, col, "schema is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new CardFormatException(file, 1, 1, "a schema is a mapping with card_type, template and sections");
        }
        Set<String> ids = new HashSet<>();
        List<SectionSpec> sections = sections(map.get("sections"), null, file, ids);
        return new TemplateSchema(string(map.get("card_type"), "model"), string(map.get("template"), ""), sections);
    }

    private static List<SectionSpec> sections(Object value, String parentId, String file, Set<String> ids) throws CardFormatException {
        List<SectionSpec> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            throw new CardFormatException(file, 1, 1, "sections must be a list");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new CardFormatException(file, 1, 1, "each section must be a mapping");
            }
            String id = string(m.get("id"), null);
            String heading = string(m.get("heading"), null);
            if (id == null || heading == null) {
                throw new CardFormatException(file, 1, 1, "every section needs an id and a heading");
            }
            if (parentId != null && !id.startsWith(parentId + ".")) {
                throw new CardFormatException(file, 1, 1, "section id " + id + " must start with its parent's id " + parentId + ".");
            }
            if (!ids.add(id)) {
                throw new CardFormatException(file, 1, 1, "duplicate section id " + id);
            }
            Map<String, String> guidance = new LinkedHashMap<>();
            if (m.get("guidance") instanceof Map<?, ?> g) {
                g.forEach((k, v) -> guidance.put(String.valueOf(k), String.valueOf(v)));
            }
            List<FieldSpec> fields = new ArrayList<>();
            if (m.get("fields") instanceof List<?> fl) {
                Set<String> fieldIds = new HashSet<>();
                for (Object f : fl) {
                    if (!(f instanceof Map<?, ?> fm) || fm.get("id") == null || fm.get("label") == null) {
                        throw new CardFormatException(file, 1, 1, "every field of " + id + " needs an id and a label");
                    }
                    if (!fieldIds.add(String.valueOf(fm.get("id")))) {
                        throw new CardFormatException(file, 1, 1, "duplicate field id " + fm.get("id") + " in " + id);
                    }
                    fields.add(new FieldSpec(String.valueOf(fm.get("id")), String.valueOf(fm.get("label")),
                            strings(fm.get("aliases")), string(fm.get("variable"), null)));
                }
            }
            Requirement requirement;
            try {
                requirement = Requirement.parse(string(m.get("requirement"), "optional"));
            } catch (IllegalArgumentException e) {
                throw new CardFormatException(file, 1, 1, "requirement of " + id + " must be required, recommended or optional");
            }
            int level = m.get("level") instanceof Number n ? n.intValue() : (parentId == null ? 2 : id.split("\\.").length + 1);
            out.add(new SectionSpec(id, heading, "prefix".equals(m.get("match")), Boolean.TRUE.equals(m.get("standalone")),
                    strings(m.get("aliases")), level,
                    requirement, guidance, fields, sections(m.get("sections"), id, file, ids)));
        }
        return out;
    }

    private static String string(Object v, String fallback) {
        return v == null ? fallback : String.valueOf(v);
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    public String cardType() { return cardType; }
    /** The template this schema describes (a resource name for the built-in ones). */
    public String template() { return template; }
    /** Top-level sections, in template order. */
    public List<SectionSpec> sections() { return sections; }

    /** Every section, depth first in template order. */
    public Stream<SectionSpec> all() {
        return sections.stream().flatMap(SectionSpec::flatten);
    }

    public Optional<SectionSpec> section(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
