package dev.cardwright.sync;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.validate.Vocabulary;

/**
 * A key–value line of the card's text that says what a metadata key says: the Model
 * Description's license, languages and base model, and the Environmental Impact lines that
 * {@code co2_eq_emissions} describes. Each renders its key two ways: as a reader would want it
 * (display names; Chinese names in Chinese text) and as the Hub template writes it (the raw value),
 * so text that either wrote still counts as the metadata's, not the author's.
 */
enum LinkedField {
    LICENSE("model-details.description", "license") {
        @Override
        String display(Map<String, Object> meta, boolean chinese) {
            String id = text(meta.get("license"));
            if (id.isEmpty()) {
                return "";
            }
            if (id.equals("other")) {
                String name = text(meta.get("license_name"));
                return name.isEmpty() ? id : name;
            }
            Vocabulary.Term term = Vocabulary.hub().licenses().get(id);
            return term == null || term.name() == null || term.name().isBlank() ? id : term.name();
        }

        @Override
        String raw(Map<String, Object> meta) {
            return text(meta.get("license"));
        }
    },
    LANGUAGE("model-details.description", "language") {
        @Override
        String display(Map<String, Object> meta, boolean chinese) {
            List<String> names = new ArrayList<>();
            for (String code : strings(meta.get("language"))) {
                Optional<Vocabulary.Language> l = Vocabulary.hub().language(code);
                String name = l.map(x -> chinese ? x.nameZh() : x.nameEn()).filter(n -> n != null && !n.isBlank()).orElse(code);
                names.add(name);
            }
            // the enumeration comma (、) is how Chinese lists names; English takes a comma
            return String.join(chinese ? "、" : ", ", names);
        }

        @Override
        String raw(Map<String, Object> meta) {
            return String.join(", ", strings(meta.get("language")));
        }
    },
    BASE_MODEL("model-details.description", "finetuned-from") {
        @Override
        String display(Map<String, Object> meta, boolean chinese) {
            // plain ids, as the template writes them: a link's URL would read as a second id to CW309
            return raw(meta);
        }

        @Override
        String raw(Map<String, Object> meta) {
            return String.join(", ", strings(meta.get("base_model")));
        }
    },
    CARBON_EMITTED("environmental-impact", "carbon-emitted") {
        @Override
        String display(Map<String, Object> meta, boolean chinese) {
            Object grams = co2(meta).get("emissions");
            BigDecimal g = number(grams);
            if (g == null) {
                return text(grams);
            }
            // the Hub reads emissions in grams; a reader thinks in kilograms once there are a thousand
            return g.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                    ? plain(g.movePointLeft(3)) + " kg CO2eq"
                    : plain(g) + " g CO2eq";
        }

        @Override
        String raw(Map<String, Object> meta) {
            return text(co2(meta).get("emissions"));
        }
    },
    HARDWARE("environmental-impact", "hardware-type") {
        @Override
        String raw(Map<String, Object> meta) {
            return text(co2(meta).get("hardware_used"));
        }
    },
    REGION("environmental-impact", "compute-region") {
        @Override
        String raw(Map<String, Object> meta) {
            return text(co2(meta).get("geographical_location"));
        }
    };

    private final String sectionId;
    private final String fieldId;

    LinkedField(String sectionId, String fieldId) {
        this.sectionId = sectionId;
        this.fieldId = fieldId;
    }

    String sectionId() { return sectionId; }
    String fieldId() { return fieldId; }

    /** The value as a reader would want it; empty when the metadata does not say. */
    String display(Map<String, Object> meta, boolean chinese) {
        return raw(meta); // free text (hardware, region): shown as written, in either language
    }

    /** The value as the Hub's template writes it from the metadata ({@code {{ license }}}). */
    abstract String raw(Map<String, Object> meta);

    private static Map<?, ?> co2(Map<String, Object> meta) {
        return meta.get("co2_eq_emissions") instanceof Map<?, ?> m ? m : Map.of();
    }

    static String text(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return plain(new BigDecimal(value.toString()));
        }
        return value.toString().strip();
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                String t = text(o);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        } else {
            String t = text(value);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null; // NaN, infinity
            }
        }
        return null;
    }

    private static String plain(BigDecimal v) {
        BigDecimal rounded = v.scale() > 3 ? v.setScale(3, java.math.RoundingMode.HALF_EVEN) : v;
        String s = rounded.stripTrailingZeros().toPlainString();
        return s.toLowerCase(Locale.ROOT);
    }
}
