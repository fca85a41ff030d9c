package dev.cardwright.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnostic messages in the language of the user interface. The English text is the rule's
 * template ({@link Rule}) and stays what the command line prints (a contract for scripts); other
 * languages come from {@code dev/cardwright/validate/diagnostics_LANG.properties}: one line per
 * rule code with the same {@code {0}} … placeholders, and {@code phrase.…} lines for the English
 * phrases some rules pass as arguments ("a string", "is required"). A message the bundle does not
 * have, or a diagnostic made without arguments, stays in English.
 */
public final class DiagnosticText {
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
    /** The hint several rules append to a value they could not accept. */
    private static final Pattern DID_YOU_MEAN = Pattern.compile(" \\(did you mean \"(.*)\"\\?\\)");
    /** Other accepted renderings a glossary finding lists. */
    private static final Pattern OR_LIST = Pattern.compile(" \\(or (.*)\\)");

    private DiagnosticText() {
    }

    /** {@code {0}}, {@code {1}} … replaced by the arguments in order (a missing one by nothing). */
    public static String fill(String template, List<?> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}' && Character.isDigit(template.charAt(i + 1))) {
                int n = template.charAt(i + 1) - '0';
                out.append(n < args.size() ? String.valueOf(args.get(n)) : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A message in a locale's language: the bundle's template for the code filled with the
     * arguments (English phrases among them translated too), else {@code english}.
     */
    public static String localize(String code, String english, List<String> args, Locale locale) {
        Properties bundle = bundle(locale);
        String template = bundle == null || args == null ? null : bundle.getProperty(code);
        if (template == null) {
            return english;
        }
        return fill(template, args.stream().map(a -> phrase(bundle, a)).toList());
    }

    /** The template of a code in a locale's bundle, or null (tests check every rule has one). */
    public static String template(String code, Locale locale) {
        Properties bundle = bundle(locale);
        return bundle == null ? null : bundle.getProperty(code);
    }

    private static String phrase(Properties bundle, String arg) {
        if (arg == null || arg.isEmpty()) {
            return arg;
        }
        String whole = bundle.getProperty("phrase." + arg);
        if (whole != null) {
            return whole;
        }
        Matcher m = DID_YOU_MEAN.matcher(arg);
        String hint = bundle.getProperty("phrase.didYouMean");
        if (m.matches() && hint != null) {
            return fill(hint, List.of(m.group(1)));
        }
        m = OR_LIST.matcher(arg);
        String or = bundle.getProperty("phrase.orList");
        if (m.matches() && or != null) {
            return fill(or, List.of(m.group(1).replace(", ", "、")));
        }
        return arg;
    }

    /** The bundle of a locale's language (zh_CN, zh → zh_CN), or null for English and languages without one. */
    private static Properties bundle(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return null;
        }
        String name = locale.getLanguage().equals("zh") ? "zh_CN" : locale.getLanguage();
        Properties p = BUNDLES.computeIfAbsent(name, DiagnosticText::load);
        return p.isEmpty() ? null : p;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = DiagnosticText.class.getResourceAsStream("/dev/cardwright/validate/diagnostics_" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
