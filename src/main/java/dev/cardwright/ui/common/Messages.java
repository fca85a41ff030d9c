package dev.cardwright.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the editor shows comes from here, by a literal key, so a test can check that each
 * key used exists in every language and that no key is unused. Bundles:
 * {@code dev/cardwright/messages.properties} (English) and {@code messages_zh_CN.properties}.
 */
public final class Messages {
    private static final String BUNDLE = "dev.cardwright.messages";
    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private Messages() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language of strings fetched from now on. */
    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    /** The text for a key, with {@code {0}}-style arguments filled in when given. */
    public static String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }
}
