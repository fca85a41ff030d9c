package dev.cardwright.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Sentences translated before, offered again: source → translation pairs from every confirmed or
 * approved section, looked up by exact and fuzzy match. The similarity is one minus the edit
 * distance (in characters, after collapsing whitespace and case) over the longer length, so
 * "The model was trained on 3 GPUs." and "… on 4 GPUs." are 97% alike and a sentence half
 * rewritten about 50%. Kept in a file of its own, one pair a line, tab-separated.
 */
public final class TranslationMemory {
    /** Below this a suggestion costs the translator more reading than it saves. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    static final String FILE_NAME = "translation-memory.tsv";

    /** One stored pair. */
    public record Entry(String sourceLanguage, String targetLanguage, String source, String target) {
    }

    /** A suggestion: the stored pair and how alike its source is to the sentence looked up (1 = the same). */
    public record Match(Entry entry, double score) {
        public boolean exact() {
            return score >= 1.0;
        }
    }

    /** By language pair and normalized source: the latest translation of a sentence wins. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Path file;

    private TranslationMemory(Path file) {
        this.file = file;
    }

    /** A memory that lives only as long as the object (tests; a view opened without a data folder). */
    public static TranslationMemory inMemory() {
        return new TranslationMemory(null);
    }

    /** The memory stored in {@code folder}, empty when there is no file yet; lines it cannot read are skipped. */
    public static TranslationMemory load(Path folder) throws IOException {
        TranslationMemory m = new TranslationMemory(folder.resolve(FILE_NAME));
        if (Files.isRegularFile(m.file)) {
            for (String line : Files.readAllLines(m.file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4 && !line.startsWith("#")) {
                    m.put(new Entry(unescape(f[0]), unescape(f[1]), unescape(f[2]), unescape(f[3])));
                }
            }
        }
        return m;
    }

    /**
     * Where the memory is kept: {@code -Dcardwright.data=DIR}, else {@code $XDG_DATA_HOME/cardwright},
     * else {@code ~/.local/share/cardwright}.
     */
    public static Path dataFolder() {
        String configured = System.getProperty("cardwright.data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cardwright");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "cardwright");
    }

    public int size() {
        return entries.size();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Adds one pair; a later translation of the same source sentence replaces the earlier one. */
    public void add(String sourceLanguage, String targetLanguage, String source, String target) {
        if (source.isBlank() || target.isBlank()) {
            return;
        }
        put(new Entry(sourceLanguage, targetLanguage, collapse(source), collapse(target)));
    }

    /** Adds the sentences of one section's translation. */
    public void addSection(String sourceLanguage, String targetLanguage, String sourceText, String translation) {
        for (String[] p : Sentences.pairs(sourceText, translation)) {
            add(sourceLanguage, targetLanguage, p[0], p[1]);
        }
    }

    /** Adds every translated or approved section of a card (what a translator has stood behind). */
    public void addCard(Card card) {
        String sourceLanguage = SourceLanguage.of(card);
        for (Translation t : card.getTranslations()) {
            for (Map.Entry<String, TranslatedSection> e : t.getSections().entrySet()) {
                TranslatedSection ts = e.getValue();
                String source = Fingerprint.sourceText(card, e.getKey());
                if (source != null && (ts.getStatus() == TranslationStatus.TRANSLATED || ts.getStatus() == TranslationStatus.APPROVED)
                        // no fingerprint: written by hand or another tool, taken to be of the current source (as TranslationTracker does)
                        && (ts.getSourceFingerprint().isBlank() || Fingerprint.of(source).equals(ts.getSourceFingerprint()))) {
                    addSection(sourceLanguage, t.getLanguage(), source, ts.getHeading() + ts.getText());
                }
            }
        }
    }

    /** Adds the card sources ({@code *.card.yaml}) in a folder and below it; one that cannot be read is skipped. Returns how many were read. */
    public int addFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> cards;
        try (Stream<Path> walk = Files.walk(folder, 4)) {
            cards = walk.filter(Files::isRegularFile).filter(CardSourceFile::isCardSource).sorted().toList();
        }
        int read = 0;
        for (Path p : cards) {
            try {
                addCard(CardSourceFile.read(p));
                read++;
            } catch (IOException | RuntimeException e) {
                // a broken card elsewhere must not keep this one's memory from working
            }
        }
        return read;
    }

    /**
     * The stored translations of sentences like {@code sentence} from one language into another,
     * best first (ties: the shorter difference in length, then the latest stored), at most
     * {@code limit}, none below {@code threshold}.
     */
    public List<Match> lookup(String sourceLanguage, String targetLanguage, String sentence, double threshold, int limit) {
        String wanted = collapse(sentence);
        String key = normalize(wanted);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        List<Entry> all = new ArrayList<>(entries.values());
        for (int i = all.size() - 1; i >= 0; i--) { // latest first, so a stable sort keeps it first among equals
            Entry e = all.get(i);
            if (!sameLanguage(e.sourceLanguage(), sourceLanguage) || !sameLanguage(e.targetLanguage(), targetLanguage)) {
                continue;
            }
            double score = e.source().equals(wanted) ? 1.0 : similarity(key, normalize(e.source()), threshold);
            if (score >= threshold) {
                out.add(new Match(e, score));
            }
        }
        out.sort(Comparator.comparingDouble((Match m) -> -m.score())
                .thenComparingInt(m -> Math.abs(m.entry().source().length() - wanted.length())));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Writes the memory to its file (atomically); a memory without a file does nothing. */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("# Cardwright translation memory: source language, target language, source, translation\n");
        for (Entry e : entries.values()) {
            sb.append(escape(e.sourceLanguage())).append('\t').append(escape(e.targetLanguage())).append('\t')
                    .append(escape(e.source())).append('\t').append(escape(e.target())).append('\n');
        }
        Files.createDirectories(file.getParent());
        AtomicWrite.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One minus the edit distance over the longer length, in [0, 1]; 0 straight away when the
     * lengths alone put it under {@code floor} (the distance is at least their difference).
     */
    static double similarity(String a, String b, double floor) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        if ((double) Math.min(x.length, y.length) / longer < floor) {
            return 0;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[y.length] / longer;
    }

    /** {@code zh} and {@code zh-CN} are one language here; {@code zh-TW} and {@code zh-Hant} another. */
    static boolean sameLanguage(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        if (Glossary.isSimplifiedChinese(a) && Glossary.isSimplifiedChinese(b)) {
            return true;
        }
        String pa = a.split("-")[0].toLowerCase(Locale.ROOT);
        String pb = b.split("-")[0].toLowerCase(Locale.ROOT);
        return pa.equals(pb) && !pa.equals("zh");
    }

    private void put(Entry e) {
        String key = e.sourceLanguage().toLowerCase(Locale.ROOT) + "\t" + e.targetLanguage().toLowerCase(Locale.ROOT) + "\t" + e.source();
        entries.remove(key); // re-added at the end: the latest
        entries.put(key, e);
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String normalize(String s) {
        return collapse(s).toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
