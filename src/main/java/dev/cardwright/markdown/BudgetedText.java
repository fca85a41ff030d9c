package dev.cardwright.markdown;

/**
 * Text that allows a bounded number of character reads, for running a regular expression that
 * might backtrack exponentially: past the budget a read throws {@link Exhausted}, which stops the
 * match (java.util.regex offers no other way to stop one).
 */
final class BudgetedText implements CharSequence {
    /** The budget ran out: the pattern backtracked far more than any linear match reads. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("regular expression ran out of its budget", null, false, false);
        }
    }

    private final CharSequence text;
    private long left;

    BudgetedText(CharSequence text, long reads) {
        this.text = text;
        this.left = reads;
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
