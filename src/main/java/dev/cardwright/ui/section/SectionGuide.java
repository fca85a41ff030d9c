package dev.cardwright.ui.section;

import java.util.List;
import java.util.Locale;

import dev.cardwright.card.Section;

/**
 * What the template schema says about a section: guidance to show above it, and the key–value
 * fields its text carries (read and written as a lens over the text, never a second copy).
 */
public interface SectionGuide {
    /** A field of a section, e.g. {@code developers} shown as "Developed by". */
    record Field(String key, String label) {
    }

    /** Guidance text in {@code locale} (or English), empty when the schema does not know the section. */
    String guidance(Section section, Locale locale);

    /** The fields of a section; empty for sections the schema does not know. */
    List<Field> fields(Section section);

    /** The field's current value in {@code text}, "" when the line is missing. */
    String get(Section section, String text, Field field);

    /** {@code text} with the field's line rewritten (or added) to hold {@code value}. */
    String set(Section section, String text, Field field, String value);

    /** The guide for cards of a type ({@code model}, {@code dataset}). */
    default SectionGuide forCardType(String cardType) {
        return this;
    }

    /** A guide that knows no sections: every section is a free Markdown section. */
    static SectionGuide none() {
        return new SectionGuide() {
            @Override
            public String guidance(Section section, Locale locale) {
                return "";
            }

            @Override
            public List<Field> fields(Section section) {
                return List.of();
            }

            @Override
            public String get(Section section, String text, Field field) {
                return "";
            }

            @Override
            public String set(Section section, String text, Field field, String value) {
                return text;
            }
        };
    }
}
