package dev.cardwright.ui.metadata;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Colours YAML source: keys, comments, quoted strings, list dashes. */
public final class YamlHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>(?:^|(?<=\\s))#[^\\n]*)"
            + "|(?<key>^[ \\t]*(?:- )?[^\\s#:'\"\\-][^:#\\n]*?(?=:(?:\\s|$)))"
            + "|(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')"
            + "|(?<dash>^[ \\t]*-(?=\\s))",
            Pattern.MULTILINE);

    private YamlHighlighter() {
    }

    public static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = m.group("comment") != null ? "yaml-comment"
                    : m.group("key") != null ? "yaml-key"
                    : m.group("string") != null ? "yaml-string" : "yaml-dash";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }
}
