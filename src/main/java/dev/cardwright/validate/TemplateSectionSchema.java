package dev.cardwright.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.cardwright.template.SectionSpec;
import dev.cardwright.template.TemplateSchema;

/**
 * The section schema of Cardwright's built-in templates ({@link TemplateSchema}), matched the way
 * {@code template.SchemaMatcher} matches an editor's card: a subsection only under the section
 * its parent matched, unless it is standalone and sits at the top; the first section wins each
 * id. Works on {@link CardText} (the validator's placed text), not on an observable Card.
 */
public final class TemplateSectionSchema implements SectionSchema {
    private final Map<String, List<Entry>> entries = new ConcurrentHashMap<>();
    /** Heading text → the specs it names. Headings repeat across cards, and matching normalizes every alias. */
    private final Map<String, List<SectionSpec>> named = new ConcurrentHashMap<>();

    @Override
    public List<Entry> entries(String cardType) {
        return entries.computeIfAbsent(type(cardType), t -> TemplateSchema.forCardType(t).all()
                .map(s -> new Entry(s.id(), s.heading(), Requirement.valueOf(s.requirement().name()), s.parent() == null))
                .toList());
    }

    @Override
    public Map<String, CardText.SectionText> match(String cardType, List<CardText.SectionText> sections) {
        TemplateSchema schema = TemplateSchema.forCardType(type(cardType));
        Map<String, CardText.SectionText> found = new LinkedHashMap<>();
        for (CardText.SectionText s : sections) {
            walk(s, null, schema, found);
        }
        return found;
    }

    private void walk(CardText.SectionText s, SectionSpec parent, TemplateSchema schema, Map<String, CardText.SectionText> found) {
        SectionSpec spec = find(s, parent, schema, found);
        if (spec != null) {
            found.put(spec.id(), s);
        }
        SectionSpec context = spec != null ? spec : parent;
        for (CardText.SectionText child : s.children()) {
            walk(child, context, schema, found);
        }
    }

    private SectionSpec find(CardText.SectionText s, SectionSpec parent, TemplateSchema schema, Map<String, CardText.SectionText> found) {
        List<SectionSpec> candidates = named.computeIfAbsent(schema.cardType() + "\u0000" + s.title(),
                k -> schema.all().filter(spec -> spec.matchesHeading(s.title())).toList());
        if (!candidates.isEmpty()) {
            boolean atTop = parent == null || parent.id().equals("title");
            for (SectionSpec c : candidates) { // schema order: parents before their children
                if (found.containsKey(c.id())) {
                    continue;
                }
                boolean placed = c.parent() == null
                        || (parent != null && c.parent() == parent)
                        || (c.standalone() && atTop);
                if (placed) {
                    return c;
                }
            }
        }
        // The card's title: its first level-1 heading, whatever it says (real cards name the model, not "Model Card for").
        if (s.level() == 1 && !found.containsKey("title") && schema.section("title").isPresent()) {
            return schema.section("title").get();
        }
        return null;
    }

    private static String type(String cardType) {
        return "dataset".equals(cardType) ? "dataset" : "model";
    }
}
