package dev.cardwright.template;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cardwright.card.CardFormatException;

/**
 * The values for {@code render}: {@code {"card_type": "model"|"dataset", "card_data": {…},
 * "kwargs": {…}}} (other keys, such as the fixtures' {@code template} and {@code peer}, are
 * ignored). A missing {@code card_type} means a model card.
 */
public record RenderValues(String cardType, Map<String, Object> cardData, Map<String, Object> kwargs, String file) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** @throws CardFormatException with the JSON's line and column when the text is not JSON of that shape */
    @SuppressWarnings("unchecked")
    public static RenderValues parse(String json, String file) throws CardFormatException {
        Object root;
        try {
            root = JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int col = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new CardFormatException(file, line, col, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new CardFormatException(file, 1, 1, "values must be a JSON object with card_type, card_data and kwargs");
        }
        Object type = map.get("card_type");
        if (type == null) {
            type = "model";
        }
        if (!"model".equals(type) && !"dataset".equals(type)) {
            throw new CardFormatException(file, 1, 1, "card_type must be \"model\" or \"dataset\", not " + PythonRepr.repr(type));
        }
        return new RenderValues((String) type, object(map, "card_data", file), object(map, "kwargs", file), file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<?, ?> root, String key, String file) throws CardFormatException {
        Object v = root.get(key);
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!(v instanceof Map<?, ?>)) {
            throw new CardFormatException(file, 1, 1, key + " must be a JSON object");
        }
        return (Map<String, Object>) shrink(v);
    }

    /** Integers read as BigInteger come back as Integer/Long when they fit, like Python ints print the same either way. */
    private static Object shrink(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, shrink(x)));
            return out;
        }
        if (v instanceof java.util.List<?> l) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            l.forEach(x -> out.add(shrink(x)));
            return out;
        }
        if (v instanceof java.math.BigInteger bi) {
            if (bi.bitLength() < 32) {
                return bi.intValue();
            }
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
        }
        return v;
    }
}
