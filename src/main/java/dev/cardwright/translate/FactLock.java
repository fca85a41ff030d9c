package dev.cardwright.translate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.validate.Rule;

/**
 * Facts a translation must keep: the numbers of a section with their scale and unit, and the shape
 * of its tables. "3.5 trillion", "3.5万亿" and "3万5千亿" are one value; "750B" is 750 billion,
 * "80GB" 80 gigabytes, "26%" and "26％" one percentage, "1.25e-4" one value however it is written.
 * Code, URLs, model ids and BibTeX are left to {@link DoNotTranslate} (they are masked here, so a
 * number inside them is not counted twice).
 *
 * <p>A source number is kept when the translation has the same value with the same unit
 * (anywhere in the section: translators reorder sentences). Numbers only the translation has are
 * not findings: Chinese writes numerals where English has words ("两个模型" for "two models").
 */
public final class FactLock {
    /** A number found in a text: its value (scale applied), its unit ("" / "%" / "B" for bytes), as written, where. */
    public record Fact(BigDecimal value, String unit, String text, int start, int end) {
        /** Whether it is written with a digit: numbers spelled out in words need not be kept digit for digit. */
        boolean hasDigit() {
            return text.chars().anyMatch(c -> c >= '0' && c <= '9');
        }

        boolean same(Fact o) {
            return value.compareTo(o.value) == 0 && unit.equals(o.unit);
        }
    }

    /** A table: rows (without the header and delimiter rows) and columns. */
    public record Table(int rows, int columns, int start) {
    }

    /** A difference, with the offsets of the source fact and of the translation's counterpart (-1 when none). */
    public record Finding(Rule rule, List<Object> arguments, int sourceStart, int translationStart) {
        public String message() {
            return rule.message(arguments.toArray());
        }

        public String message(Locale locale) {
            return rule.message(locale, arguments.toArray());
        }
    }

