package dev.cardwright.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One section a template knows: stable id ({@code uses.direct-use}), heading, aliases, Markdown
 * level, requirement, guidance per language ({@code en}, {@code zh-CN}), the fields it carries and
 * its subsections. {@code prefix} headings ({@code Model Card for …}) match by their start.
 */
public final class SectionSpec {
    private final String id;
    private final String heading;
    private final boolean prefix;
    private final boolean standalone;
    private final List<String> aliases;
    private final int level;
    private final Requirement requirement;
    private final Map<String, String> guidance;
    private final List<FieldSpec> fields;
    private final List<SectionSpec> children;
    private SectionSpec parent;

    SectionSpec(String id, String heading, boolean prefix, boolean standalone, List<String> aliases, int level, Requirement requirement,
                Map<String, String> guidance, List<FieldSpec> fields, List<SectionSpec> children) {
        this.id = id;
        this.heading = heading;
        this.prefix = prefix;
        this.standalone = standalone;
        this.aliases = List.copyOf(aliases);
        this.level = level;
        this.requirement = requirement;
        this.guidance = Map.copyOf(guidance);
        this.fields = List.copyOf(fields);
        this.children = List.copyOf(children);
        this.fields.forEach(f -> f.section = this);
        this.children.forEach(c -> c.parent = this);
    }

    public String id() { return id; }
    public String heading() { return heading; }
    public List<String> aliases() { return aliases; }
    public int level() { return level; }
    public Requirement requirement() { return requirement; }
    public List<FieldSpec> fields() { return fields; }
    public List<SectionSpec> children() { return children; }
    /** Whether this subsection may also stand at the top of a card, outside its parent. */
    public boolean standalone() { return standalone; }
    /** The enclosing section in the schema, or {@code null} for a top-level one. */
    public SectionSpec parent() { return parent; }

    /** Guidance in {@code language} ({@code en}, {@code zh-CN}; {@code zh} is taken as {@code zh-CN}), falling back to English. */
    public String guidance(String language) {
        String key = language.equals("zh") || language.startsWith("zh-Hans") ? "zh-CN" : language;
        return guidance.getOrDefault(key, guidance.getOrDefault("en", ""));
    }

    public Optional<FieldSpec> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /** Whether a card heading's plain text names this section. */
    public boolean matchesHeading(String title) {
        String n = HeadingText.normalize(title);
        if (n.isEmpty()) {
            return false;
        }
        String h = HeadingText.normalize(heading);
        if (prefix ? n.startsWith(h) : n.equals(h)) {
            return true;
        }
        return aliases.stream().map(HeadingText::normalize).anyMatch(a -> prefix ? n.startsWith(a) : n.equals(a));
    }

    /** This section and all below it, depth first. */
    public Stream<SectionSpec> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(SectionSpec::flatten));
    }

    @Override
    public String toString() {
        return "SectionSpec[" + id + "]";
    }
}
