package dev.cardwright.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

/**
 * Gives the sections of a card the ids of the schema sections they match, so that forms,
 * translations and validation can key on {@code uses.direct-use} whatever the heading's case,
 * spacing, {@code [optional]} marker or language. A heading matches a schema section by its
 * heading or an alias; a schema section nested under another matches only below a card section
 * that matched that parent (so {@code Results} is {@code evaluation.results} only inside
 * Evaluation), unless the schema calls it standalone and it sits at the top of the card (under
 * the title or nothing known); each schema id goes to the first section that matches it. Sections that match
 * nothing keep the slug id the reader gave them (made unique again if a schema id took it).
 */
public final class SchemaMatcher {
    private SchemaMatcher() {
    }

    /** Assigns ids in place and returns schema id → matched section, in card order. */
    public static Map<String, Section> match(Card card, TemplateSchema schema) {
        Map<String, Section> matched = new LinkedHashMap<>();
        Map<Section, SectionSpec> specOf = new HashMap<>();
        for (Section s : card.getSections()) {
            visit(s, new ArrayList<>(), schema, matched, specOf);
        }
        // keep every id unique: a free section whose slug a schema id took gets the next free suffix,
        // skipping ids other sections already hold
        Set<String> taken = new HashSet<>(matched.keySet());
        card.allSections().filter(s -> !specOf.containsKey(s)).forEach(s -> taken.add(s.getId()));
        Set<String> seen = new HashSet<>(matched.keySet());
        card.allSections().filter(s -> !specOf.containsKey(s)).forEach(s -> {
            String id = s.getId();
            if (!seen.add(id)) {
                String base = id;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                s.setId(id);
                taken.add(id);
                seen.add(id);
            }
        });
        return matched;
    }

    private static void visit(Section section, List<Section> ancestors, TemplateSchema schema,
                              Map<String, Section> matched, Map<Section, SectionSpec> specOf) {
        SectionSpec spec = best(section, ancestors, schema, matched, specOf);
        if (spec != null) {
            matched.put(spec.id(), section);
            specOf.put(section, spec);
            section.setId(spec.id());
        }
        ancestors.add(section);
        for (Section child : section.getChildren()) {
            visit(child, ancestors, schema, matched, specOf);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    private static SectionSpec best(Section section, List<Section> ancestors, TemplateSchema schema,
                                    Map<String, Section> matched, Map<Section, SectionSpec> specOf) {
        SectionSpec best = null;
        int bestScore = Integer.MIN_VALUE;
        for (SectionSpec spec : (Iterable<SectionSpec>) schema.all()::iterator) {
            if (matched.containsKey(spec.id()) || !spec.matchesHeading(section.getTitle())) {
                continue;
            }
            int score = 0;
            if (spec.parent() != null) {
                SectionSpec enclosing = nearestMatched(ancestors, specOf);
                if (enclosing == spec.parent()) {
                    score += 10;
                } else {
                    boolean atTop = enclosing == null || enclosing.level() == 1; // under the card's title or nothing known
                    if (!spec.standalone() || !atTop) {
                        continue;
                    }
                }
            }
            if (spec.level() == section.getLevel()) {
                score += 2;
            }
            if (HeadingText.normalize(spec.heading()).equals(HeadingText.normalize(section.getTitle()))) {
                score += 1;
            }
            if (score > bestScore) {
                best = spec;
                bestScore = score;
            }
        }
        return best;
    }

    /** The schema section of the nearest ancestor that matched one, or {@code null}. */
    private static SectionSpec nearestMatched(List<Section> ancestors, Map<Section, SectionSpec> specOf) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            SectionSpec s = specOf.get(ancestors.get(i));
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
