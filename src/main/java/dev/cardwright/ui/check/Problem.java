package dev.cardwright.ui.check;

/**
 * One diagnostic as the editor shows it: where it is (a 1-based line and column of the exported
 * README, and the metadata key path when it is about metadata) and what is wrong.
 */
public record Problem(String code, Severity severity, String message, int line, int column, String path) {
    public enum Severity { ERROR, WARNING, INFO }

    /** {@code line:col} for display. */
    public String where() {
        return line + ":" + column;
    }
}
