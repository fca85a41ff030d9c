package dev.cardwright.yaml;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML with YAML 1.2 (core schema) semantics, so {@code language: no} stays the string
 * {@code no}, as the Hub's own reader sees it. Limits keep hostile input (alias bombs, huge
 * blocks) from taking the process down; callers turn the resulting exceptions into diagnostics.
 */
public final class YamlReader {
    /** Aliases allowed for collections before a document is taken for an alias bomb. */
    public static final int MAX_ALIASES = 100;
    /** Characters allowed in one document (front matter of real cards stays far below). */
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private YamlReader() {
    }

    static LoadSettings settings(boolean allowDuplicateKeys) {
        return settings(allowDuplicateKeys, MAX_CODE_POINTS);
    }

    static LoadSettings settings(boolean allowDuplicateKeys, int codePoints) {
        return settings(allowDuplicateKeys, codePoints, "");
    }

    /**
     * Settings for reading {@code text}. snakeyaml-engine's reader looks ahead to the end of a
     * line in a block scalar by growing a window that it copies whole on every refill, one buffer
     * at a time: a 9 MB line (a front matter kept as text in a card source) took 40 s with the
     * default 1 KB buffer. A buffer as large as the text, up to 1 MB, makes that copy rare.
     */
    static LoadSettings settings(boolean allowDuplicateKeys, int codePoints, String text) {
        return LoadSettings.builder()
                .setBufferSize(Math.max(1024, Math.min(text.length() + 1, 1 << 20)))
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(allowDuplicateKeys)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(codePoints)
                .setUseMarks(true)
                .build();
    }

    /**
     * Plain Java values: {@code LinkedHashMap} (key order kept), {@code ArrayList}, {@code String},
     * {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean}, {@code null}.
     * Duplicate keys: the last one wins, as in PyYAML.
     *
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException with a mark when the text is not YAML
     */
    public static Object load(String text) {
        refuseHostile(text);
        LoadSettings settings = settings(true, MAX_CODE_POINTS, text);
        Object value = unfinishedEscapesRefused(() -> new Load(settings).loadFromReader(new WholeCodePointReader(text)));
        if (text.indexOf('*') >= 0) {
            // aliases: the loaded objects share (or contain) themselves, and whoever walks or
            // copies them would expand every reference; count what that would cost first
            new Composer(settings, new ParserImpl(settings, new StreamReader(settings, new WholeCodePointReader(text))))
                    .getSingleNode().flatMap(YamlLimits::refuseAfterComposing).ifPresent(why -> {
                        throw new Refused(why);
                    });
        }
        return value;
    }

    /**
     * A card source's node tree: the whole card's text, so up to {@link dev.cardwright.card.Limits#MAX_YAML_CHARS}
     * (its escapes make it longer than the README). Its Markdown text may hold any number of
     * brackets, so there is no bracket pre-scan: the parser refuses deep nesting by the stack.
     */
    public static Optional<Node> composeCardSource(String text) {
        LoadSettings settings = settings(true, Math.max(MAX_CODE_POINTS, dev.cardwright.card.Limits.MAX_YAML_CHARS * 2), text);
        Composer composer = new Composer(settings, new CountedEvents(new ParserImpl(settings, new StreamReader(settings, new WholeCodePointReader(text)))));
        return unfinishedEscapesRefused(composer::getSingleNode);
    }

    /**
     * snakeyaml-engine reads the hexadecimal digits of the x, u and U escapes (backslash, letter, digits) in a
     * double-quoted scalar with {@code Integer.parseInt} and lets its NumberFormatException out when
     * the text ends first (a quote, a backslash and x at the end: fuzz finding 11869806125626704881); that is a
     * YAML error like any other.
     */
    private static <T> T unfinishedEscapesRefused(java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (NumberFormatException e) {
            throw new org.snakeyaml.engine.v2.exceptions.YamlEngineException(
                    "while scanning a double-quoted scalar: an escape sequence ends before its hexadecimal digits");
        }
    }

    /** What Cardwright itself wrote, read back to check it: no limits besides memory. */
    static Object loadOwn(String text) {
        LoadSettings settings = settings(true, Integer.MAX_VALUE, text);
        return new Load(settings).loadFromReader(new WholeCodePointReader(text));
    }

    /** YAML refused by {@link YamlLimits} before or after it is composed. */
    public static final class Refused extends org.snakeyaml.engine.v2.exceptions.YamlEngineException {
        public Refused(String why) {
            super("refused: " + why);
        }
    }

    private static void refuseHostile(String text) {
        YamlLimits.refuseBeforeComposing(text, dev.cardwright.card.Limits.MAX_YAML_CHARS).ifPresent(why -> {
            throw new Refused(why);
        });
    }

    /** The node tree with positions (0-based line/column marks relative to {@code text}), or empty for an empty document. */
    public static Optional<Node> compose(String text) {
        refuseHostile(text);
        LoadSettings settings = settings(true, MAX_CODE_POINTS, text);
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, new WholeCodePointReader(text))));
        return unfinishedEscapesRefused(composer::getSingleNode);
    }
}
