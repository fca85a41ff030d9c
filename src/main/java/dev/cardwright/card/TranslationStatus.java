package dev.cardwright.card;

/** Where the translation of one section stands. */
public enum TranslationStatus {
    UNTRANSLATED("untranslated"),
    NEEDS_REVIEW("needs_review"),
    TRANSLATED("translated"),
    APPROVED("approved");

    private final String id;

    TranslationStatus(String id) {
        this.id = id;
    }

    /** The name used in the card source file and in JSON output. */
    public String id() {
        return id;
    }

    public static TranslationStatus fromId(String id) {
        for (TranslationStatus s : values()) {
            if (s.id.equals(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown translation status '" + id
                + "' (expected untranslated, needs_review, translated or approved)");
    }
}
