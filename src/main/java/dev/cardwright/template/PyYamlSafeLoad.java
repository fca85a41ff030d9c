package dev.cardwright.template;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

import dev.cardwright.yaml.PyYamlEmitter;
import dev.cardwright.yaml.YamlReader;

/**
 * Reads YAML the way PyYAML's {@code yaml.safe_load} does (YAML 1.1 types: {@code yes}/{@code no}
 * booleans, {@code 0o}-less octals, sexagesimal numbers, dates), which is what huggingface_hub uses
 * when it parses a rendered card. Only the parity path needs this; everything else in Cardwright
 * reads metadata as YAML 1.2, like the Hub's own server.
 */
final class PyYamlSafeLoad {
    static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");
    private static final Pattern YMD = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
                    + "(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?");

    private PyYamlSafeLoad() {
    }

    /** Immutable, so shared; a {@code Load} is cheap and not thread-safe, so one per call. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new Yaml11Schema())
            .setAllowDuplicateKeys(true) // the last one wins, as in PyYAML
            .setMaxAliasesForCollections(YamlReader.MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(YamlReader.MAX_CODE_POINTS)
            .build();

    static Object load(String text) {
        // the same bounds as every other YAML Cardwright reads: a template's front matter is untrusted
        dev.cardwright.yaml.YamlLimits.refuseBeforeComposing(text).ifPresent(why -> {
            throw new dev.cardwright.yaml.YamlReader.Refused(why);
        });
        if (text.indexOf('*') >= 0) {
            new org.snakeyaml.engine.v2.composer.Composer(SETTINGS, new org.snakeyaml.engine.v2.parser.ParserImpl(SETTINGS,
                    new org.snakeyaml.engine.v2.scanner.StreamReader(SETTINGS, new dev.cardwright.yaml.WholeCodePointReader(text))))
                    .getSingleNode().flatMap(dev.cardwright.yaml.YamlLimits::refuseAfterComposing).ifPresent(why -> {
                        throw new dev.cardwright.yaml.YamlReader.Refused(why);
                    });
        }
        return new Load(SETTINGS).loadFromReader(new dev.cardwright.yaml.WholeCodePointReader(text));
    }

    private static final class Yaml11Schema implements Schema {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> {
                if (!implicit) {
                    return Tag.STR;
                }
                String type = PyYamlEmitter.Yaml11Resolver.implicitType(value);
                if (type == null) {
                    return Tag.STR;
                }
                return switch (type) {
                    case "bool" -> Tag.BOOL;
                    case "int" -> Tag.INT;
                    case "float" -> Tag.FLOAT;
                    case "null" -> Tag.NULL;
                    case "timestamp" -> TIMESTAMP;
                    default -> Tag.STR; // merge keys and '=' stay text here
                };
            };
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            Map<Tag, ConstructNode> m = new HashMap<>();
            m.put(Tag.NULL, node -> null);
            m.put(Tag.BOOL, node -> {
                String v = text(node).toLowerCase(Locale.ROOT);
                return v.equals("yes") || v.equals("true") || v.equals("on");
            });
            m.put(Tag.INT, node -> constructInt(text(node)));
            m.put(Tag.FLOAT, node -> constructFloat(text(node)));
            m.put(TIMESTAMP, node -> constructTimestamp(text(node)));
            m.put(Tag.STR, PyYamlSafeLoad::text);
            return m;
        }
    }

    private static String text(Node node) {
        return ((ScalarNode) node).getValue();
    }

    /** PyYAML's construct_yaml_int: underscores ignored, 0b/0x/leading-0 octal, base-60 with colons. */
    static Object constructInt(String raw) {
        String v = raw.replace("_", "");
        int sign = 1;
        if (v.startsWith("-")) {
            sign = -1;
            v = v.substring(1);
        } else if (v.startsWith("+")) {
            v = v.substring(1);
        }
        BigInteger result;
        if (v.equals("0")) {
            result = BigInteger.ZERO;
        } else if (v.startsWith("0b")) {
            result = new BigInteger(v.substring(2), 2);
        } else if (v.startsWith("0x")) {
            result = new BigInteger(v.substring(2), 16);
        } else if (v.startsWith("0")) {
            result = new BigInteger(v, 8);
        } else if (v.contains(":")) {
            result = BigInteger.ZERO;
            for (String part : v.split(":")) {
                result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else {
            result = new BigInteger(v);
        }
        if (sign < 0) {
            result = result.negate();
        }
        if (result.bitLength() < 32) {
            return result.intValue();
        }
        return result.bitLength() < 64 ? (Object) result.longValue() : result;
    }

    /** PyYAML's construct_yaml_float. */
    static Object constructFloat(String raw) {
        String v = raw.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = 1;
        if (v.startsWith("-")) {
            sign = -1;
            v = v.substring(1);
        } else if (v.startsWith("+")) {
            v = v.substring(1);
        }
        if (v.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (v.equals(".nan")) {
            return Double.NaN;
        }
        if (v.contains(":")) {
            double value = 0;
            for (String part : v.split(":")) {
                value = value * 60 + Double.parseDouble(part);
            }
            return sign * value;
        }
        return sign * Double.parseDouble(v);
    }

    /** PyYAML's construct_yaml_timestamp: a date alone is a date; with a time zone, an aware datetime. */
    static Object constructTimestamp(String raw) {
        Matcher m = YMD.matcher(raw);
        if (!m.matches()) {
            return raw;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
            return LocalDate.of(year, month, day);
        }
        int nanos = 0;
        if (m.group(7) != null && !m.group(7).isEmpty()) {
            String frac = (m.group(7) + "000000").substring(0, 6);
            nanos = Integer.parseInt(frac) * 1000;
        }
        LocalDateTime dt = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
        if (m.group(8) == null) {
            return dt;
        }
        if (m.group(8).equals("Z")) {
            return OffsetDateTime.of(dt, ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(m.group(10));
        int minutes = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
        int total = (hours * 3600 + minutes * 60) * (m.group(9).equals("-") ? -1 : 1);
        return OffsetDateTime.of(dt, ZoneOffset.ofTotalSeconds(total));
    }
}
