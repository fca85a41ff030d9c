package dev.cardwright.ui.section;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.cardwright.card.Section;
import dev.cardwright.template.FieldSpec;
import dev.cardwright.template.SectionFields;
import dev.cardwright.template.SectionSpec;
import dev.cardwright.template.TemplateSchema;

/** Guidance and key–value fields from a template schema, matched by section id. */
public final class SchemaGuide implements SectionGuide {
    private final Supplier<TemplateSchema> schema;

    public SchemaGuide(TemplateSchema schema) {
        this(() -> schema);
    }

    /** A guide whose schema is fetched when first needed (it may still be loading in the background). */
    public SchemaGuide(Supplier<TemplateSchema> schema) {
        this.schema = schema;
    }

    @Override
    public SectionGuide forCardType(String cardType) {
        return cardType.equals(schema.get().cardType()) ? this : new SchemaGuide(TemplateSchema.forCardType(cardType));
    }

    private Optional<SectionSpec> spec(Section section) {
        return schema.get().section(section.getId());
    }

    @Override
    public String guidance(Section section, Locale locale) {
        String language = locale.getLanguage().equals("zh") ? "zh-CN" : locale.getLanguage();
        return spec(section).map(s -> s.guidance(language)).orElse("");
    }

    @Override
    public List<Field> fields(Section section) {
        return spec(section).map(s -> s.fields().stream().map(f -> new Field(f.id(), f.label())).toList()).orElse(List.of());
    }

    private Optional<FieldSpec> field(Section section, Field field) {
        return spec(section).flatMap(s -> s.field(field.key()));
    }

    @Override
    public String get(Section section, String text, Field field) {
        return field(section, field).flatMap(f -> SectionFields.get(text, f)).orElse("");
    }

    @Override
    public String set(Section section, String text, Field field, String value) {
        // a field is one line: a pasted line break becomes a space
        String oneLine = value.replaceAll("\\R", " ");
        return field(section, field).map(f -> SectionFields.set(text, f, oneLine)).orElse(text);
    }
}