    private static final String CJK_DIGITS = "零〇一二两三四五六七八九十百千万亿";
    // digits with optional grouping, decimals, exponent; then an optional scale word or letter and unit
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:[eE]([-+]?\\d+))?"
                    + "(?:\\s?((?i:thousand|million|billion|trillion))(?![\\p{IsLatin}])|([KMBT])(?![\\p{IsLatin}])"
                    + "|\\s?([KMGT]i?B)(?![\\p{IsLatin}])|\\s?([%％]))?"
                    // 千 before a unit is the metric prefix kilo (千克 kg, 千米 km, 千瓦 kW …), not a thousand
                    + "(?:\\s?((?:[十百千万亿](?:\\d+(?:\\.\\d+)?(?=[十百千万亿]))?)+)(?![克米瓦赫焦帕卡]))?");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[" + CJK_DIGITS + "]{2,}|[一二两三四五六七八九十](?=[个层倍项种次位亿万千百])");
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之([" + CJK_DIGITS + "\\d.]+)");
    private static final Map<String, Integer> SCALE_WORDS = Map.of("thousand", 3, "million", 6, "billion", 9, "trillion", 12);
    private static final Map<Character, Integer> SCALE_LETTERS = Map.of('K', 3, 'M', 6, 'B', 9, 'T', 12);
    private static final Map<Character, Integer> BYTE_PREFIX = Map.of('K', 3, 'M', 6, 'G', 9, 'T', 12);
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    private FactLock() {
    }

    /** The numbers of a Markdown text, code and other protected pieces left out, in text order. */
    public static List<Fact> numbers(String markdown) {
        String text = DoNotTranslate.mask(markdown);
        List<Fact> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher p = PERCENT_WORDS.matcher(text);
        while (p.find()) {
            BigDecimal v = parse(p.group(1));
            if (v != null) {
                out.add(new Fact(v, "%", p.group(), p.start(), p.end()));
                mark(taken, p.start(), p.end());
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (taken[m.start()]) {
                continue;
            }
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if (m.group(3) != null) {
                v = v.scaleByPowerOfTen(Integer.parseInt(m.group(3)));
            }
            String unit = "";
            if (m.group(4) != null) {
                v = v.scaleByPowerOfTen(SCALE_WORDS.get(m.group(4).toLowerCase(Locale.ROOT)));
            } else if (m.group(5) != null) {
                v = v.scaleByPowerOfTen(SCALE_LETTERS.get(m.group(5).charAt(0)));
            } else if (m.group(6) != null) {
                v = v.scaleByPowerOfTen(BYTE_PREFIX.get(m.group(6).charAt(0)));
                unit = "B";
            } else if (m.group(7) != null) {
                unit = "%";
            }
            String cjk = m.group(8);
            if (cjk != null) {
                // "3万5千亿", "3.5万亿": the digits lead a Chinese numeral; read the whole as one
                BigDecimal whole = parse(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)) + cjk);
                if (whole != null && unit.isEmpty() && m.group(3) == null && m.group(4) == null && m.group(5) == null) {
                    v = whole;
                }
            }
            out.add(new Fact(v.stripTrailingZeros(), unit, m.group().strip(), m.start(), m.end()));
            mark(taken, m.start(), m.end());
        }
        Matcher c = CHINESE_NUMBER.matcher(text);
        while (c.find()) {
            if (taken[c.start()]) {
                continue;
            }
            BigDecimal v = parse(c.group());
            if (v != null) {
                out.add(new Fact(v.stripTrailingZeros(), "", c.group(), c.start(), c.end()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Fact::start));
        return out;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    /**
     * A number written with Chinese numerals, Arabic digits or both ("三万五千亿", "3万5千亿",
     * "3.5万亿", "二十六", "两千"), or null when it is not one. 万 and 亿 multiply what comes before
     * them within their group, as Chinese counts: 3万5千亿 = (3万 + 5千) 亿.
     */
    static BigDecimal parse(String s) {
        BigDecimal total = BigDecimal.ZERO; // groups closed by 亿
        BigDecimal section = BigDecimal.ZERO; // within the current 亿 group, closed by 万
        BigDecimal small = BigDecimal.ZERO; // below 万
        BigDecimal digit = null;
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch) || ch == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                try {
                    digit = new BigDecimal(s.substring(i, j));
                } catch (NumberFormatException e) {
                    return null;
                }
                i = j;
                any = true;
                continue;
            }
            int d = "零一二三四五六七八九".indexOf(ch);
            if (ch == '〇') {
                d = 0;
            } else if (ch == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = digit != null && digit.signum() != 0 && d == 0 ? digit : BigDecimal.valueOf(d);
                any = true;
            } else if (ch == '十' || ch == '百' || ch == '千') {
                int power = ch == '十' ? 1 : ch == '百' ? 2 : 3;
                small = small.add((digit == null ? BigDecimal.ONE : digit).scaleByPowerOfTen(power));
                digit = null;
                any = true;
            } else if (ch == '万') {
                section = section.add(small.add(digit == null ? BigDecimal.ZERO : digit));
                if (section.signum() == 0) {
                    section = BigDecimal.ONE;
                }
                section = section.scaleByPowerOfTen(4);
                small = BigDecimal.ZERO;
                digit = null;
                any = true;
            } else if (ch == '亿') {
                BigDecimal group = section.add(small).add(digit == null ? BigDecimal.ZERO : digit);
                if (group.signum() == 0) {
                    group = BigDecimal.ONE;
                }
                total = total.add(group).scaleByPowerOfTen(8);
                section = BigDecimal.ZERO;
                small = BigDecimal.ZERO;
                digit = null;
                any = true;
            } else {
                return null;
            }
            i++;
        }
        if (!any) {
            return null;
        }
        return total.add(section).add(small).add(digit == null ? BigDecimal.ZERO : digit);
    }

    /** GFM tables of a Markdown text (outside code), in order. */
    public static List<Table> tables(String markdown) {
        String text = DoNotTranslate.mask(markdown);
        List<Table> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int[] starts = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            starts[i] = offset;
            offset += lines[i].length() + 1;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains("-") && lines[i - 1].contains("|") && TABLE_DELIMITER.matcher(lines[i]).matches()) {
                int columns = cells(lines[i - 1]);
                int rows = 0;
                int j = i + 1;
                while (j < lines.length && lines[j].contains("|") && !lines[j].isBlank()) {
                    rows++;
                    j++;
                }
                out.add(new Table(rows, columns, starts[i - 1]));
                i = j;
            }
        }
        return out;
    }

    private static int cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        return r.split("(?<!\\\\)\\|", -1).length;
    }

    /** What the translation changed of the source's facts. */
    public static List<Finding> compare(String source, String translation) {
        List<Finding> out = new ArrayList<>();
        List<Fact> src = numbers(source);
        List<Fact> dst = numbers(translation);
        List<Fact> unmatched = new ArrayList<>(dst);
        List<Fact> missing = new ArrayList<>();
        for (Fact f : src) {
            if (!f.hasDigit()) {
                continue; // "两个" has no digit to keep; English says "two"
            }
            Fact hit = unmatched.stream().filter(f::same).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
            } else if (dst.stream().noneMatch(f::same)) { // a value repeated in the source needs writing once
                missing.add(f);
            }
        }
        // a missing number and an unmatched one in the same position among the section's numbers read as "became"
        Map<Fact, Fact> became = new HashMap<>();
        List<Fact> srcDigits = src.stream().filter(Fact::hasDigit).toList();
        List<Fact> dstDigits = dst.stream().filter(Fact::hasDigit).toList();
        for (Fact f : missing) {
            int at = srcDigits.indexOf(f);
            if (srcDigits.size() == dstDigits.size() && unmatched.contains(dstDigits.get(at))
                    && !became.containsValue(dstDigits.get(at))) {
                became.put(f, dstDigits.get(at));
            }
        }
        for (Fact f : missing) {
            Fact other = became.get(f);
            if (other != null) {
                out.add(new Finding(Rule.FACT_NUMBER_CHANGED, List.of(f.text(), other.text()), f.start(), other.start()));
            } else {
                out.add(new Finding(Rule.FACT_NUMBER_MISSING, List.of(f.text()), f.start(), -1));
            }
        }
        List<Table> a = tables(source);
        List<Table> b = tables(translation);
        if (a.size() != b.size()) {
            out.add(new Finding(Rule.FACT_TABLES, List.of(a.size(), b.size()), a.isEmpty() ? -1 : a.get(0).start(),
                    b.isEmpty() ? -1 : b.get(0).start()));
        } else {
            for (int i = 0; i < a.size(); i++) {
                Table x = a.get(i);
                Table y = b.get(i);
                if (x.rows() != y.rows() || x.columns() != y.columns()) {
                    out.add(new Finding(Rule.FACT_TABLE_SHAPE, List.of(i + 1, x.rows(), x.columns(), y.rows(), y.columns()),
                            x.start(), y.start()));
                }
            }
        }
        return out;
    }
}
