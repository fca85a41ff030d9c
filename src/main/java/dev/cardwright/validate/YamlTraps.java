package dev.cardwright.validate;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Plain scalars that YAML 1.1 readers (PyYAML, hence huggingface_hub and most Python scripts)
 * read differently from the Hub's YAML 1.2 reading: {@code no}/{@code yes}/{@code on}/{@code off}
 * become booleans (so {@code language: no} loses Norwegian), {@code 2023-01-05} becomes a date,
 * {@code 1:30} a sexagesimal number. And numbers that were meant as text, such as the version
 * {@code 1.10}, which every reader turns into 1.1. Each gets the quoted form as its fix.
 * Sources: YAML 1.1 bool/timestamp/int type specs (yaml.org/type), PyYAML's resolver.
 */
final class YamlTraps {
    private static final Set<String> BOOL11 = Set.of("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d*)?(?:[ \\t]*(?:Z|[-+]\\d{1,2}(?::\\d{2})?))?)?");
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern TRAILING_ZERO = Pattern.compile("[-+]?\\d+\\.\\d*0");
    /** Top-level keys under which a number is what the Hub (or the widget's model) wants, so {@code 0.80} is fine. */
    static final Set<String> NUMERIC_KEYS = Set.of("co2_eq_emissions", "inference", "widget");

    private final Findings out;

    YamlTraps(Findings out) {
        this.out = out;
    }

    /** Checks a plain scalar value; {@code numeric}: a number is expected here (metric values, co2 …). */
    void scalar(ScalarNode s, MetadataPath path, boolean numeric) {
        String v = s.getValue();
        int n = v.length();
        if (n == 0 || n > 40) {
            return;
        }
        char c = v.charAt(0);
        if (n <= 3 && BOOL11.contains(v)) {
            String fix = YamlNodes.quoted(v);
            boolean value = c == 'y' || c == 'Y' || v.equalsIgnoreCase("on");
            out.at(s, Rule.YAML11_BOOLEAN, path.toString(), fix, v, value ? "True" : "False", fix);
        } else if (c >= '0' && c <= '9' && n >= 8 && v.charAt(4) == '-' && DATE.matcher(v).matches()) {
            String fix = YamlNodes.quoted(v);
            out.at(s, Rule.YAML11_DATE, path.toString(), fix, v, fix);
        } else if (v.indexOf(':') > 0 && SEXAGESIMAL.matcher(v).matches()) {
            String fix = YamlNodes.quoted(v);
            out.at(s, Rule.YAML_NUMBER_TEXT, path.toString(), fix, v, sexagesimal(v) + " by YAML 1.1 readers", fix);
        } else if (!numeric && v.charAt(n - 1) == '0' && Tag.FLOAT.equals(s.getTag()) && TRAILING_ZERO.matcher(v).matches()) {
            String read = new BigDecimal(v).stripTrailingZeros().toPlainString();
            if (!read.contains(".")) {
                read = read + ".0";
            }
            if (!read.equals(v)) {
                String fix = YamlNodes.quoted(v);
                out.at(s, Rule.YAML_NUMBER_TEXT, path.toString(), fix, v, read, fix);
            }
        }
    }

    private static long sexagesimal(String v) {
        boolean negative = v.startsWith("-");
        long total = 0;
        for (String part : v.replace("_", "").replaceFirst("^[-+]", "").split(":")) {
            total = total * 60 + Long.parseLong(part);
        }
        return negative ? -total : total;
    }
}
