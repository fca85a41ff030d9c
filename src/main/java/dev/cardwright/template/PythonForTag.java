package dev.cardwright.template;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.util.ForLoop;
import com.hubspot.jinjava.util.ObjectIterator;
import com.hubspot.jinjava.util.ObjectTruthValue;

/**
 * Jinjava's {@code for}, taught two things of Jinja2's that card templates use: a filter
 * ({@code {% for s in sections if s.body %}}, which also counts {@code loop.index} over the kept
 * items only) and an {@code {% else %}} branch rendered when nothing was iterated.
 */
final class PythonForTag extends ForTag {
    private static final long serialVersionUID = 1L;

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        LinkedList<Node> all = tagNode.getChildren();
        LinkedList<Node> body = new LinkedList<>();
        LinkedList<Node> orElse = null;
        for (Node n : all) {
            if (orElse == null && n instanceof TagNode t && "else".equals(t.getName())) {
                orElse = new LinkedList<>();
            } else if (orElse != null) {
                orElse.add(n);
            } else {
                body.add(n);
            }
        }
        String helpers = tagNode.getHelpers();
        int inAt = topLevelKeyword(helpers, "in", 0);
        int ifAt = inAt < 0 ? -1 : topLevelKeyword(helpers, "if", inAt + 2);
        if (inAt < 0 || (ifAt < 0 && orElse == null)) {
            return super.interpret(tagNode, interpreter);
        }
        List<String> loopVars = new ArrayList<>();
        for (String v : helpers.substring(0, inAt).split(",")) {
            loopVars.add(v.strip());
        }
        String expr = helpers.substring(inAt + 2, ifAt < 0 ? helpers.length() : ifAt).strip();
        String condition = ifAt < 0 ? null : helpers.substring(ifAt + 2).strip();
        Object collection = interpreter.resolveELExpression(expr, tagNode.getLineNumber());
        List<Object> kept = new ArrayList<>();
        ForLoop loop = ObjectIterator.getLoop(collection);
        while (loop.hasNext()) {
            Object item = loop.next();
            if (condition == null || accepts(interpreter, loopVars, item, condition, tagNode.getLineNumber())) {
                kept.add(item);
            }
        }
        if (kept.isEmpty()) {
            if (orElse == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            try (JinjavaInterpreter.InterpreterScopeClosable c = interpreter.enterScope()) {
                for (Node n : orElse) {
                    out.append(n.render(interpreter).getValue());
                }
            }
            return out.toString();
        }
        tagNode.setChildren(body);
        try {
            return renderForCollection(tagNode, interpreter, loopVars, kept);
        } finally {
            tagNode.setChildren(all);
        }
    }

    private static boolean accepts(JinjavaInterpreter interpreter, List<String> vars, Object item, String condition, int line) {
        try (JinjavaInterpreter.InterpreterScopeClosable c = interpreter.enterScope()) {
            if (vars.size() == 1) {
                interpreter.getContext().put(vars.get(0), item);
            } else if (item instanceof Map.Entry<?, ?> e && vars.size() == 2) {
                interpreter.getContext().put(vars.get(0), e.getKey());
                interpreter.getContext().put(vars.get(1), e.getValue());
            } else if (item instanceof List<?> l) {
                for (int i = 0; i < vars.size() && i < l.size(); i++) {
                    interpreter.getContext().put(vars.get(i), l.get(i));
                }
            }
            return ObjectTruthValue.evaluate(interpreter.resolveELExpression(condition, line));
        }
    }

    /** Index of {@code word} as a separate word outside quotes, brackets and parentheses, or -1. */
    static int topLevelKeyword(String s, String word, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = JinjaDialect.endOfString(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && s.startsWith(word, i)
                    && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                    && (i + word.length() == s.length() || Character.isWhitespace(s.charAt(i + word.length())))) {
                return i;
            }
        }
        return -1;
    }
}
