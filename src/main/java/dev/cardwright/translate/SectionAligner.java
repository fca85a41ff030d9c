package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

/**
 * Pairs the sections of a card with those of its translation, for importing a hand-made
 * {@code README_zh.md}. Translations found in repositories drift: sections are missing on either
 * side, added, merged, or moved one level up or down. The pairing therefore keeps the order of both
 * cards (a monotonic alignment, computed by dynamic programming over the two flattened section
 * lists) and scores every candidate pair by the evidence it has:
 *
 * <ul>
 * <li><b>heading</b>: the same title; or the same glossary concepts ("CPU Deployment" and
 *     "CPU 部署" both name CPU and {@code deployment}); or the same schema id, through the
 *     localized aliases of the template schema (the {@code headingIds} function);</li>
 * <li><b>anchors</b>: text that translations do not touch and that both sections contain — code
 *     lines (comments left out, they are often translated), URLs, model ids — and, weaker,
 *     numbers (benchmark tables);</li>
 * <li><b>shape</b>: heading level and relative position.</li>
 * </ul>
 *
 * A pair needs a score of {@link #THRESHOLD}. Afterwards, a run of unpaired sections lying between
 * two pairs is paired one to one when both runs have the same length and levels (a section whose
 * heading we could not read but whose place is certain). What is left is reported as unpaired.
 */
public final class SectionAligner {
    static final double THRESHOLD = 1.5;
    /** What two sections out of order must score on their evidence alone (a same title or schema id at the same level, or more). */
    static final double REORDERED_THRESHOLD = 3.5;

    /** Two paired sections, with the score and what it rests on. */
    public record Pair(Section source, Section target, double score, String evidence) {
    }

    /** The result: pairs in source order, and the sections of each side that found no partner. */
    public record Alignment(List<Pair> pairs, List<Section> unpairedSource, List<Section> unpairedTarget) {
        public Alignment {
            pairs = List.copyOf(pairs);
            unpairedSource = List.copyOf(unpairedSource);
            unpairedTarget = List.copyOf(unpairedTarget);
        }

