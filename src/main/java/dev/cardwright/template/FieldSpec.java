package dev.cardwright.template;

import java.util.List;

/**
 * A key–value line a section carries, written {@code - **Label:** value}: a stable id (unique in
 * its section), the label as the template writes it, other labels that mean the same, and the
 * template variable that fills it.
 */
public final class FieldSpec {
    private final String id;
    private final String label;
    private final List<String> aliases;
    private final String variable;
    SectionSpec section;

    FieldSpec(String id, String label, List<String> aliases, String variable) {
        this.id = id;
        this.label = label;
        this.aliases = List.copyOf(aliases);
        this.variable = variable;
    }

    public String id() { return id; }
    public String label() { return label; }
    public List<String> aliases() { return aliases; }
    /** The template variable that fills the value, or {@code null}. */
    public String variable() { return variable; }
    /** The section that declares this field. */
    public SectionSpec section() { return section; }

    /** Whether a label seen in a card names this field (case, spacing, colons and {@code [optional]} ignored). */
    public boolean matchesLabel(String seen) {
        String n = HeadingText.normalize(seen);
        if (n.equals(HeadingText.normalize(label))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> HeadingText.normalize(a).equals(n));
    }

    @Override
    public String toString() {
        return "FieldSpec[" + (section == null ? "" : section.id() + "/") + id + "]";
    }
}
