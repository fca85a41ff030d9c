package dev.cardwright.ui.common;

import atlantafx.base.theme.Styles;

/**
 * CSS style classes used in code, so that a class added in one view and styled in
 * {@code cardwright.css} is one name, not a string typed twice. The first group is AtlantaFX's
 * (its theme styles them); the second is ours.
 */
public final class StyleClasses {
    public static final String FLAT = Styles.FLAT;
    public static final String BUTTON_ICON = Styles.BUTTON_ICON;
    public static final String SMALL = Styles.SMALL;
    public static final String TITLE_3 = Styles.TITLE_3;
    public static final String TITLE_4 = Styles.TITLE_4;
    public static final String TEXT_MUTED = Styles.TEXT_MUTED;
    public static final String TEXT_SMALL = Styles.TEXT_SMALL;
    public static final String ACCENT = Styles.ACCENT;
    public static final String SUCCESS = Styles.SUCCESS;
    public static final String WARNING = Styles.WARNING;
    public static final String DANGER = Styles.DANGER;

    public static final String PANE_TITLE = "pane-title";
    public static final String GUIDANCE = "guidance";
    public static final String INVALID = "invalid";
    public static final String FIELD_GRID = "field-grid";
    public static final String STATUS_BAR = "status-bar";

    private StyleClasses() {
    }
}
