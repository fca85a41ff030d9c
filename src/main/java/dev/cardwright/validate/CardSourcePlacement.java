package dev.cardwright.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.YamlReader;

/**
 * Places the pieces of a card read from a card source file ({@code NAME.card.yaml}) at the lines
 * where the file holds them, so diagnostics point into the file the user edits: the front
 * matter's {@code yaml} literal block, each section's {@code text} block. A literal block's
 * lines map one to one onto the file (content starts the line after {@code |}, indented by the
 * block's indentation); a value written in another style is placed at its start, line by line.
 */
final class CardSourcePlacement {
    private final String source;

    private CardSourcePlacement(String source) {
        this.source = source;
    }

    static CardText place(Card card, String source, String file, Path directory) {
        return new CardSourcePlacement(source).place(card, file, directory);
    }

    private CardText place(Card card, String file, Path directory) {
        MappingNode root = (MappingNode) YamlReader.compose(source).orElseThrow();
        TextBlock fm = null;
        if (card.getFrontMatter() != null) {
            Optional<Node> yaml = YamlNodes.get(root, "front_matter")
                    .filter(MappingNode.class::isInstance).flatMap(n -> YamlNodes.get((MappingNode) n, "yaml"));
            fm = block(yaml.orElse(root), card.getFrontMatter().getYaml());
        }
        TextBlock preamble = block(YamlNodes.get(root, "preamble").orElse(root), card.getPreamble());
        List<CardText.SectionText> sections = sections(card.getSections(), YamlNodes.get(root, "sections").orElse(null));
        return new CardText(file, directory, card.getFormat().encoding(), fm, preamble, sections);
    }

    private List<CardText.SectionText> sections(List<Section> model, Node node) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of();
        List<CardText.SectionText> out = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            Section s = model.get(i);
            MappingNode item = i < items.size() && items.get(i) instanceof MappingNode m ? m : null;
            Node heading = item == null ? null : YamlNodes.get(item, "heading").orElse(item);
            Node text = item == null ? null : YamlNodes.get(item, "text").orElse(item);
            int headingLine = heading == null ? 1 : heading.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            TextBlock block = text == null ? new TextBlock(s.getText(), headingLine, 0) : block(text, s.getText());
            Node children = item == null ? null : YamlNodes.get(item, "sections").orElse(null);
            out.add(new CardText.SectionText(s.getId(), s.getTitle(), s.getLevel(), headingLine, block,
                    sections(s.getChildren(), children)));
        }
        return out;
    }

    /** Where the value of {@code node} (whose text is {@code text}) sits in the file. */
    private TextBlock block(Node node, String text) {
        Mark mark = node.getStartMark().orElse(null);
        if (mark == null) {
            return new TextBlock(text, 1, 0);
        }
        if (node instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL)) {
            return new TextBlock(text, mark.getLine() + 2, literalIndent(mark));
        }
        return new TextBlock(text, mark.getLine() + 1, mark.getColumn());
    }

    /** The indentation of a literal block's content: its indicator digit, or its first non-blank line's. */
    private int literalIndent(Mark mark) {
        int lineStart = lineStart(mark.getLine());
        int indicatorEnd = source.indexOf('\n', lineStart);
        if (indicatorEnd < 0) {
            return 0;
        }
        String header = source.substring(lineStart, indicatorEnd);
        int bar = header.indexOf('|', Math.min(mark.getColumn(), header.length()));
        if (bar >= 0) {
            for (int i = bar + 1; i < header.length() && i < bar + 3; i++) {
                if (Character.isDigit(header.charAt(i))) {
                    int parentIndent = header.length() - header.stripLeading().length();
                    return parentIndent + (header.charAt(i) - '0');
                }
            }
        }
        int pos = indicatorEnd + 1;
        while (pos < source.length()) {
            int end = source.indexOf('\n', pos);
            end = end < 0 ? source.length() : end;
            String line = source.substring(pos, end);
            if (!line.isBlank()) {
                return line.length() - line.stripLeading().length();
            }
            pos = end + 1;
        }
        return 0;
    }

    private int lineStart(int line) {
        int pos = 0;
        for (int i = 0; i < line && pos >= 0; i++) {
            pos = source.indexOf('\n', pos) + 1;
        }
        return Math.max(0, pos);
    }
}
