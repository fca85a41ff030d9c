package dev.cardwright.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.yaml.PyYamlEmitter;

/**
 * huggingface_hub's {@code ModelCard.from_template} / {@code DatasetCard.from_template}, step by
 * step, so that the same template and values give the same README byte for byte:
 * <ol>
 *   <li>build the card data ({@link HubCardData}) and expose each of its keys, then the extra
 *       variables (which win), plus {@code card_data} = its YAML dump;</li>
 *   <li>render the template ({@link TemplateRenderer});</li>
 *   <li>find the front matter again with the reference's regular expression, read it with
 *       PyYAML's rules, rebuild the card data from it and write the card as {@code RepoCard.__str__}
 *       does: {@code ---}, the re-dumped YAML, {@code ---}, then the body unchanged, all joined
 *       with the line ending detected in the rendered text.</li>
 * </ol>
 */
public final class CardRenderer {
    /** huggingface_hub's REGEX_YAML_BLOCK (repocard.py, 2.0.0); UNIX_LINES so that {@code $} means what it means in Python. */
    static final Pattern YAML_BLOCK = Pattern.compile(
            "^(\\s*---(?:\\r\\n|\\r|\\n))([\\S\\s]*?)((?:\\r\\n|\\r|\\n)---[ \\t]*(\\r\\n|\\n|$))",
            Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);

    private CardRenderer() {
    }

    /** Renders a card from values in the shape of the fixtures' {@code case.json}. */
    public static String render(String template, String templateFile, RenderValues values) throws CardFormatException {
        try {
            return render(values.cardType(), template, templateFile, values.cardData(), values.kwargs());
        } catch (CardFormatException e) {
            if (e.getMessage().startsWith(METADATA_PREFIX) && e.file() != null && e.file().equals(templateFile)) {
                throw new CardFormatException(values.file(), 1, 1, e.getMessage().substring(METADATA_PREFIX.length()));
            }
            throw e;
        }
    }

    private static final String METADATA_PREFIX = "card data: ";

    public static String render(String cardType, String template, String templateFile,
                                Map<String, ?> cardData, Map<String, ?> kwargs) throws CardFormatException {
        HubCardData data;
        try {
            data = HubCardData.of(cardType, cardData);
        } catch (HubCardData.MetadataException e) {
            throw new CardFormatException(templateFile, 1, 1, METADATA_PREFIX + e.getMessage());
        }
        Map<String, Object> dict = data.toDict(null);
        Map<String, Object> variables = new LinkedHashMap<>(dict);
        variables.putAll(kwargs);
        variables.put("card_data", pythonStrip(PyYamlEmitter.dump(dict)));
        String content = TemplateRenderer.render(template, variables, templateFile);
        return reformat(cardType, content, templateFile);
    }

    /** {@code str(RepoCard(content))}: the card text with its metadata block re-dumped as huggingface_hub writes it. */
    static String reformat(String cardType, String content, String file) throws CardFormatException {
        Matcher m = YAML_BLOCK.matcher(content);
        Map<String, Object> loaded = new LinkedHashMap<>();
        String text = content;
        if (m.find()) {
            text = content.substring(m.end());
            Object parsed;
            try {
                parsed = PyYamlSafeLoad.load(m.group(2));
            } catch (YamlEngineException e) {
                int line = lineOf(content, m.start(2));
                int col = 1;
                String message = e.getMessage();
                if (e instanceof MarkedYamlEngineException me && me.getProblemMark().isPresent()) {
                    line += me.getProblemMark().get().getLine();
                    col = me.getProblemMark().get().getColumn() + 1;
                    message = me.getProblem();
                }
                throw new CardFormatException(file, line, col, "rendered front matter is not valid YAML: " + firstLine(message));
            }
            String unhashable = unhashableKey(parsed);
            if (unhashable != null) {
                // PyYAML builds Python dicts, which cannot have a mapping or a list as a key
                throw new CardFormatException(file, lineOf(content, m.start(2)), 1,
                        "rendered front matter has a mapping or list as a key: " + unhashable);
            }
            if (parsed instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String k)) {
                        throw new CardFormatException(file, lineOf(content, m.start(2)), 1,
                                "rendered front matter has a key that is not a string: " + PythonRepr.repr(e.getKey()));
                    }
                    loaded.put(k, e.getValue());
                }
            } else if (parsed != null) {
                throw new CardFormatException(file, lineOf(content, m.start(2)), 1, "repo card metadata block should be a dict");
            }
        }
        HubCardData data;
        try {
            data = HubCardData.of(cardType, loaded);
        } catch (HubCardData.MetadataException e) {
            throw new CardFormatException(file, 1, 1, "rendered metadata: " + e.getMessage());
        }
        List<String> originalOrder = new ArrayList<>(loaded.keySet());
        String lineBreak = detectLineEnding(content);
        String yaml = pythonStrip(PyYamlEmitter.dump(data.toDict(originalOrder), lineBreak));
        return "---" + lineBreak + yaml + lineBreak + "---" + lineBreak + text;
    }

    private static String unhashableKey(Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() instanceof Map<?, ?> || e.getKey() instanceof List<?>) {
                    return PythonRepr.repr(e.getKey());
                }
                String inner = unhashableKey(e.getValue());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (value instanceof List<?> l) {
            for (Object x : l) {
                String inner = unhashableKey(x);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** {@code _detect_line_ending}, defaulting to LF as {@code RepoCard.content} does. */
    static String detectLineEnding(String content) {
        int cr = 0;
        int lf = 0;
        int crlf = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\r') {
                cr++;
                if (i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    crlf++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (cr + lf == 0) {
            return "\n";
        }
        if (crlf == cr && crlf == lf) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }

    /** Python's {@code str.strip()}: removes Unicode whitespace (str.isspace) from both ends. */
    static String pythonStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || (c >= 0x1C && c <= 0x1F);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
