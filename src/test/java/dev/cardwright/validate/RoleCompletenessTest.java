package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaMatcher;
import dev.cardwright.template.TemplateSchema;

/** The guidebook's default roles, and completeness counted per role. */
class RoleCompletenessTest {
    @Test
    void defaultsFollowTheGuidebook() {
        assertThat(Role.byDefault("training-details.training-data")).isEqualTo(Role.DEVELOPER);
        assertThat(Role.byDefault("evaluation.results")).isEqualTo(Role.DEVELOPER);
        assertThat(Role.byDefault("technical-specifications")).isEqualTo(Role.DEVELOPER);
        assertThat(Role.byDefault("bias-risks-limitations.recommendations")).isEqualTo(Role.SOCIOTECHNIC);
        assertThat(Role.byDefault("uses.out-of-scope-use")).isEqualTo(Role.SOCIOTECHNIC);
        assertThat(Role.byDefault("uses.direct-use")).isEqualTo(Role.PROJECT_ORGANISER);
        assertThat(Role.byDefault("model-details")).isEqualTo(Role.PROJECT_ORGANISER);
        assertThat(Role.byDefault("citation")).isEqualTo(Role.PROJECT_ORGANISER);
        assertThat(Role.byDefault("evaluation-extra")).isEqualTo(Role.PROJECT_ORGANISER); // a prefix is not a parent
    }

    @Test
    void eachRoleScoresItsOwnSections() throws Exception {
        Card card = ReadmeReader.read("""
                # M

                ## Bias, Risks, and Limitations

                The model repeats stereotypes found in web text.

                ## Training Details

                [More Information Needed]
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        Map<Role, Double> before = RoleCompleteness.of(card);
        assertThat(before.get(Role.SOCIOTECHNIC)).isGreaterThan(0.3);
        assertThat(before.get(Role.DEVELOPER)).isZero();

        // handing the bias section to the developer moves its score with it
        card.getRoles().put("bias-risks-limitations", new RoleAssignment(Role.DEVELOPER, "Ana"));
        Map<Role, Double> after = RoleCompleteness.of(card);
        assertThat(after.get(Role.DEVELOPER)).isGreaterThan(0);
        assertThat(after.get(Role.SOCIOTECHNIC)).isLessThan(before.get(Role.SOCIOTECHNIC));
    }
}
