package dev.cardwright.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lens over the key–value lines of a section's text ({@code - **Developed by:** Ada}): reads
 * the fields the schema declares, and rewrites the one line of a field on an edit, so the
 * section's text stays the only copy of the truth. Text is LF-normalized, as {@code Section}
 * holds it.
 */
public final class SectionFields {
    /**
     * A list item whose text starts with a bold label ending in a colon, inside or after the bold:
     * {@code - **Label:** value}, {@code * **Label**: value}, full-width colons too.
     */
    private static final Pattern LINE = Pattern.compile(
            "^(?<lead>[ \\t]*[-*+][ \\t]+\\*\\*)(?<label>[^*\\n]+?)(?<colon>[ \\t]*[:：][ \\t]*\\*\\*|\\*\\*[ \\t]*[:：])(?<gap>[ \\t]?)(?<value>[^\\n]*)$",
            Pattern.MULTILINE);
    /** A trailing HTML comment after the value (the Hub template keeps a hint there), left untouched by edits. */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(\\s*<!--.*?-->\\s*)$");

    private SectionFields() {
    }

    /** One field found in a section's text. {@code line} is 1-based within the text; offsets delimit the value. */
    public record FieldValue(FieldSpec field, String value, int line, int valueStart, int valueEnd) {
    }

    /** The schema's fields present in {@code sectionText}, in text order (the first line wins for a repeated field). */
    public static List<FieldValue> read(String sectionText, SectionSpec section) {
        List<FieldValue> out = new ArrayList<>();
        Matcher m = LINE.matcher(sectionText);
        while (m.find()) {
            String label = m.group("label");
            for (FieldSpec f : section.fields()) {
                if (f.matchesLabel(label) && out.stream().noneMatch(v -> v.field() == f)) {
                    int start = m.start("value");
                    int end = m.end("value");
                    Matcher c = TRAILING_COMMENT.matcher(m.group("value"));
                    if (c.find()) {
                        end = start + c.start(1);
                    }
                    out.add(new FieldValue(f, sectionText.substring(start, end), lineOf(sectionText, m.start()), start, end));
                    break;
                }
            }
        }
        return out;
    }

    public static Optional<String> get(String sectionText, FieldSpec field) {
        return find(sectionText, field).map(FieldValue::value);
    }

    /**
     * The text with {@code field} set to {@code value}: only the value on the field's line changes;
     * a missing field gets a new line after the nearest field before it in schema order (or before
     * the nearest after it, or after the text's last non-blank line).
     *
     * @throws IllegalArgumentException when the value spans lines (a field is one line)
     */
    public static String set(String sectionText, FieldSpec field, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a field value is one line; " + field.label() + " got a line break");
        }
        Optional<FieldValue> present = find(sectionText, field);
        if (present.isPresent()) {
            FieldValue v = present.get();
            String before = sectionText.substring(0, v.valueStart());
            if (value.isEmpty() && before.endsWith(" ") && v.valueEnd() == lineEnd(sectionText, v.valueStart())) {
                before = before.substring(0, before.length() - 1);
            } else if (!value.isEmpty() && !before.endsWith(" ") && !before.endsWith("\t")) {
                before = before + " ";
            }
            return before + value + sectionText.substring(v.valueEnd());
        }
        String newLine = "- **" + field.label() + ":**" + (value.isEmpty() ? "" : " " + value) + "\n";
        List<FieldValue> all = read(sectionText, field.section());
        List<FieldSpec> order = field.section().fields();
        int index = order.indexOf(field);
        FieldValue after = null;
        FieldValue beforeNext = null;
        for (FieldValue v : all) {
            int i = order.indexOf(v.field());
            if (i < index && (after == null || order.indexOf(after.field()) < i)) {
                after = v;
            }
            if (i > index && (beforeNext == null || order.indexOf(beforeNext.field()) > i)) {
                beforeNext = v;
            }
        }
        if (after != null) {
            int eol = lineEnd(sectionText, after.valueStart());
            if (eol == sectionText.length()) {
                return sectionText + "\n" + newLine.substring(0, newLine.length() - 1);
            }
            return sectionText.substring(0, eol + 1) + newLine + sectionText.substring(eol + 1);
        }
        if (beforeNext != null) {
            int bol = sectionText.lastIndexOf('\n', beforeNext.valueStart() - 1) + 1;
            return sectionText.substring(0, bol) + newLine + sectionText.substring(bol);
        }
        int end = sectionText.length();
        while (end > 0 && Character.isWhitespace(sectionText.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return "\n" + newLine + sectionText.replaceFirst("^\\s*", "\n");
        }
        int eol = sectionText.indexOf('\n', end);
        if (eol < 0) {
            return sectionText + "\n\n" + newLine.substring(0, newLine.length() - 1);
        }
        // a list after a paragraph needs a blank line before it
        return sectionText.substring(0, eol + 1) + "\n" + newLine + sectionText.substring(eol + 1);
    }

    private static Optional<FieldValue> find(String text, FieldSpec field) {
        return read(text, field.section()).stream().filter(v -> v.field() == field).findFirst();
    }

    private static int lineEnd(String text, int from) {
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
