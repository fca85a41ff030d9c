package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;
import dev.cardwright.export.ReadmeExport;
import dev.cardwright.markdown.ReadmeReader;

/** Role assignments live in the card source (a compatible extension) and never reach a README. */
class CardSourceRolesTest {
    private static Card card() throws Exception {
        return ReadmeReader.read("---\nlicense: mit\n---\n# M\n\n## Bias\n\nText.\n".getBytes(StandardCharsets.UTF_8), "README.md");
    }

    @Test
    void rolesAreWrittenAndReadBack() throws Exception {
        Card card = card();
        String readmeBefore = new String(ReadmeExport.bytes(card, "README.md"), StandardCharsets.UTF_8);
        String bias = card.allSections().filter(s -> s.getTitle().equals("Bias")).findFirst().orElseThrow().getId();
        card.getRoles().put(bias, new RoleAssignment(Role.SOCIOTECHNIC, "王芳"));
        card.getRoles().put("m", new RoleAssignment(Role.PROJECT_ORGANISER, ""));
        String yaml = CardSourceFile.toYaml(card);
        assertThat(yaml).contains("roles:\n  - section: " + bias + "\n    role: sociotechnic\n    person: 王芳\n");
        Card back = CardSourceFile.parse(yaml, "x.card.yaml");
        assertThat(back.getRoles()).containsExactlyEntriesOf(card.getRoles());
        // never exported
        assertThat(new String(ReadmeExport.bytes(back, "README.md"), StandardCharsets.UTF_8)).isEqualTo(readmeBefore).doesNotContain("王芳");
    }

    @Test
    void aCardSourceWithoutRolesStillLoads() throws Exception {
        String old = CardSourceFile.toYaml(card());
        assertThat(old).doesNotContain("roles");
        assertThat(CardSourceFile.parse(old, "old.card.yaml").getRoles()).isEmpty();
    }

    @Test
    void anUnknownRoleIsAnErrorAtItsPlace() throws Exception {
        String yaml = CardSourceFile.toYaml(card()).replace("export:", "roles:\n- section: bias\n  role: reviewer\nexport:");
        assertThatThrownBy(() -> CardSourceFile.parse(yaml, "x.card.yaml"))
                .isInstanceOf(CardFormatException.class)
                .hasMessageContaining("unknown role 'reviewer' (expected developer, sociotechnic or project-organiser)")
                .satisfies(e -> assertThat(((CardFormatException) e).located()).matches("x\\.card\\.yaml:\\d+:9: .*"));
    }
}
