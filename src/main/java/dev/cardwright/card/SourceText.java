package dev.cardwright.card;

import java.util.Objects;

/**
 * How one piece of a card looked in the file it was read from: the exact original characters
 * (with their line endings). Writers use it to put back an untouched piece verbatim, so a
 * mixed-line-ending file survives a round trip; once the piece is edited the original no longer
 * applies and the current text is written with the card's line ending.
 *
 * @param raw the exact text, line endings included
 */
public record SourceText(String raw) {
    public SourceText {
        Objects.requireNonNull(raw, "raw");
    }

    /** The text with line endings normalized to LF: what the model holds while untouched. */
    public String normalized() {
        return LineEnding.normalize(raw);
    }

    /**
     * What to write for a piece whose current (LF) text is {@code current}: the original when the
     * piece is unchanged, otherwise the current text with {@code ending}.
     */
    public static String write(SourceText original, String current, LineEnding ending) {
        if (original != null && original.normalized().equals(current)) {
            return original.raw();
        }
        return ending.denormalize(current);
    }
}
