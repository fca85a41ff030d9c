package dev.cardwright.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out section ids that are unique within one card: a slug of the title (lower case; ASCII
 * letters and digits and CJK characters kept, every other run of characters becomes one
 * {@code -}), with {@code -2}, {@code -3} … appended to repeats.
 */
public final class SectionIds {
    private final Set<String> used = new HashSet<>();
    /**
     * The suffix to try next for each slug. Ids are only ever added, so every suffix below it is
     * still taken: starting there gives the same ids as counting from 2, without counting again
     * (100,000 identical headings took minutes).
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    public String next(String title) {
        String base = slug(title);
        if (used.add(base)) {
            return base;
        }
        int n = nextSuffix.getOrDefault(base, 2);
        String id = base + "-" + n;
        while (!used.add(id)) {
            id = base + "-" + ++n;
        }
        nextSuffix.put(base, n + 1);
        return id;
    }

    public static String slug(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean dash = false;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            if (keeps(cp)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : cp);
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "section" : out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean keeps(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
