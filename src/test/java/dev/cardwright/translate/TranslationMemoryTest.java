package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardSourceFile;

/** Issue 11, "What to build" 4: what the translation memory stores, how it scores, orders and cuts off its suggestions. */
class TranslationMemoryTest {
    @TempDir
    Path dir;

    private static TranslationMemory memory() {
        TranslationMemory m = TranslationMemory.inMemory();
        m.add("en", "zh", "The model was trained on 3 GPUs.", "模型在 3 块 GPU 上训练。");
        m.add("en", "zh", "The model was trained on 8 TPUs for a week.", "模型在 8 块 TPU 上训练了一周。");
        m.add("en", "zh", "*Paper coming soon*", "*论文即将发布*");
        m.add("en", "ja", "*Paper coming soon*", "*論文は近日公開*");
        return m;
    }

    @Test
    void anExactMatchScoresOneAndComesFirst() {
        List<TranslationMemory.Match> found = memory().lookup("en", "zh", "*Paper  coming soon*", 0.6, 5);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).exact()).isTrue();
        assertThat(found.get(0).entry().target()).isEqualTo("*论文即将发布*");
    }

    @Test
    void aFuzzyMatchIsScoredByEditDistanceAndOrderedBestFirst() {
        List<TranslationMemory.Match> found = memory().lookup("en", "zh", "The model was trained on 4 GPUs.", 0.5, 5);
        assertThat(found).extracting(m -> m.entry().target()).containsExactly("模型在 3 块 GPU 上训练。", "模型在 8 块 TPU 上训练了一周。");
        // one character of 32 differs
        assertThat(found.get(0).score()).isCloseTo(1 - 1.0 / 32, within(1e-9));
        assertThat(found.get(0).exact()).isFalse();
        assertThat(found.get(1).score()).isLessThan(found.get(0).score());
    }

    @Test
    void theThresholdAndTheLimitCutTheList() {
        TranslationMemory m = memory();
        assertThat(m.lookup("en", "zh", "The model was trained on 4 GPUs.", 0.9, 5)).hasSize(1);
        assertThat(m.lookup("en", "zh", "The model was trained on 4 GPUs.", 0.5, 1)).hasSize(1);
        assertThat(m.lookup("en", "zh", "Evaluation covers six benchmarks.", 0.6, 5)).isEmpty();
        assertThat(m.lookup("en", "zh", "   ", 0.0, 5)).isEmpty();
    }

    @Test
    void suggestionsKeepToTheLanguagePair() {
        TranslationMemory m = memory();
        assertThat(m.lookup("en", "zh-CN", "*Paper coming soon*", 0.6, 5)).extracting(x -> x.entry().target()).containsExactly("*论文即将发布*");
        assertThat(m.lookup("en", "ja", "*Paper coming soon*", 0.6, 5)).extracting(x -> x.entry().target()).containsExactly("*論文は近日公開*");
        assertThat(m.lookup("en", "zh-TW", "*Paper coming soon*", 0.6, 5)).isEmpty();
        assertThat(m.lookup("fr", "zh", "*Paper coming soon*", 0.6, 5)).isEmpty();
    }

    @Test
    void aLaterTranslationOfTheSameSentenceReplacesTheEarlier() {
        TranslationMemory m = memory();
        m.add("en", "zh", "*Paper coming soon*", "*论文即将公开*");
        assertThat(m.lookup("en", "zh", "*Paper coming soon*", 0.6, 5)).extracting(x -> x.entry().target()).containsExactly("*论文即将公开*");
        assertThat(m.size()).isEqualTo(4);
    }

    @Test
    void savedAndLoadedAgainWithBackslashesAndWhitespaceCollapsed() throws Exception {
        TranslationMemory m = TranslationMemory.load(dir);
        m.add("en", "zh", "a\tb \\ c", "甲\t乙 \\ 丙");
        m.add("en", "zh", "Paper.", "论文。");
        m.save();
        TranslationMemory again = TranslationMemory.load(dir);
        assertThat(again.entries()).isEqualTo(m.entries());
        // a tab or line break inside a sentence is a space, so every pair stays one line of four fields
        assertThat(again.entries().get(0).source()).isEqualTo("a b \\ c");
        assertThat(Files.readAllLines(dir.resolve(TranslationMemory.FILE_NAME))).hasSize(3).contains("en\tzh\ta b \\\\ c\t甲 乙 \\\\ 丙");
    }

    private static final String README = """
            # Demo

            ## Uses

            Chat with it. *Paper coming soon*

            ## Limitations

            It makes mistakes.
            """;

    private static Card card() throws Exception {
        Card card = ReadmeReader.read(README.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "uses", "## 用途\n", "\n和它聊天。*论文即将发布*\n");
        tracker.record("zh", "limitations", "## 局限性\n", "\n它会出错。\n");
        tracker.dispose();
        return card;
    }

    @Test
    void aCardTeachesItsTranslatedSectionsSentenceBySentenceButNotThoseUnderReview() throws Exception {
        Card card = card();
        card.findSection("limitations").orElseThrow().setText("\nIt makes many mistakes.\n");
        new TranslationTracker(card).refresh(); // the edited source puts its translation under review
        TranslationMemory m = TranslationMemory.inMemory();
        m.addCard(card);
        assertThat(m.lookup("en", "zh", "*Paper coming soon*", 0.99, 5)).extracting(x -> x.entry().target()).containsExactly("*论文即将发布*");
        assertThat(m.lookup("en", "zh", "## Uses", 0.99, 5)).extracting(x -> x.entry().target()).containsExactly("## 用途");
        assertThat(m.lookup("en", "zh", "It makes mistakes.", 0.6, 5)).isEmpty();
    }

    @Test
    void aTranslationWithoutFingerprintIsTakenToBeOfTheCurrentSource() throws Exception {
        Card card = card();
        card.findTranslation("zh").orElseThrow().getSections().get("limitations").setSourceFingerprint("");
        TranslationMemory m = TranslationMemory.inMemory();
        m.addCard(card);
        assertThat(m.lookup("en", "zh", "It makes mistakes.", 0.99, 5)).extracting(x -> x.entry().target()).containsExactly("它会出错。");
    }

    @Test
    void aFolderOfCardSourcesIsLearnedAndABrokenOneSkipped() throws Exception {
        Path cards = Files.createDirectories(dir.resolve("cards/sub"));
        CardSourceFile.write(card(), cards.resolve("demo.card.yaml"));
        Files.writeString(dir.resolve("cards/broken.card.yaml"), "cardwright: [\n");
        TranslationMemory m = TranslationMemory.inMemory();
        assertThat(m.addFolder(dir.resolve("cards"))).isEqualTo(1);
        assertThat(m.lookup("en", "zh", "Chat with it.", 0.99, 5)).extracting(x -> x.entry().target()).containsExactly("和它聊天。");
    }

    @Test
    void theDataFolderCanBeChosenForTests() {
        String before = System.getProperty("cardwright.data");
        System.setProperty("cardwright.data", dir.toString());
        try {
            assertThat(TranslationMemory.dataFolder()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty("cardwright.data");
            } else {
                System.setProperty("cardwright.data", before);
            }
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 7L, 42L, 2026L, 99991L);
    }

    private static String randomText(Random r, int length) {
        String alphabet = "abcde 模型训练。";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Properties of the score: 1 for the same text, symmetric, within [0, 1], and 1 - 1/n for one changed character of n. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theScoreBehavesAsAnEditDistanceRatio(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 200; round++) {
            String a = randomText(r, 1 + r.nextInt(30));
            String b = randomText(r, 1 + r.nextInt(30));
            assertThat(TranslationMemory.similarity(a, a, 0)).isEqualTo(1.0);
            double ab = TranslationMemory.similarity(a, b, 0);
            assertThat(ab).isEqualTo(TranslationMemory.similarity(b, a, 0)).isBetween(0.0, 1.0);
            int at = r.nextInt(a.length());
            char other = a.charAt(at) == 'x' ? 'y' : 'x';
            String changed = a.substring(0, at) + other + a.substring(at + 1);
            assertThat(TranslationMemory.similarity(a, changed, 0)).isCloseTo(1.0 - 1.0 / a.length(), within(1e-9));
            // the length cut-off never hides a pair that would pass
            double floor = r.nextDouble();
            double cut = TranslationMemory.similarity(a, b, floor);
            assertThat(cut == ab || (cut == 0 && ab < floor)).isTrue();
        }
    }
}
