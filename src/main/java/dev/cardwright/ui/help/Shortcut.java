package dev.cardwright.ui.help;

/** One line of Help ▸ Keyboard Shortcuts: what an action is called and its keys ("" for none). */
public record Shortcut(String action, String keys) {
}
