package dev.cardwright.yaml;

import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Which explicit tags ({@code !!binary aGk=}) a value given to {@code set} may carry. Loading
 * turns {@code !!binary} into a byte array and {@code !!set} into a Java set, which the writer
 * would print by their Java names, and {@code !!bool yes} into nothing at all (so the key would be
 * removed). The YAML 1.2 core tags are honoured when the text is what the tag says (for
 * {@code !!str}, always); every other tag is refused.
 */
public final class ExplicitTags {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> STRUCTURE = Set.of(CORE + "str", CORE + "seq", CORE + "map");
    private static final Set<String> CHECKED = Set.of(CORE + "bool", CORE + "int", CORE + "float", CORE + "null");
    private static final CoreSchema SCHEMA = new CoreSchema();

    private ExplicitTags() {
    }

    /** Why {@code yamlValue} must not be written, or empty. Syntax errors are left to the loader. */
    public static Optional<String> refusal(String yamlValue) {
        LoadSettings settings = YamlReader.settings(true);
        try {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, new WholeCodePointReader(yamlValue)));
            while (parser.hasNext()) {
                Event e = parser.next();
                Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                        : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
                if (tag.isEmpty() || STRUCTURE.contains(tag.get())) {
                    continue;
                }
                String shown = tag.get().startsWith(CORE) ? "!!" + tag.get().substring(CORE.length()) : tag.get();
                if (!CHECKED.contains(tag.get())) {
                    return Optional.of("the tag " + shown + " is not written by set (a YAML 1.2 reader such as the Hub's"
                            + " would not read it back the same); give the value without it");
                }
                if (!(e instanceof ScalarEvent s)) {
                    return Optional.of("the tag " + shown + " cannot tag a list or mapping");
                }
                Tag resolved = SCHEMA.getScalarResolver().resolve(s.getValue(), true);
                if (!resolved.getValue().equals(tag.get())) {
                    return Optional.of(shown + " " + s.getValue() + " is not a YAML 1.2 " + shown.substring(2)
                            + (shown.equals("!!bool") ? " (true or false)" : ""));
                }
            }
        } catch (RuntimeException syntax) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
