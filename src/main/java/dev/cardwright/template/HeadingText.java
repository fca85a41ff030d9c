package dev.cardwright.template;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparable form of a heading or field label: case, width, spacing, trailing colons and {@code [optional]} markers ignored. */
final class HeadingText {
    private static final Pattern OPTIONAL = Pattern.compile("[\\[(（]\\s*optional\\s*[\\])）]", Pattern.CASE_INSENSITIVE);
    /** The reader's plain title drops the brackets of a {@code [optional]} it took for link text. */
    private static final Pattern TRAILING_OPTIONAL = Pattern.compile("\\s+optional$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadingText() {
    }

    static String normalize(String text) {
        // NFKC folds full-width letters and punctuation (＆, ：) into their ASCII forms
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = OPTIONAL.matcher(s).replaceAll(" ");
        s = s.replace('*', ' ').replace('`', ' ');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = TRAILING_OPTIONAL.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }
}
