package dev.cardwright.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;

/** Assigning a role is an edit like any other: it makes the card unsaved and is undone and redone. */
class RoleEditsTest {
    @Test
    void roleAssignmentsAreUndoneAndRedone() {
        Card card = new Card();
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(card, history);
        card.getRoles().put("citation", new RoleAssignment(Role.DEVELOPER, "Ana"));
        card.getRoles().put("citation", new RoleAssignment(Role.SOCIOTECHNIC, "Ana"));
        assertThat(history.isDirty()).isTrue();

        history.undo();
        assertThat(card.getRoles()).containsEntry("citation", new RoleAssignment(Role.DEVELOPER, "Ana"));
        history.undo();
        assertThat(card.getRoles()).isEmpty();
        assertThat(history.isDirty()).isFalse();
        history.redo();
        history.redo();
        assertThat(card.getRoles()).containsEntry("citation", new RoleAssignment(Role.SOCIOTECHNIC, "Ana"));
    }
}
