package dev.cardwright.validate;

import java.util.EnumMap;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;

/**
 * Completeness per role: the share of each role's template sections (weighted by requirement, as
 * the card's score is) that say something beyond what the template left. Subsections count on
 * their own here, because roles split them ({@code uses.out-of-scope-use} is the sociotechnic's
 * while the rest of Uses is the organiser's).
 */
public final class RoleCompleteness {
    private RoleCompleteness() {
    }

    /** Role → score from 0 to 1; a role with no sections scores 1. */
    public static Map<Role, Double> of(Card card) {
        Completeness c = Completeness.of(CardText.ofReadme(card, "card", null), card.getCardType(), new TemplateSectionSchema());
        Map<Role, double[]> sums = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            sums.put(r, new double[2]);
        }
        for (Completeness.SectionScore s : c.sections()) {
            RoleAssignment assigned = card.getRoles().get(s.id());
            Role role = assigned != null ? assigned.role() : Role.byDefault(s.id());
            double weight = s.requirement().weight();
            sums.get(role)[0] += weight;
            sums.get(role)[1] += weight * s.score();
        }
        Map<Role, Double> out = new EnumMap<>(Role.class);
        sums.forEach((role, v) -> out.put(role, v[0] == 0 ? 1.0 : v[1] / v[0]));
        return out;
    }
}
