package dev.cardwright.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.validate.Rule;

/**
 * An English ⇄ Simplified Chinese glossary of model-card terms: Cardwright's built-in one (a
 * resource written for Cardwright) and, merged over it, a user's own file in the same format.
 *
 * <p>File format, one term a line, tab-separated, {@code #} starts a comment line:
 * {@code English term TAB preferred Chinese TAB other accepted Chinese (|-separated) TAB English
 * variants (|-separated)}. The last two columns may be empty or missing. A user's line for an
 * English term the built-in glossary has replaces the built-in line.
 *
 * <p>English is matched ignoring case, on word boundaries, with the plural forms -s, -es and
 * -ies, and any run of whitespace where the term has a space (a term may wrap). Chinese is matched
 * as a substring. Where terms overlap the longest wins ("bias, risks, and limitations" over
 * "bias").
 */
public final class Glossary {
    private static final String BUILT_IN = "/dev/cardwright/glossary/model-card.en-zh-CN.tsv";
    /** Letters that continue an English word: any letter but those of scripts written without spaces. */
    private static final String WORD_LETTER = "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";
    private static volatile Glossary builtIn;

    /** One entry. {@code zh} is the preferred rendering, {@code zhAccepted} includes it first. */
    public record Term(String en, String zh, List<String> zhAccepted, List<String> enAccepted, boolean headingOnly) {
        public Term {
            zhAccepted = List.copyOf(zhAccepted);
            enAccepted = List.copyOf(enAccepted);
        }

        public Term(String en, String zh, List<String> zhAccepted, List<String> enAccepted) {
            this(en, zh, zhAccepted, enAccepted, false);
        }

        /** The accepted forms in a language: English or Chinese. */
        public List<String> forms(boolean chinese) {
            return chinese ? zhAccepted : enAccepted;
        }

        /** The preferred form in a language. */
        public String preferred(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    /** A glossary term found in a text, at {@code [start, end)}. */
    public record Match(Term term, int start, int end) {
    }

    /**
     * A source term the translation renders differently: none of the accepted renderings occurs in
     * the translated text. {@code start}/{@code end} locate the term in the source text.
     */
    public record Issue(Term term, String sourceForm, String expected, List<String> accepted, int start, int end) {
        /** The finding in English (the command line's language). */
        public String message() {
            return Rule.GLOSSARY_TERM.message(arguments());
        }

        /** The finding in a locale's language (the editor's). */
        public String message(Locale locale) {
            return Rule.GLOSSARY_TERM.message(locale, arguments());
        }

        public Object[] arguments() {
            return new Object[] {sourceForm, expected,
                    accepted.size() > 1 ? " (or " + String.join(", ", accepted.subList(1, accepted.size())) + ")" : ""};
        }
    }

    private final Map<String, Term> terms;
    private final Pattern english;
    private final Pattern chinese;
    private final Map<String, Term> byForm = new LinkedHashMap<>();
    private final Map<Term, Glossary> withoutCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Term, Pattern> englishFormCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Glossary(Map<String, Term> terms) {
        this.terms = Map.copyOf(terms);
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Term t : terms.values()) {
            for (String f : t.enAccepted()) {
                byForm.putIfAbsent(f.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), t);
                en.add(f);
            }
            for (String f : t.zhAccepted()) {
                byForm.putIfAbsent(f, t);
                zh.add(f);
            }
        }
        this.english = englishPattern(en);
        this.chinese = chinesePattern(zh);
    }

