package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.ui.undo.UndoHistory;

/** The logic under the translation view's Pairing menu and find and replace, without the toolkit. */
class SectionPairingTest {
    private static Card card() throws Exception {
        Card card = ReadmeReader.read("# Demo\n\n## Uses\n\nChat.\n\n## Limitations\n\nLimited.\n\n## Citation\n\nNone.\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "uses", "## 用途\n", "聊天。\n\n## 局限性\n\n有限。\n");
        tracker.record("zh", "citation", "## 引用\n", "无。\n");
        tracker.dispose();
        return card;
    }

    private static TranslatedSection zh(Card card, String id) {
        return card.findTranslation("zh").orElseThrow().getSections().get(id);
    }

    @Test
    void splitBeforeAHeadingLineTakesThatLineAsTheHeadingAndUndoIsOneStep() throws Exception {
        Card card = card();
        UndoHistory history = new UndoHistory();
        String text = zh(card, "uses").getText();
        new SectionPairing(card, history).split("zh", "uses", text.indexOf("## 局限性"), "## 局限性", "limitations");
        assertThat(zh(card, "uses").getText()).isEqualTo("聊天。\n");
        assertThat(zh(card, "limitations").getHeading()).isEqualTo("## 局限性\n");
        assertThat(zh(card, "limitations").getText()).isEqualTo("\n有限。\n");
        assertThat(zh(card, "limitations").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        history.undo();
        assertThat(zh(card, "uses").getText()).isEqualTo(text);
        assertThat(zh(card, "uses").getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(zh(card, "limitations").getStatus()).isEqualTo(TranslationStatus.UNTRANSLATED);
    }

    @Test
    void aSplitIntoASectionThatHasATranslationIsRefusedAndChangesNothing() throws Exception {
        Card card = card();
        UndoHistory history = new UndoHistory();
        assertThatThrownBy(() -> new SectionPairing(card, history).split("zh", "uses", 3, "## x", "citation"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("citation");
        assertThat(zh(card, "citation").getText()).isEqualTo("无。\n");
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void mergingWithAnUntranslatedNextSectionOnlyMarksThisOneForReview() throws Exception {
        Card card = card();
        new SectionPairing(card, null).mergeWithNext("zh", "uses", "limitations");
        assertThat(zh(card, "uses").getText()).isEqualTo("聊天。\n\n## 局限性\n\n有限。\n");
        assertThat(zh(card, "limitations").getStatus()).isEqualTo(TranslationStatus.UNTRANSLATED);
    }

    static Stream<Long> seeds() {
        return Stream.of(3L, 11L, 2026L);
    }

    /** Replace all leaves no match behind, replaces exactly the matches it counted, and one undo brings every text back. */
    @ParameterizedTest
    @MethodSource("seeds")
    void replaceAllReplacesWhatFindCountsInOneUndoStep(long seed) throws Exception {
        Random r = new Random(seed);
        String alphabet = "ab 模型Bx";
        for (int round = 0; round < 50; round++) {
            Card card = card();
            TranslationTracker tracker = new TranslationTracker(card);
            for (String id : List.of("uses", "limitations", "citation")) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 5 + r.nextInt(40); i++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                tracker.record("zh", id, "## " + id + "\n", sb + "\n");
            }
            tracker.dispose();
            List<String> order = List.of("uses", "limitations", "citation");
            String before = order.stream().map(id -> zh(card, id).getText()).reduce("", String::concat);
            String query = r.nextBoolean() ? "ab" : "模型";
            boolean matchCase = r.nextBoolean();
            UndoHistory history = new UndoHistory();
            TranslationSearch search = new TranslationSearch(card, history);
            int found = search.find("zh", order, query, matchCase).size();
            assertThat(search.replaceAll("zh", order, query, "#", matchCase)).isEqualTo(found);
            assertThat(search.find("zh", order, query, matchCase)).isEmpty();
            String after = order.stream().map(id -> zh(card, id).getText()).reduce("", String::concat);
            assertThat(after.length()).isEqualTo(before.length() - found * (query.length() - 1));
            if (found > 0) {
                history.undo();
            }
            assertThat(order.stream().map(id -> zh(card, id).getText()).reduce("", String::concat)).isEqualTo(before);
        }
    }

    @Test
    void caseFoldingFindsBothSpellingsAndMatchCaseOnlyOne() {
        assertThat(TranslationSearch.replace("Token token TOKEN", "token", "词元", false)).isEqualTo("词元 词元 词元");
        assertThat(TranslationSearch.replace("Token token TOKEN", "token", "词元", true)).isEqualTo("Token 词元 TOKEN");
    }
}
