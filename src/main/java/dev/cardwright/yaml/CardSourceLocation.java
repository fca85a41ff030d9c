package dev.cardwright.yaml;

import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import dev.cardwright.card.CardFormatException;

/**
 * Where the front matter YAML of a card source file ({@code front_matter: yaml:}) sits in that
 * file, so that a problem found in the YAML text is reported at the line the user sees. The text
 * is normally a literal block ({@code |}), whose lines are the YAML lines shifted down and
 * indented; any other style is reported at the value's start.
 */
public final class CardSourceLocation {
    private final int firstLine;
    private final int indent;
    private final boolean block;

    private CardSourceLocation(int firstLine, int indent, boolean block) {
        this.firstLine = firstLine;
        this.indent = indent;
        this.block = block;
    }

    /** Reads the card source text; a text where the block cannot be found places everything at 1:1. */
    public static CardSourceLocation of(String cardSource) {
        try {
            Optional<Node> root = YamlReader.compose(cardSource);
            Node yaml = child(child(root.orElse(null), "front_matter"), "yaml");
            if (yaml instanceof ScalarNode s) {
                YamlText t = new YamlText(cardSource);
                int header = t.lineOf(t.start(s));
                if (s.getScalarStyle() == ScalarStyle.LITERAL) {
                    int indent = 0;
                    for (int line = header + 1; line < t.lineCount(); line++) {
                        String text = cardSource.substring(t.lineStart(line), t.lineEnd(line));
                        if (!text.isBlank()) {
                            indent = text.length() - text.stripLeading().length();
                            break;
                        }
                    }
                    return new CardSourceLocation(header + 2, indent, true);
                }
                return new CardSourceLocation(header + 1, t.column(t.start(s)) - 1, false);
            }
        } catch (YamlEngineException e) {
            // fall through: no better place than the start
        }
        return new CardSourceLocation(1, 0, false);
    }

    public CardFormatException locate(MetadataEditException e, String file) {
        if (block) {
            return new CardFormatException(file, firstLine + e.line() - 1, e.column() + indent, e.getMessage(), e);
        }
        return new CardFormatException(file, firstLine, indent + 1, e.getMessage(), e);
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }
}
