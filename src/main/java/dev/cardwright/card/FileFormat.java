package dev.cardwright.card;

import java.util.Objects;

/**
 * How a README file is written on disk: its encoding and its (dominant) line ending. Pieces
 * that are unchanged keep their own original endings through {@link SourceText}.
 */
public record FileFormat(TextEncoding encoding, LineEnding lineEnding) {
    public static final FileFormat DEFAULT = new FileFormat(TextEncoding.UTF_8, LineEnding.LF);

    public FileFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lineEnding, "lineEnding");
    }
}
