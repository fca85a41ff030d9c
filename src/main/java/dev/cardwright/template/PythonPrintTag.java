package dev.cardwright.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;

/**
 * {@code {% cardwright_print expr %}}: prints like {@code {{ expr }}}. {@link JinjaDialect} turns
 * Jinja2's {@code {{- expr -}}} into this tag because Jinjava ignores whitespace control on
 * expressions but honours it on tags.
 */
final class PythonPrintTag implements Tag {
    static final String NAME = "cardwright_print";
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getEndTagName() {
        return null;
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        return PythonOutputStrategy.print(tagNode.getHelpers().strip(), tagNode.getLineNumber(), interpreter);
    }
}
