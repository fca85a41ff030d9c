package dev.cardwright.translate.xliff;

import dev.cardwright.card.TranslationStatus;

/**
 * The XLIFF 2.0 segment states ({@code initial < translated < reviewed < final}, the order the
 * specification gives them) and how a section's status maps to them and back. A section under
 * review keeps its text but is {@code initial} with the sub-state {@value #NEEDS_REVIEW}: a CAT tool
 * then asks for it to be worked on, and reading the file back knows it was not untranslated.
 */
public enum XliffState {
    INITIAL("initial"), TRANSLATED("translated"), REVIEWED("reviewed"), FINAL("final");

    /** The sub-state (XLIFF 2.0 {@code subState}, "prefix:value") of a section under review. */
    public static final String NEEDS_REVIEW = "cardwright:needs_review";

    private final String id;

    XliffState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The state written for a section's status. */
    public static XliffState of(TranslationStatus status) {
        return switch (status) {
            case UNTRANSLATED, NEEDS_REVIEW -> INITIAL;
            case TRANSLATED -> TRANSLATED;
            // a reviewer's approval is the end of the road in Cardwright, as "final" is in XLIFF
            case APPROVED -> FINAL;
        };
    }

    /** The state named by an XLIFF {@code state} attribute; null when the name is not one of the four. */
    public static XliffState parse(String id) {
        for (XliffState s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
