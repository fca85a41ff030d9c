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
        return LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(allowDuplicateKeys)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
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
        return new Load(settings(true)).loadFromString(text);
    }

    /** The node tree with positions (0-based line/column marks relative to {@code text}), or empty for an empty document. */
    public static Optional<Node> compose(String text) {
        LoadSettings settings = settings(true);
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
        return composer.getSingleNode();
    }
}
