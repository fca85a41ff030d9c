package dev.cardwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The registry is the one place an action is defined: an id names exactly one action. */
class ActionsTest {
    @Test
    void anIdIsDefinedOnceAndLookedUpByName() {
        Actions actions = new Actions();
        Action save = actions.add("save", "Save", null, "Shortcut+S", () -> { });
        assertThat(actions.get("save")).isSameAs(save);
        assertThatThrownBy(() -> actions.add("save", "Save again", null, null, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("save");
        assertThatThrownBy(() -> actions.get("sav")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sav");
        assertThat(actions.all()).containsExactly(save);
    }
}
