package dev.cardwright.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.validate.Rule;
import java.util.stream.Collectors;

/**
 * The parts of a card's Markdown that a translation must carry over unchanged: fenced code
 * blocks, inline code, BibTeX entries, URLs, model ids ({@code owner/name}) and license ids.
 * {@link #compare} lists what a translation lost, added or changed.
 *
 * <p>Items are found in that order and each is hidden before the next kind is looked for, so a
 * URL inside a code block is part of the block and a model id inside a URL is part of the URL.
 */
public final class DoNotTranslate {
    public enum Kind {
        CODE_BLOCK("code block"), INLINE_CODE("inline code"), BIBTEX("BibTeX entry"), URL("URL"),
        MODEL_ID("model id"), LICENSE_ID("license id");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One protected piece of text at {@code [start, end)}. */
    public record Item(Kind kind, String text, int start, int end) {
    }

    /** What the translation did to a protected piece: dropped it, added one, or changed a code block. */
    public enum Problem { MISSING, ADDED, CHANGED }

    /** A finding: {@code rule} and {@code arguments} make its message in any language ({@link #message(Locale)}). */
    public record Issue(Kind kind, Problem problem, String text, Rule rule, List<Object> arguments) {
        Issue(Kind kind, Problem problem, String text, Rule rule, Object... arguments) {
            this(kind, problem, text, rule, List.of(arguments));
        }

        /** The finding in English (the command line's language). */
        public String message() {
            return rule.message(arguments.toArray());
        }

