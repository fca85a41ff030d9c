package dev.cardwright.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.Translation;

/**
 * The fingerprint of a source section: a stable hash of the text a translation was made from.
 *
 * <p>The source text of a section is its heading line followed by its own text (not its
 * subsections), so renaming a heading also asks for a review. Before hashing, line endings become
 * LF (a file saved on Windows is the same source) and trailing whitespace at the very end is
 * dropped (the blank lines before the next heading belong to layout, not to meaning). The result
 * is {@code sha256:} and the first 16 hex digits: 64 bits are plenty to tell revisions of one
 * section apart, and the short form keeps the card source readable.
 */
public final class Fingerprint {
    public static final String PREFIX = "sha256:";

    private Fingerprint() {
    }

    /** The fingerprint of a source text. */
    public static String of(String sourceText) {
        String canonical = canonical(sourceText);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The text the fingerprint is taken of, as described above. */
    static String canonical(String sourceText) {
        String lf = LineEnding.normalize(sourceText == null ? "" : sourceText);
        int end = lf.length();
        while (end > 0 && Character.isWhitespace(lf.charAt(end - 1))) {
            end--;
        }
        return lf.substring(0, end);
    }

    /** The source text of a section: its heading line and its own text. */
    public static String sourceText(Section section) {
        return section.getHeading() + section.getText();
    }

    /** The source text for a translation key: a section id, or {@link Translation#PREAMBLE_ID}. */
    public static String sourceText(Card card, String sectionId) {
        if (Translation.PREAMBLE_ID.equals(sectionId)) {
            return card.getPreamble();
        }
        return card.findSection(sectionId).map(Fingerprint::sourceText).orElse(null);
    }

    /** Whether two source texts have the same fingerprint (they differ only in line endings or trailing space). */
    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }
}
