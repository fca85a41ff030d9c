package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.List;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** The diagnostics of one card as they are found, with the block that places YAML marks in the file. */
final class Findings {
    private final List<Diagnostic> list = new ArrayList<>();
    private TextBlock yaml;

    void placeYaml(TextBlock block) {
        this.yaml = block;
    }

    void add(Diagnostic d) {
        list.add(d);
    }

    /** A diagnostic at the start of a YAML node. */
    void at(Node node, Rule rule, String path, String fix, Object... args) {
        Mark mark = node.getStartMark().orElse(null);
        at(mark, rule, path, fix, args);
    }

    void at(Mark mark, Rule rule, String path, String fix, Object... args) {
        int line = mark == null ? yaml.line() : yaml.fileLine(mark.getLine());
        int column = mark == null ? yaml.fileColumn(0) : yaml.fileColumn(mark.getColumn());
        list.add(rule.at(line, column, path, fix, args));
    }

    /** A diagnostic at a 0-based line and column of a text block. */
    void at(TextBlock block, int lineIndex, int columnIndex, Rule rule, String fix, Object... args) {
        list.add(rule.at(block.fileLine(lineIndex), block.fileColumn(columnIndex), null, fix, args));
    }

    /** The file line of a 0-based line of the YAML block. */
    int fileLine(int yamlLine) {
        return yaml.fileLine(yamlLine);
    }

    List<Diagnostic> list() {
        return list;
    }
}
