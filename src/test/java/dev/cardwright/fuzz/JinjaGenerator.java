package dev.cardwright.fuzz;

import java.util.Random;

/**
 * Random Jinja templates from a small grammar of what card templates use (text, expressions with
 * filters and operators, if/for/set/macro/raw, comments, whitespace control) plus, now and then, a
 * damaged one (a tag left open, a stray end tag), so both rendering and its refusals are exercised.
 */
final class JinjaGenerator {
    private static final String[] VARIABLES = {
        "license", "language", "tags", "model_id", "n", "items", "card_data", "undefined_thing", "loop", "none", "x",
    };
    private static final String[] FILTERS = {
        "upper", "lower", "title", "trim", "length", "first", "last", "list", "sort", "unique", "reverse", "string",
        "int", "float", "e", "safe", "wordcount", "join(', ')", "default('d')", "replace('a', 'b')", "indent(2)",
        "center(9)", "truncate(5)", "batch(2)", "join", "abs", "round", "striptags", "capitalize", "tojson", "dictsort",
    };
    private static final String[] TEXT = {
        "# Model card for ", "\n", "---\n", "license: ", "text ", "## Section\n", "- item\n", "{", "}", "%", "`code`", "中文", "\r\n",
    };

    private final Random random;
    private int budget;

    JinjaGenerator(long seed) {
        this.random = new Random(seed);
    }

    String template() {
        budget = 20 + random.nextInt(120);
        StringBuilder b = new StringBuilder();
        if (random.nextInt(4) == 0) {
            b.append("---\n{{ card_data }}\n---\n");
        }
        block(b, 0);
        if (random.nextInt(10) == 0) {
            damage(b);
        }
        return b.toString();
    }

    private void block(StringBuilder b, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts && budget-- > 0; i++) {
            part(b, depth);
        }
    }

    private void part(StringBuilder b, int depth) {
        int choice = depth > 6 ? random.nextInt(3) : random.nextInt(10);
        String open = random.nextInt(5) == 0 ? "{%- " : "{% ";
        String close = random.nextInt(5) == 0 ? " -%}" : " %}";
        switch (choice) {
            case 0 -> b.append(TEXT[random.nextInt(TEXT.length)]);
            case 1, 2 -> b.append(random.nextInt(6) == 0 ? "{{- " : "{{ ").append(expr(0)).append(random.nextInt(6) == 0 ? " -}}" : " }}");
            case 3 -> {
                b.append(open).append("if ").append(expr(0)).append(close);
                block(b, depth + 1);
                if (random.nextBoolean()) {
                    b.append(open).append(random.nextBoolean() ? "else" : "elif " + expr(0)).append(close);
                    block(b, depth + 1);
                }
                b.append(open).append("endif").append(close);
            }
            case 4 -> {
                b.append(open).append("for x in ").append(expr(0));
                if (random.nextInt(4) == 0) {
                    b.append(" if x");
                }
                b.append(close);
                block(b, depth + 1);
                if (random.nextInt(4) == 0) {
                    b.append(open).append("else").append(close);
                    block(b, depth + 1);
                }
                b.append(open).append("endfor").append(close);
            }
            case 5 -> b.append(open).append("set x = ").append(expr(0)).append(close);
            case 6 -> b.append("{# ").append(TEXT[random.nextInt(TEXT.length)]).append(" #}");
            case 7 -> {
                b.append(open).append("macro m(a, b=1)").append(close);
                block(b, depth + 1);
                b.append(open).append("endmacro").append(close).append("{{ m(").append(expr(0)).append(") }}");
            }
            case 8 -> b.append("{% raw %}{{ not rendered }}{% endraw %}");
            default -> b.append("{{ ").append(VARIABLES[random.nextInt(VARIABLES.length)]).append(" | ")
                    .append(FILTERS[random.nextInt(FILTERS.length)]).append(" }}");
        }
    }

    private String expr(int depth) {
        int choice = depth > 4 ? random.nextInt(3) : random.nextInt(12);
        return switch (choice) {
            case 0 -> VARIABLES[random.nextInt(VARIABLES.length)];
            case 1 -> literal();
            case 2 -> VARIABLES[random.nextInt(VARIABLES.length)] + (random.nextBoolean() ? ".upper" : "[0]");
            case 3 -> expr(depth + 1) + " | " + FILTERS[random.nextInt(FILTERS.length)];
            case 4 -> expr(depth + 1) + " " + pick("+", "-", "*", "/", "//", "%", "~", "==", "!=", "<", ">=", "and", "or", "in", "not in", "is", "is not") + " " + expr(depth + 1);
            case 5 -> "(" + expr(depth + 1) + ")";
            case 6 -> "not " + expr(depth + 1);
            case 7 -> expr(depth + 1) + " if " + expr(depth + 1) + " else " + expr(depth + 1);
            case 8 -> "[" + expr(depth + 1) + ", " + expr(depth + 1) + "]";
            case 9 -> "{'k': " + expr(depth + 1) + "}";
            case 10 -> "range(" + random.nextInt(50) + ")";
            default -> expr(depth + 1) + " is " + pick("defined", "undefined", "none", "string", "number", "iterable", "sameas none");
        };
    }

    private String literal() {
        return pick("1", "0", "-3", "2.5", "'s'", "\"dq\"", "true", "false", "none", "None", "[]", "{}", "''", "'中文'", "1e3");
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private void damage(StringBuilder b) {
        switch (random.nextInt(4)) {
            case 0 -> b.append("{% if x %}");
            case 1 -> b.append("{% endfor %}");
            case 2 -> b.append("{{ ");
            default -> b.insert(random.nextInt(b.length() + 1), "{%");
        }
    }
}
