package dev.cardwright.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * A BibTeX name ({@code Last, First}, {@code Last, Jr, First} or {@code First von Last}) with
 * what APA needs: the family name and the initials. A braced name is an organisation and stays
 * whole; a name in Chinese characters is written as given, as APA writes names in their script.
 */
record PersonName(String family, String given, String suffix, boolean whole) {
    static PersonName parse(String raw) {
        String s = raw.strip();
        if (s.startsWith("{") && s.endsWith("}") && balancedOuter(s)) {
            return new PersonName(LatexText.plain(s), "", "", true);
        }
        List<String> parts = splitCommas(s);
        if (parts.size() >= 2) {
            String family = LatexText.plain(parts.get(0));
            String suffix = parts.size() >= 3 ? LatexText.plain(parts.get(1)) : "";
            String given = LatexText.plain(parts.get(parts.size() - 1));
            if (han(family) && han(given)) {
                return new PersonName(family + given, "", "", true);
            }
            return new PersonName(family, given, suffix, false);
        }
        String plain = LatexText.plain(s);
        if (han(plain) && !plain.contains(" ")) {
            return new PersonName(plain, "", "", true);
        }
        String[] words = plain.split(" ");
        if (words.length == 1) {
            return new PersonName(words[0], "", "", false);
        }
        // the family name starts at the first lower-case particle (von, van der, de) or is the last word
        int familyStart = words.length - 1;
        for (int i = 1; i < words.length - 1; i++) {
            if (Character.isLowerCase(words[i].charAt(0))) {
                familyStart = i;
                break;
            }
        }
        return new PersonName(String.join(" ", java.util.Arrays.copyOfRange(words, familyStart, words.length)),
                String.join(" ", java.util.Arrays.copyOfRange(words, 0, familyStart)), "", false);
    }

    /** "Wang, X.-M., Jr." */
    String apa() {
        if (whole) {
            return family;
        }
        String initials = initials();
        StringBuilder out = new StringBuilder(family);
        if (!initials.isEmpty()) {
            out.append(", ").append(initials);
        }
        if (!suffix.isEmpty()) {
            out.append(", ").append(suffix);
        }
        return out.toString();
    }

    /** "X.-M. Wang" */
    String initialsFirst() {
        if (whole) {
            return family;
        }
        String initials = initials();
        return initials.isEmpty() ? family : initials + " " + family;
    }

    private String initials() {
        List<String> out = new ArrayList<>();
        for (String word : given.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String piece : word.split("-")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString().toUpperCase() + ".");
                }
            }
            out.add(String.join("-", pieces));
        }
        return String.join(" ", out);
    }

    private static boolean han(String s) {
        return !s.isEmpty() && s.codePoints().filter(c -> !Character.isWhitespace(c))
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·');
    }

    private static boolean balancedOuter(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
            if (depth == 0 && i < s.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitCommas(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }
}
