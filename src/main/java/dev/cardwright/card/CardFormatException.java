package dev.cardwright.card;

import java.io.IOException;

/**
 * Input that cannot be read as a card (or written as one), with where the problem is. Line and
 * column are 1-based; 0 means unknown. The message never repeats the location:
 * {@link #located()} formats {@code file:line:col: message} for the command line.
 */
public class CardFormatException extends IOException {
    private final String file;
    private final int line;
    private final int column;

    public CardFormatException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public CardFormatException(String file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }

    /** {@code file:line:col: message}, the one-line form used on stderr. */
    public String located() {
        return (file == null ? "<input>" : file) + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + getMessage();
    }
}
