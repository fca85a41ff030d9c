package dev.cardwright.ui.metadata;

/** One entry of a vocabulary offered in a picker: its id, its name, and another name to search by. */
public record Choice(String id, String name, String alt) {
    /** What the picker lists and matches against. */
    public String display() {
        StringBuilder s = new StringBuilder(id);
        if (name != null && !name.isBlank() && !name.equals(id)) {
            s.append(" — ").append(name);
        }
        if (alt != null && !alt.isBlank()) {
            s.append(" · ").append(alt);
        }
        return s.toString();
    }

    /** Whether a search text matches the id or either name (case-insensitive). */
    public boolean matches(String query) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return q.isEmpty() || id.toLowerCase(java.util.Locale.ROOT).contains(q)
                || name != null && name.toLowerCase(java.util.Locale.ROOT).contains(q)
                || alt != null && alt.contains(query.strip());
    }
}
