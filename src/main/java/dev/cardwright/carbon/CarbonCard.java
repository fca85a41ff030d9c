package dev.cardwright.carbon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.template.FieldSpec;
import dev.cardwright.template.SectionFields;
import dev.cardwright.template.SchemaSectionFinder;
import dev.cardwright.template.SectionSpec;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;

/**
 * Writes an estimate into a card: the Environmental Impact section's fields (added as a new
 * section when the card has none) and the {@code co2_eq_emissions} metadata the Hub reads
 * (hub-docs modelcard.md: {@code emissions} in grams, {@code source}, {@code training_type},
 * {@code geographical_location}, {@code hardware_used}).
 */
public final class CarbonCard {
    public static final String SECTION_ID = "environmental-impact";

    private CarbonCard() {
    }

    public static void apply(Card card, CarbonEstimate e) throws MetadataEditException {
        SectionSpec spec = TemplateSchema.model().section(SECTION_ID).orElseThrow();
        Section section = SchemaSectionFinder.findOrAdd(card, SECTION_ID);
        String text = section.getText();
        text = set(text, spec, "hardware-type", e.hardwareUsed() + " (" + CarbonEstimate.plain(e.watts()) + " W each)");
        text = set(text, spec, "hours-used", CarbonEstimate.plain(e.hours()));
        text = set(text, spec, "cloud-provider", e.provider().isEmpty() ? "—" : e.provider());
        text = set(text, spec, "compute-region", e.location());
        text = set(text, spec, "carbon-emitted", e.carbonEmitted());
        section.setText(text);

        Map<String, Object> co2 = new LinkedHashMap<>();
        co2.put("emissions", e.emissionsValue());
        co2.put("source", CarbonEstimate.METHOD);
        co2.put("training_type", e.trainingType());
        co2.put("geographical_location", e.location());
        co2.put("hardware_used", e.hardwareUsed());
        CardMetadata.set(card, "co2_eq_emissions", co2);
    }

    private static String set(String text, SectionSpec spec, String fieldId, String value) {
        Optional<FieldSpec> field = spec.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
        return SectionFields.set(text, field.orElseThrow(), value);
    }
}
