package dev.cardwright.ui.undo;

import java.util.Objects;

import javafx.beans.property.Property;

/** A value of one property changed: {@code old → now}. Consecutive changes of the same property merge. */
public final class PropertyEdit<T> implements Edit {
    private final Property<T> target;
    private final T old;
    private T now;

    public PropertyEdit(Property<T> target, T old, T now) {
        this.target = Objects.requireNonNull(target, "target");
        this.old = old;
        this.now = now;
    }

    public Property<T> target() {
        return target;
    }

    @Override
    public void undo() {
        target.setValue(old);
    }

    @Override
    public void redo() {
        target.setValue(now);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean absorb(Edit next) {
        if (next instanceof PropertyEdit<?> p && p.target == target) {
            now = ((PropertyEdit<T>) p).now;
            return true;
        }
        return false;
    }

    /** Whether this edit (after merging) changes nothing, so it can be dropped. */
    boolean isNoOp() {
        return Objects.equals(old, now);
    }

    @Override
    public String toString() {
        return "PropertyEdit[" + target.getName() + "]";
    }
}
