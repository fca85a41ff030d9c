package dev.cardwright.card;

/** A section's role and, when known, the person who writes it; kept in the card source only, never exported. */
public record RoleAssignment(Role role, String person) {
    public RoleAssignment {
        if (role == null) {
            throw new IllegalArgumentException("a role assignment needs a role");
        }
        person = person == null ? "" : person.strip();
    }
}
