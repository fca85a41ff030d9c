package dev.cardwright.card;

import java.util.List;
import java.util.Optional;

/**
 * Who writes a section, as the Hub's model card guidebook divides the work: the developer
 * (training, technical specifications, results), the sociotechnic (bias, risks, out-of-scope use)
 * and the project organiser (details, uses, citation, contact).
 */
public enum Role {
    DEVELOPER("developer"),
    SOCIOTECHNIC("sociotechnic"),
    PROJECT_ORGANISER("project-organiser");

    /** Schema section ids (and everything under them) that default to the developer or the sociotechnic; the rest is the organiser's. */
    private static final List<String> DEVELOPER_SECTIONS = List.of("training-details", "evaluation", "technical-specifications",
            "environmental-impact", "how-to-get-started", "model-examination");
    private static final List<String> SOCIOTECHNIC_SECTIONS = List.of("bias-risks-limitations", "uses.out-of-scope-use");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name the card source writes. */
    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The guidebook's role for a section of the model template, by its schema id. */
    public static Role byDefault(String sectionId) {
        if (within(sectionId, SOCIOTECHNIC_SECTIONS)) {
            return SOCIOTECHNIC;
        }
        return within(sectionId, DEVELOPER_SECTIONS) ? DEVELOPER : PROJECT_ORGANISER;
    }

    private static boolean within(String id, List<String> roots) {
        return roots.stream().anyMatch(r -> id.equals(r) || id.startsWith(r + "."));
    }
}
