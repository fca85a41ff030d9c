package dev.cardwright.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Hub's vocabularies, shipped as resources under {@code dev/cardwright/vocab/} (each file
 * says in its header where it was made from): license ids, pipeline tags, library names and
 * ISO 639 language codes. Read once, then shared (immutable) by every thread; the editor's
 * pickers use the same lists.
 */
public final class Vocabulary {
    /** One entry: an id, its display name and, where the list has one, a third column (modality; Chinese name). */
    public record Term(String id, String name, String extra) {
    }

    /** A language: the code a card would use, its ISO 639-3 code, English and Simplified Chinese names. */
    public record Language(String code, String code3, String nameEn, String nameZh) {
    }

    private static final class Holder {
        static final Vocabulary INSTANCE = load();
    }

    private final Map<String, Term> licenses;
    private final Map<String, Term> pipelineTags;
    private final Map<String, Term> libraries;
    private final Map<String, Language> languages;
    private final List<Language> languageList;

    private Vocabulary(Map<String, Term> licenses, Map<String, Term> pipelineTags, Map<String, Term> libraries,
            Map<String, Language> languages, List<Language> languageList) {
        this.licenses = licenses;
        this.pipelineTags = pipelineTags;
        this.libraries = libraries;
        this.languages = languages;
        this.languageList = languageList;
    }

    /** The vocabularies shipped with the application. */
    public static Vocabulary hub() {
        return Holder.INSTANCE;
    }

    public Map<String, Term> licenses() { return licenses; }
    public Map<String, Term> pipelineTags() { return pipelineTags; }
    public Map<String, Term> libraries() { return libraries; }
    /** Every language, in the order of the list: ISO 639-1 code where there is one, else ISO 639-3/-2/-5. */
    public List<Language> languages() { return languageList; }

    /** A language by any of its codes (639-1, 639-2/B, 639-2/T, 639-3) or special value; case-sensitive, as the Hub is. */
    public Optional<Language> language(String code) {
        return Optional.ofNullable(languages.get(code));
    }

    private static Vocabulary load() {
        Map<String, Term> licenses = terms("licenses.tsv");
        Map<String, Term> tags = terms("pipeline-tags.tsv");
        Map<String, Term> libraries = terms("libraries.tsv");
        Map<String, Language> byCode = new HashMap<>(20_000);
        List<Language> list = new ArrayList<>(8_100);
        for (String[] row : rows("languages.tsv")) {
            // code3, code1, code2b, name_en, name_zh_CN
            String code1 = col(row, 1);
            Language lang = new Language(code1.isEmpty() ? row[0] : code1, row[0], col(row, 3), col(row, 4));
            list.add(lang);
            byCode.putIfAbsent(row[0], lang);
            if (!code1.isEmpty()) {
                byCode.putIfAbsent(code1, lang);
            }
            if (!col(row, 2).isEmpty()) {
                byCode.putIfAbsent(col(row, 2), lang);
            }
        }
        return new Vocabulary(licenses, tags, libraries, Collections.unmodifiableMap(byCode), Collections.unmodifiableList(list));
    }

    private static Map<String, Term> terms(String file) {
        Map<String, Term> map = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            map.put(row[0], new Term(row[0], col(row, 1), col(row, 2)));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String col(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    /** The data rows of a resource: comment lines ({@code #}) and the column header skipped. */
    private static List<String[]> rows(String file) {
        String resource = "/dev/cardwright/vocab/" + file;
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case ASCII, for forgiving look-ups that produce suggestions (never for acceptance). */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
