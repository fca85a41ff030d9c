package dev.cardwright.cite;

import java.util.Map;

/** BibTeX field text as a reader sees it: accents resolved, braces and escapes dropped, {@code --} as a dash. */
final class LatexText {
    /** The accent commands BibTeX files commonly carry, with the combining mark each adds. */
    private static final Map<Character, Character> ACCENTS = Map.of('\'', '\u0301', '`', '\u0300', '^', '\u0302', '"', '\u0308',
            '~', '\u0303', '=', '\u0304', '.', '\u0307', 'c', '\u0327', 'v', '\u030C', 'u', '\u0306');
    private static final Map<String, String> SYMBOLS = Map.of("ss", "ß", "o", "ø", "O", "Ø", "ae", "æ", "AE", "Æ",
            "aa", "å", "AA", "Å", "l", "ł", "L", "Ł", "i", "ı");

    private LatexText() {
    }

    static String plain(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (ACCENTS.containsKey(n) && !(Character.isLetter(n) && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2))
                        && n != 'c' && n != 'v' && n != 'u')) {
                    int j = i + 2;
                    while (j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == ' ')) {
                        j++;
                    }
                    if (j < s.length()) {
                        char base = s.charAt(j) == '\\' && j + 1 < s.length() && s.charAt(j + 1) == 'i' ? 'i' : s.charAt(j);
                        if (s.charAt(j) == '\\') {
                            j++;
                        }
                        out.append(java.text.Normalizer.normalize("" + base + ACCENTS.get(n), java.text.Normalizer.Form.NFC));
                        i = j;
                        continue;
                    }
                }
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String word = s.substring(i + 1, j);
                if (word.isEmpty()) {
                    out.append(n); // \& \% \_ \$ \{ …
                    i++;
                } else {
                    out.append(SYMBOLS.getOrDefault(word, ""));
                    i = j - 1;
                }
            } else if (c == '{' || c == '}') {
                continue;
            } else if (c == '~') {
                out.append(' ');
            } else if (c == '-' && s.startsWith("--", i)) {
                out.append('–');
                i += s.startsWith("---", i) ? 2 : 1;
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
