package dev.cardwright.sync;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.template.FieldSpec;
import dev.cardwright.template.SectionFields;
import dev.cardwright.template.TemplateSchema;

/**
 * Keeps the text's key–value lines that repeat the metadata ({@link LinkedField}) saying what the
 * metadata says. A line follows while it holds nothing, the metadata's previous value (as Cardwright
 * renders it, or as the Hub template writes it); once the author writes something else there, it
 * is theirs and left alone. This needs no memory of its own: what the line holds is the record of
 * who wrote it.
 */
public final class TextFollowsMetadata {
    private TextFollowsMetadata() {
    }

    /**
     * Brings the linked lines from {@code before} to {@code after}. Returns whether any section's
     * text changed. Lines that are missing are not added: an author who deleted one meant it.
     */
    public static boolean follow(Card card, Map<String, Object> before, Map<String, Object> after) {
        TemplateSchema schema = TemplateSchema.forCardType(card.getCardType());
        boolean changed = false;
        for (LinkedField linked : LinkedField.values()) {
            Optional<FieldSpec> spec = schema.section(linked.sectionId()).flatMap(s -> s.field(linked.fieldId()));
            Optional<Section> section = card.findSection(linked.sectionId());
            if (spec.isEmpty() || section.isEmpty()) {
                continue;
            }
            String text = section.get().getText();
            Optional<String> current = SectionFields.get(text, spec.get());
            if (current.isEmpty()) {
                continue;
            }
            boolean chinese = ChineseText.in(section.get());
            String now = linked.display(after, chinese);
            String seen = current.get().strip();
            if (seen.equals(now) || !metadatasOwn(linked, seen, before, chinese)) {
                continue;
            }
            section.get().setText(SectionFields.set(text, spec.get(), now));
            changed = true;
        }
        return changed;
    }

    /** Fills the linked lines that are empty or hold the template's raw values (a card just made from the template). */
    public static boolean fill(Card card, Map<String, Object> meta) {
        return follow(card, meta, meta);
    }

    private static boolean metadatasOwn(LinkedField linked, String seen, Map<String, Object> before, boolean chinese) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add("");
        forms.add(linked.display(before, chinese));
        forms.add(linked.display(before, !chinese));
        forms.add(linked.raw(before));
        forms.add(pythonList(before, linked));
        return forms.contains(seen);
    }

    /** {@code ['zh', 'en']}: what {@code {{ language }}} writes for a list, as huggingface_hub's template leaves it. */
    private static String pythonList(Map<String, Object> meta, LinkedField linked) {
        Object value = switch (linked) {
            case LANGUAGE -> meta.get("language");
            case BASE_MODEL -> meta.get("base_model");
            default -> null;
        };
        if (!(value instanceof java.util.List<?>)) {
            return "";
        }
        StringBuilder out = new StringBuilder("[");
        for (String s : LinkedField.strings(value)) {
            out.append(out.length() > 1 ? ", " : "").append('\'').append(s).append('\'');
        }
        return out.append(']').toString();
    }
}
