package dev.cardwright.ui.main;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kordamp.ikonli.Ikon;

import javafx.beans.binding.BooleanExpression;

/**
 * The window's actions by id. The menu bar and the toolbar are laid out from ids, so an action is
 * defined once and every place that shows it shares its handler, shortcut and enabled state.
 */
public final class Actions {
    private final Map<String, Action> byId = new LinkedHashMap<>();

    /** Adds an action that is always enabled. */
    public Action add(String id, String text, Ikon icon, String accelerator, Runnable handler) {
        return add(id, text, icon, accelerator, handler, null);
    }

    /** Adds an action, disabled while {@code disabled} is true (null: never). */
    public Action add(String id, String text, Ikon icon, String accelerator, Runnable handler, BooleanExpression disabled) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("two actions with the id " + id);
        }
        Action action = new Action(id, text, icon, accelerator, handler, disabled);
        byId.put(id, action);
        return action;
    }

    public Action get(String id) {
        Action action = byId.get(id);
        if (action == null) {
            throw new IllegalArgumentException("no action with the id " + id);
        }
        return action;
    }

    public Collection<Action> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
