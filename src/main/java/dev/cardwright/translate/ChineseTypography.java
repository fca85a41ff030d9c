package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.validate.Rule;

/**
 * Typography of Chinese text (issue 11, CW420–CW424): half-width {@code , ; : ( ) ! ?} touching
 * Chinese characters, where Chinese text takes the full-width forms; and the space between Chinese
 * and Latin letters or digits ({@code 使用 GPT 训练} or {@code 使用GPT训练}), checked against a
 * convention when one is chosen and for consistency within the text when none is.
 *
 * <p>Code, URLs, model and license ids, BibTeX (what {@link DoNotTranslate} protects), HTML tags
 * and Markdown link targets are left out: their characters are not Chinese prose.
 */
public final class ChineseTypography {
    /** The spacing convention between Chinese and Latin text or digits. */
    public enum Spacing {
        /** A space on both sides of Latin text and numbers in Chinese (as many style guides ask). */
        SPACE("space"),
        /** No space. */
        NOSPACE("nospace"),
        /** None chosen: only a text that mixes both is reported. */
        CONSISTENT("");

        private final String id;

        Spacing(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** {@code space}, {@code nospace}, or empty/null for none. */
        public static Spacing parse(String id) {
            if (id == null || id.isBlank()) {
                return CONSISTENT;
            }
            for (Spacing s : values()) {
                if (s.id.equals(id.strip())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("the spacing convention must be space or nospace, not '" + id + "'");
        }
    }

    /** A finding at {@code offset} of the checked text. */
    public record Finding(Rule rule, int offset, List<Object> arguments, String fix) {
    }

    private static final String HALF = ",;:()!?";
    private static final String FULL = "，；：（）！？";
    private static final Pattern HTML_TAG = Pattern.compile("<[/!]?[A-Za-z][^<>]*>");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK_REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:.*$");

    private ChineseTypography() {
    }

    /** Whether a translation's language is Chinese (any region or script). */
    public static boolean isChinese(String languageTag) {
        return Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage().equals("zh");
    }

    /**
     * The findings in a translation as messages in a locale's language, for the translation view;
     * none when the language is not Chinese. {@code spacing} is the translation's convention
     * ({@code space}, {@code nospace} or empty).
     */
    public static List<String> messages(String translation, String language, String spacing, Locale locale) {
        if (!isChinese(language)) {
            return List.of();
        }
        return check(translation, Spacing.parse(spacing)).stream()
                .map(f -> f.rule().message(locale, f.arguments().toArray())).toList();
    }

    /** The findings in a text, in order. */
    public static List<Finding> check(String text, Spacing spacing) {
        boolean[] skip = protectedChars(text);
        List<Finding> out = new ArrayList<>();
        punctuation(text, skip, out);
        spacing(text, skip, spacing, out);
        out.sort(java.util.Comparator.comparingInt(Finding::offset));
        return out;
    }

    private static boolean[] protectedChars(String text) {
        boolean[] skip = new boolean[text.length()];
        for (DoNotTranslate.Item i : DoNotTranslate.find(text)) {
            java.util.Arrays.fill(skip, i.start(), i.end(), true);
        }
        for (Pattern p : List.of(HTML_TAG, LINK_TARGET, LINK_REFERENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                // a link target keeps its "]": the text before it is still prose
                java.util.Arrays.fill(skip, p == LINK_TARGET ? m.start() + 1 : m.start(), m.end(), true);
            }
        }
        return skip;
    }

    private static void punctuation(String text, boolean[] skip, List<Finding> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = HALF.indexOf(c);
            if (kind < 0 || skip[i]) {
                continue;
            }
            if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                continue; // an image: ![alt](src)
            }
            boolean before = i > 0 && !skip[i - 1] && isChinese(text.codePointBefore(i));
            boolean after = i + 1 < text.length() && !skip[i + 1] && isChinese(text.codePointAt(i + 1));
            if (before || after) {
                String full = String.valueOf(FULL.charAt(kind));
                out.add(new Finding(Rule.ZH_HALFWIDTH_PUNCTUATION, i, List.of(String.valueOf(c), full), full));
            }
        }
    }

    /** A place where Chinese meets Latin text or a digit, directly or across one space. */
    private record Boundary(int offset, boolean spaced, String latin, int wordStart) {
    }

    private static void spacing(String text, boolean[] skip, Spacing spacing, List<Finding> out) {
        List<Boundary> found = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (skip[i]) {
                continue;
            }
            int a = text.codePointAt(i);
            int j = i + Character.charCount(a);
            if (j >= text.length() || skip[j]) {
                continue;
            }
            boolean spaced = text.charAt(j) == ' ';
            int k = spaced ? j + 1 : j;
            if (k >= text.length() || skip[k] || (spaced && k + 1 <= text.length() && text.charAt(k) == ' ')) {
                continue;
            }
            int b = text.codePointAt(k);
            if (isChinese(a) && isLatin(b)) {
                found.add(new Boundary(j, spaced, word(text, k, true), k));
            } else if (isLatin(a) && isChinese(b)) {
                found.add(new Boundary(j, spaced, word(text, i, false), wordStart(text, i)));
            }
        }
        if (spacing == Spacing.SPACE || spacing == Spacing.NOSPACE) {
            boolean want = spacing == Spacing.SPACE;
            int reported = -1;
            for (Boundary b : found) {
                // a word wrong on both sides ("用GPT训练") is one finding, at its first side
                if (b.spaced() != want && b.wordStart() != reported) {
                    reported = b.wordStart();
                    out.add(new Finding(want ? Rule.ZH_SPACE_MISSING : Rule.ZH_SPACE_EXTRA, b.offset(), List.of(b.latin()),
                            want ? " " : ""));
                }
            }
            return;
        }
        long spacedCount = found.stream().filter(Boundary::spaced).count();
        long plain = found.size() - spacedCount;
        if (spacedCount == 0 || plain == 0) {
            return;
        }
        // the text's own majority is its convention; on a tie, its first place decides
        boolean majority = spacedCount != plain ? spacedCount > plain : found.get(0).spaced();
        long agreeing = majority ? spacedCount : plain;
        int reported = -1;
        for (Boundary b : found) {
            if (b.spaced() != majority && b.wordStart() != reported) {
                reported = b.wordStart();
                out.add(new Finding(majority ? Rule.ZH_SPACE_INCONSISTENT_MISSING : Rule.ZH_SPACE_INCONSISTENT_EXTRA,
                        b.offset(), List.of(b.latin(), agreeing, found.size()), majority ? " " : ""));
            }
        }
    }

    private static int wordStart(String text, int end) {
        int s = end;
        while (s > 0 && (isLatin(text.charAt(s - 1)) || text.charAt(s - 1) == '.' && s > 1 && isLatin(text.charAt(s - 2)))) {
            s--;
        }
        return s;
    }

    /** The Latin word or number at a boundary: from {@code at} forwards, or backwards ending at it. */
    private static String word(String text, int at, boolean forwards) {
        int s = at;
        int e = at + 1;
        if (forwards) {
            while (e < text.length() && isLatin(text.charAt(e)) || e < text.length() && text.charAt(e) == '.' && e + 1 < text.length() && isLatin(text.charAt(e + 1))) {
                e++;
            }
        } else {
            while (s > 0 && (isLatin(text.charAt(s - 1)) || text.charAt(s - 1) == '.' && s > 1 && isLatin(text.charAt(s - 2)))) {
                s--;
            }
        }
        String w = text.substring(s, e);
        return w.length() > 24 ? w.substring(0, 24) + "…" : w;
    }

    static boolean isChinese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }
}