        public Optional<Section> targetOf(Section source) {
            return pairs.stream().filter(p -> p.source() == source).map(Pair::target).findFirst();
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`\\u3000-\\u303F\\uFF00-\\uFFEF]+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:[.,]\\d+)+|(?<![\\w.])\\d{3,}(?![\\w])");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*|\\d+(?:\\.\\d+)?[A-Za-z]*");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "of", "a", "an", "to", "in", "on", "for", "with",
            "by", "your", "how", "is", "are", "from", "use", "using", "yourself", "or", "s");

    private final Glossary glossary;
    private final Function<String, Optional<String>> headingIds;

    /**
     * @param glossary   terms that let an English heading and its Chinese heading be recognized
     * @param headingIds a heading title → schema section id (localized aliases included); may answer empty
     */
    public SectionAligner(Glossary glossary, Function<String, Optional<String>> headingIds) {
        this.glossary = glossary;
        this.headingIds = headingIds;
    }

    public SectionAligner() {
        this(Glossary.builtIn(), title -> Optional.empty());
    }

    /**
     * An aligner that also knows a template schema's headings and their aliases (localized ones
     * such as 模型详情 included): two headings that name the same schema section are strong evidence.
     */
    public static SectionAligner forSchema(dev.cardwright.template.TemplateSchema schema) {
        return new SectionAligner(Glossary.builtIn(), title -> schema.all()
                .filter(spec -> spec.matchesHeading(title))
                .map(dev.cardwright.template.SectionSpec::id)
                .findFirst());
    }

    /** What one section offers for matching, computed once. */
    private final class Features {
        final Section section;
        final int index;
        final double position;
        final String title;
        final Set<String> concepts = new HashSet<>();
        final Set<String> anchors = new HashSet<>();
        final Set<String> numbers = new HashSet<>();
        final Optional<String> schemaId;

        Features(Section section, int index, int count, String language) {
            this.section = section;
            this.index = index;
            this.position = count <= 1 ? 0 : (double) index / (count - 1);
            this.title = normalizeTitle(section.getTitle());
            this.schemaId = headingIds.apply(section.getTitle().strip());
            String masked = section.getTitle();
            for (Glossary.Match m : glossary.find(masked, language)) {
                concepts.add("term:" + m.term().en().toLowerCase(Locale.ROOT));
            }
            // glossary terms are removed before Latin words are taken, so "Demo" in a Chinese
            // heading and "demo" in an English one meet as one concept, not twice
            StringBuilder rest = new StringBuilder(masked);
            for (Glossary.Match m : glossary.find(masked, language)) {
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
            if (!Glossary.isEnglish(language)) {
                for (Glossary.Match m : glossary.find(rest.toString(), "en")) {
                    concepts.add("term:" + m.term().en().toLowerCase(Locale.ROOT));
                    for (int i = m.start(); i < m.end(); i++) {
                        rest.setCharAt(i, ' ');
                    }
                }
            }
            Matcher w = LATIN_WORD.matcher(rest);
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    concepts.add("word:" + word);
                }
            }
            collectAnchors(section.getText());
        }

        private void collectAnchors(String text) {
            boolean inCode = false;
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (t.startsWith("```") || t.startsWith("~~~")) {
                    inCode = !inCode;
                    continue;
                }
                if (inCode) {
                    // comments are what translators translate inside code; the code itself stays
                    if (t.length() >= 8 && !t.startsWith("#") && !t.startsWith("//")) {
                        anchors.add("code:" + t.replaceAll("\\s+", ""));
                    }
                    continue;
                }
                Matcher u = URL.matcher(line);
                while (u.find()) {
                    anchors.add("url:" + u.group().replaceAll("[.,;:!?*_)]+$", ""));
                }
                Matcher n = NUMBER.matcher(line);
                while (n.find()) {
                    numbers.add(n.group());
                }
            }
        }
    }

    private static String normalizeTitle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public Alignment align(Card source, String sourceLanguage, Card target, String targetLanguage) {
        List<Section> a = source.allSections().toList();
        List<Section> b = target.allSections().toList();
        List<Features> fa = new ArrayList<>();
        List<Features> fb = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            fa.add(new Features(a.get(i), i, a.size(), sourceLanguage));
        }
        for (int j = 0; j < b.size(); j++) {
            fb.add(new Features(b.get(j), j, b.size(), targetLanguage));
        }
        int n = a.size();
        int m = b.size();
        double[][] score = new double[n][m];
        String[][] evidence = new String[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                StringBuilder why = new StringBuilder();
                score[i][j] = score(fa.get(i), fb.get(j), why);
                evidence[i][j] = why.toString().strip();
            }
        }
        // best[i][j] = best total over a[i..], b[j..]
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double v = Math.max(best[i + 1][j], best[i][j + 1]);
                if (score[i][j] >= THRESHOLD) {
                    v = Math.max(v, best[i + 1][j + 1] + score[i][j]);
                }
                best[i][j] = v;
            }
        }
        int[] partner = new int[n];
        java.util.Arrays.fill(partner, -1);
        String[] why = new String[n];
        double[] pairScore = new double[n];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (score[i][j] >= THRESHOLD && best[i][j] == best[i + 1][j + 1] + score[i][j]) {
                partner[i] = j;
                why[i] = evidence[i][j];
                pairScore[i] = score[i][j];
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        reordered(fa, fb, score, partner, why, pairScore);
        fillGaps(a, b, partner, why);

        List<Pair> pairs = new ArrayList<>();
        boolean[] usedTarget = new boolean[m];
        List<Section> unpairedSource = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (partner[k] >= 0) {
                pairs.add(new Pair(a.get(k), b.get(partner[k]), pairScore[k], why[k]));
                usedTarget[partner[k]] = true;
            } else {
                unpairedSource.add(a.get(k));
            }
        }
        List<Section> unpairedTarget = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (!usedTarget[k]) {
                unpairedTarget.add(b.get(k));
            }
        }
        return new Alignment(pairs, unpairedSource, unpairedTarget);
    }

    /**
     * Pairs what the in-order alignment left over when the two sections share strong anchors
     * whatever their places: a translation published in another order (title and details first,
     * as a blog might) still pairs by its headings, code, URLs and ids. Only scores from such
     * evidence count here (the position penalty is taken back), best first, each section once.
     */
    private static void reordered(List<Features> fa, List<Features> fb, double[][] score, int[] partner, String[] why,
            double[] pairScore) {
        int n = fa.size();
        int m = fb.size();
        boolean[] usedB = new boolean[m];
        for (int p : partner) {
            if (p >= 0) {
                usedB[p] = true;
            }
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            double bestScore = REORDERED_THRESHOLD;
            for (int i = 0; i < n; i++) {
                if (partner[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (usedB[j]) {
                        continue;
                    }
                    double unplaced = score[i][j] + 2 * Math.abs(fa.get(i).position - fb.get(j).position);
                    if (unplaced > bestScore) {
                        bestScore = unplaced;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            partner[bi] = bj;
            usedB[bj] = true;
            why[bi] = "reordered";
            pairScore[bi] = bestScore;
        }
    }

    /** Pairs equal-length runs of unpaired sections between two pairs (or the ends), level by level. */
    private static void fillGaps(List<Section> a, List<Section> b, int[] partner, String[] why) {
        int prevA = -1;
        int prevB = -1;
        for (int i = 0; i <= a.size(); i++) {
            if (i < a.size() && partner[i] < 0) {
                continue;
            }
            int nextB = i < a.size() ? partner[i] : b.size();
            int runA = i - prevA - 1;
            int runB = nextB - prevB - 1;
            if (runA > 0 && runA == runB) {
                boolean sameLevels = true;
                for (int k = 1; k <= runA; k++) {
                    sameLevels &= a.get(prevA + k).getLevel() == b.get(prevB + k).getLevel();
                }
                if (sameLevels) {
                    for (int k = 1; k <= runA; k++) {
                        partner[prevA + k] = prevB + k;
                        why[prevA + k] = "position";
                    }
                }
            }
            prevA = i;
            prevB = nextB;
        }
    }

    private double score(Features x, Features y, StringBuilder why) {
        double s = 0;
        if (!x.title.isEmpty() && x.title.equals(y.title)) {
            s += 3;
            why.append(" title");
        } else if (!x.concepts.isEmpty() && !y.concepts.isEmpty()) {
            Set<String> common = new HashSet<>(x.concepts);
            common.retainAll(y.concepts);
            if (!common.isEmpty()) {
                Set<String> union = new HashSet<>(x.concepts);
                union.addAll(y.concepts);
                double jaccard = (double) common.size() / union.size();
                s += 3 * jaccard;
                why.append(" heading-terms:").append(String.format(Locale.ROOT, "%.2f", jaccard));
            }
        }
        if (x.schemaId.isPresent() && x.schemaId.equals(y.schemaId)) {
            s += 3;
            why.append(" schema:").append(x.schemaId.get());
        }
        double anchors = dice(x.anchors, y.anchors);
        if (anchors > 0) {
            s += 3 * anchors;
            why.append(" anchors:").append(String.format(Locale.ROOT, "%.2f", anchors));
        }
        double numbers = dice(x.numbers, y.numbers);
        if (numbers > 0) {
            s += 1.5 * numbers;
            why.append(" numbers:").append(String.format(Locale.ROOT, "%.2f", numbers));
        }
        int levels = Math.abs(x.section.getLevel() - y.section.getLevel());
        s += levels == 0 ? 0.5 : -0.5 * levels;
        s -= 2 * Math.abs(x.position - y.position);
        return s;
    }

    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }
}