    private static Pattern englishPattern(List<String> forms) {
        // Java's alternation takes the first alternative that matches, so longest first = longest match
        String alternation = forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(f -> {
                    String stem = Pattern.quote(f).replace(" ", "\\E\\s+\\Q");
                    return f.endsWith("y") && f.length() > 2
                            ? "(?:" + stem + "|" + Pattern.quote(f.substring(0, f.length() - 1)) + "ies)"
                            : stem + "(?:e?s)?";
                })
                .collect(Collectors.joining("|"));
        // Chinese writers often put an English word straight against Han characters (风险和mitigation进行):
        // a CJK character is a word boundary, as a space would be
        return Pattern.compile("(?<![" + WORD_LETTER + "\\p{N}_-])(?:" + alternation + ")(?![" + WORD_LETTER + "\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern chinesePattern(List<String> forms) {
        String alternation = forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile(alternation.isEmpty() ? "(?!)" : alternation, Pattern.CASE_INSENSITIVE);
    }

    /** Cardwright's built-in glossary. */
    public static Glossary builtIn() {
        Glossary g = builtIn;
        if (g == null) {
            try (InputStream in = Glossary.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN);
                }
                g = new Glossary(parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = g;
        }
        return g;
    }

    /** The built-in glossary with a user's file merged over it. */
    public static Glossary withUserFile(Path userFile) throws IOException {
        Map<String, Term> all = new LinkedHashMap<>(builtIn().terms);
        try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            all.putAll(parse(r, userFile.toString()));
        }
        return new Glossary(all);
    }

    /** A glossary of just these lines (tests, and the user's own glossary pane). */
    public static Glossary of(String tsv) {
        try {
            return new Glossary(parse(new java.io.StringReader(tsv), "<glossary>"));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Map<String, Term> parse(Reader reader, String file) throws IOException {
        Map<String, Term> out = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                int col = cols.length < 2 ? line.length() + 1 : (cols[0].isBlank() ? 1 : cols[0].length() + 2);
                throw new CardFormatException(file, number, col,
                        "a glossary line needs an English term and a Chinese term separated by a tab");
            }
            String en = cols[0].strip();
            String zh = cols[1].strip();
            List<String> zhForms = new ArrayList<>(List.of(zh));
            List<String> enForms = new ArrayList<>(List.of(en));
            if (cols.length > 2) {
                split(cols[2]).stream().filter(f -> !zhForms.contains(f)).forEach(zhForms::add);
            }
            if (cols.length > 3) {
                split(cols[3]).stream().filter(f -> !enForms.contains(f)).forEach(enForms::add);
            }
            boolean headingOnly = false;
            if (cols.length > 4 && !cols[4].isBlank()) {
                if (!cols[4].strip().equals("heading")) {
                    throw new CardFormatException(file, number, line.length() - cols[4].length() + 1,
                            "the fifth column of a glossary line may only say 'heading' (match in headings only), not '"
                                    + cols[4].strip() + "'");
                }
                headingOnly = true;
            }
            out.put(en.toLowerCase(Locale.ROOT), new Term(en, zh, zhForms, enForms, headingOnly));
        }
        return out;
    }