        /** The finding in a locale's language (the editor's). */
        public String message(Locale locale) {
            return rule.message(locale, arguments.toArray());
        }
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)([^`\\n]|[^`\\n][\\s\\S]*?[^`])\\1(?!`)");
    private static final Pattern BIBTEX_START = Pattern.compile(
            "@(article|inproceedings|incollection|misc|book|inbook|techreport|phdthesis|mastersthesis|proceedings|unpublished|online|software|manual)\\s*\\{",
            Pattern.CASE_INSENSITIVE);
    // stops at whitespace, brackets, quotes and CJK punctuation, which end a URL in running Chinese text
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`\\u3000-\\u303F\\uFF00-\\uFFEF]+");
    private static final Pattern MODEL_ID = Pattern.compile(
            "(?<![\\w./@-])([A-Za-z0-9][\\w.-]*)/([A-Za-z0-9][\\w.-]*[A-Za-z0-9])(?![\\w/-])");
    private static final Set<String> FILE_ENDINGS = Set.of("md", "py", "json", "txt", "yaml", "yml", "sh",
            "png", "jpg", "jpeg", "gif", "svg", "pdf", "html", "ipynb", "bin", "safetensors", "gguf", "toml", "cfg");
    private static final Pattern LICENSE_ID = licensePattern();

    private DoNotTranslate() {
    }

    private static Pattern licensePattern() {
        String resource = "/dev/cardwright/glossary/license-ids.txt";
        try (InputStream in = DoNotTranslate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> ids = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            String alternation = ids.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            return Pattern.compile("(?<![\\w.-])(?:" + alternation + ")(?![\\w+-]|\\.\\d)", Pattern.CASE_INSENSITIVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every protected piece of a Markdown text, in text order. */
    public static List<Item> find(String markdown) {
        List<Item> items = new ArrayList<>();
        char[] masked = markdown.toCharArray();
        codeBlocks(markdown, items, masked);
        byPattern(INLINE_CODE, Kind.INLINE_CODE, items, masked);
        bibtex(items, masked, markdown);
        byPattern(URL, Kind.URL, items, masked);
        modelIds(items, masked);
        byPattern(LICENSE_ID, Kind.LICENSE_ID, items, masked);
        items.sort(Comparator.comparingInt(Item::start));
        return items;
    }

    /** The text with every protected piece blanked out (line breaks kept, so offsets still match). */
    public static String mask(String markdown) {
        char[] out = markdown.toCharArray();
        for (Item item : find(markdown)) {
            blank(out, item.start(), item.end());
        }
        return new String(out);
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }

    private static void codeBlocks(String text, List<Item> items, char[] masked) {
        int pos = 0;
        int openStart = -1;
        String fence = null;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, eol < 0 ? text.length() : eol);
            Matcher m = FENCE.matcher(line);
            if (fence == null) {
                // a backtick fence's info string may not contain a backtick (CommonMark 4.5)
                if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
                    fence = m.group(1);
                    openStart = pos;
                }
            } else if (m.matches() && m.group(1).charAt(0) == fence.charAt(0)
                    && m.group(1).length() >= fence.length() && m.group(2).isBlank()) {
                add(items, masked, Kind.CODE_BLOCK, text, openStart, next);
                fence = null;
            }
            pos = next;
        }
        if (fence != null) {
            add(items, masked, Kind.CODE_BLOCK, text, openStart, text.length()); // unclosed: runs to the end
        }
    }

    private static void bibtex(List<Item> items, char[] masked, String text) {
        Matcher m = BIBTEX_START.matcher(new String(masked));
        int from = 0;
        while (m.find(from)) {
            int depth = 0;
            int end = -1;
            for (int i = m.end() - 1; i < masked.length; i++) {
                if (masked[i] == '{') {
                    depth++;
                } else if (masked[i] == '}' && --depth == 0) {
                    end = i + 1;
                    break;
                }
            }
            if (end < 0) {
                break;
            }
            add(items, masked, Kind.BIBTEX, text, m.start(), end);
            from = end;
        }
    }

    private static void byPattern(Pattern p, Kind kind, List<Item> items, char[] masked) {
        String current = new String(masked);
        Matcher m = p.matcher(current);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            int end = m.end();
            if (kind == Kind.URL) {
                while (end > m.start() && ".,;:!?*_".indexOf(current.charAt(end - 1)) >= 0) {
                    end--; // sentence punctuation and Markdown emphasis after a URL are not part of it
                }
            }
            spans.add(new int[] {m.start(), end});
        }
        for (int[] s : spans) {
            add(items, masked, kind, current, s[0], s[1]);
        }
    }

    private static void modelIds(List<Item> items, char[] masked) {
        String current = new String(masked);
        Matcher m = MODEL_ID.matcher(current);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            String owner = m.group(1);
            String name = m.group(2);
            String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            boolean letters = owner.chars().anyMatch(Character::isLetter) && name.chars().anyMatch(Character::isLetter);
            // "and/or", "CPU/GPU" and "input/output" are prose: a model id's name has a digit, a
            // hyphen, a dot or an underscore ("chatglm-6b", "bge_m3", "Yi-1.5"), or mixed case
            boolean idLike = name.chars().anyMatch(c -> Character.isDigit(c) || c == '-' || c == '.' || c == '_')
                    || (!name.equals(name.toLowerCase(Locale.ROOT)) && !name.equals(name.toUpperCase(Locale.ROOT)));
            if (letters && idLike && !FILE_ENDINGS.contains(ending)) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        for (int[] s : spans) {
            add(items, masked, Kind.MODEL_ID, current, s[0], s[1]);
        }
    }

    private static void add(List<Item> items, char[] masked, Kind kind, String text, int start, int end) {
        items.add(new Item(kind, text.substring(start, end), start, end));
        blank(masked, start, end);
    }

    /** How a protected piece is compared: code by its lines without trailing spaces, the rest exactly. */
    static String normalized(Item item) {
        String t = item.text().replace("\r\n", "\n").replace('\r', '\n');
        if (item.kind() == Kind.CODE_BLOCK || item.kind() == Kind.BIBTEX) {
            return t.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
        }
        return item.kind() == Kind.LICENSE_ID ? t.toLowerCase(Locale.ROOT) : t;
    }

    /**
     * What the translation lost, added or changed. Code blocks are paired in order when both sides
     * have the same number of them, so a block whose comments were translated shows as changed;
     * otherwise, and for every other kind, the pieces are compared as multisets.
     */
    public static List<Issue> compare(String source, String translation) {
        List<Item> src = find(source);
        List<Item> dst = find(translation);
        List<Issue> issues = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Item> a = src.stream().filter(i -> i.kind() == kind).toList();
            List<Item> b = dst.stream().filter(i -> i.kind() == kind).toList();
            if (kind == Kind.CODE_BLOCK && a.size() == b.size()) {
                for (int i = 0; i < a.size(); i++) {
                    if (!normalized(a.get(i)).equals(normalized(b.get(i)))) {
                        issues.add(new Issue(kind, Problem.CHANGED, a.get(i).text(), Rule.CODE_BLOCK_CHANGED,
                                firstDifference(i + 1, a.get(i), b.get(i))));
                    }
                }
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            a.forEach(i -> counts.merge(normalized(i), 1, Integer::sum));
            List<Item> added = new ArrayList<>();
            for (Item i : b) {
                if (counts.merge(normalized(i), -1, Integer::sum) < 0) {
                    added.add(i);
                }
            }
            for (Item i : a) {
                String key = normalized(i);
                if (counts.getOrDefault(key, 0) > 0) {
                    counts.merge(key, -1, Integer::sum);
                    issues.add(new Issue(kind, Problem.MISSING, i.text(), Rule.PROTECTED_MISSING, kind.label(), shorten(i.text())));
                }
            }
            for (Item i : added) {
                issues.add(new Issue(kind, Problem.ADDED, i.text(), Rule.PROTECTED_ADDED, kind.label(), shorten(i.text())));
            }
        }
        return issues;
    }

    /** The arguments of {@link Rule#CODE_BLOCK_CHANGED}: block number, line number, source line, translated line. */
    private static Object[] firstDifference(int block, Item a, Item b) {
        List<String> x = normalized(a).lines().toList();
        List<String> y = normalized(b).lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String l = i < x.size() ? x.get(i) : "";
            String r = i < y.size() ? y.get(i) : "";
            if (!l.equals(r)) {
                return new Object[] {block, i + 1, shorten(l), shorten(r)};
            }
        }
        return new Object[] {block, Math.max(x.size(), 1), "", ""};
    }

    private static String shorten(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
