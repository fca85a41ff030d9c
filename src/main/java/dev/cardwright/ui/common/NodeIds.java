package dev.cardwright.ui.common;

/**
 * Control ids made from section and field ids. Section ids contain dots
 * ({@code uses.direct-use}), which a CSS selector would read as a class, so every character other
 * than letters, digits, {@code -} and {@code _} becomes {@code _}.
 */
public final class NodeIds {
    private NodeIds() {
    }

    public static String of(String prefix, String... parts) {
        StringBuilder s = new StringBuilder(prefix);
        for (String p : parts) {
            s.append('-').append(p.replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return s.toString();
    }
}