    private static List<String> split(String column) {
        List<String> out = new ArrayList<>();
        for (String s : column.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public int size() {
        return terms.size();
    }

    public List<Term> terms() {
        return terms.values().stream().sorted(Comparator.comparing(t -> t.en().toLowerCase(Locale.ROOT))).toList();
    }

    public Optional<Term> term(String english) {
        return Optional.ofNullable(terms.get(english.toLowerCase(Locale.ROOT)));
    }

    /** Whether a BCP 47 tag is written in Simplified Chinese (zh, zh-CN, zh-Hans, zh-SG …). */
    public static boolean isSimplifiedChinese(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.equals("zh") || t.startsWith("zh-") && !t.contains("hant") && !t.endsWith("-tw")
                && !t.endsWith("-hk") && !t.endsWith("-mo");
    }

    /** Whether a BCP 47 tag is English. */
    public static boolean isEnglish(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.equals("en") || t.startsWith("en-");
    }

    /** Whether this glossary can check translations from one language into the other. */
    public static boolean covers(String sourceLanguage, String targetLanguage) {
        return isEnglish(sourceLanguage) && isSimplifiedChinese(targetLanguage)
                || isSimplifiedChinese(sourceLanguage) && isEnglish(targetLanguage);
    }

    /** The glossary terms in a text of a language (English or Chinese), longest match first, in text order. */
    public List<Match> find(String text, String language) {
        boolean zh = isSimplifiedChinese(language);
        if (!zh && !isEnglish(language)) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        Matcher m = (zh ? chinese : english).matcher(text);
        while (m.find()) {
            Term t = termForMatch(m.group(), zh);
            if (t != null && (!t.headingOnly() || inHeading(text, m.start()))) {
                out.add(new Match(t, m.start(), m.end()));
            }
        }
        return out;
    }

    /** Whether an offset is on a Markdown ATX heading line. */
    private static boolean inHeading(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int i = start;
        while (i < text.length() && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '#';
    }

    private Term termForMatch(String found, boolean zh) {
        if (zh) {
            Term t = byForm.get(found);
            return t != null ? t : byForm.get(found.toLowerCase(Locale.ROOT));
        }
        String key = found.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Term t = byForm.get(key);
        if (t == null && key.endsWith("ies")) {
            t = byForm.get(key.substring(0, key.length() - 3) + "y");
        }
        if (t == null && key.endsWith("es")) {
            t = byForm.get(key.substring(0, key.length() - 2));
        }
        if (t == null && key.endsWith("s")) {
            t = byForm.get(key.substring(0, key.length() - 1));
        }
        return t;
    }

    /**
     * The terms of a source text that its translation renders differently. A term counts as
     * rendered when one of its accepted forms occurs anywhere in the translation; a long term (a
     * heading such as "Bias, Risks, and Limitations") also counts when each shorter term inside it
     * is rendered. Text that must not be translated (code, URLs) is not checked.
     */
    public List<Issue> check(String source, String sourceLanguage, String translation, String targetLanguage) {
        if (!covers(sourceLanguage, targetLanguage)) {
            return List.of();
        }
        boolean targetZh = isSimplifiedChinese(targetLanguage);
        String checkedSource = DoNotTranslate.mask(source);
        List<Issue> issues = new ArrayList<>();
        java.util.Set<Term> reported = new java.util.HashSet<>();
        for (Match m : find(checkedSource, sourceLanguage)) {
            if (reported.contains(m.term()) || rendered(m, checkedSource, sourceLanguage, translation, targetZh)) {
                continue;
            }
            reported.add(m.term());
            Term t = m.term();
            issues.add(new Issue(t, source.substring(m.start(), m.end()), t.preferred(targetZh), t.forms(targetZh),
                    m.start(), m.end()));
        }
        return issues;
    }

    private boolean rendered(Match m, String source, String sourceLanguage, String translation, boolean targetZh) {
        if (occurs(m.term(), translation, targetZh)) {
            return true;
        }
        // shorter terms inside this one: look for them in the term's text with its own forms hidden
        String inner = source.substring(m.start(), m.end());
        List<Match> parts = new ArrayList<>();
        for (Match p : find(inner, sourceLanguage)) {
            if (p.term() != m.term()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            Glossary without = without(m.term());
            parts = without.find(inner, sourceLanguage);
        }
        return !parts.isEmpty() && parts.stream().allMatch(p -> occurs(p.term(), translation, targetZh));
    }

    private Glossary without(Term term) {
        return withoutCache.computeIfAbsent(term, t -> {
            Map<String, Term> rest = new LinkedHashMap<>(terms);
            rest.values().remove(t);
            return new Glossary(rest);
        });
    }

    private boolean occurs(Term term, String translation, boolean targetZh) {
        if (targetZh) {
            String folded = translation.toLowerCase(Locale.ROOT);
            // accepted renderings may be Latin ("token" among the Chinese forms of token): case does not matter
            return term.zhAccepted().stream().anyMatch(f -> folded.contains(f.toLowerCase(Locale.ROOT)))
                    // a term kept in English inside Chinese text (BERT, Transformer) is not a different rendering
                    || englishForms(term).matcher(translation).find();
        }
        return englishForms(term).matcher(translation).find();
    }

    private Pattern englishForms(Term term) {
        return englishFormCache.computeIfAbsent(term, t -> englishPattern(t.enAccepted()));
    }
}
