package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.cardwright.translate.WordDiff.Kind;
import dev.cardwright.translate.WordDiff.Piece;

class WordDiffTest {

    @Test
    void marksAChangedWordOnly() {
        List<Piece> d = WordDiff.diff("The model may be biased.", "The model is biased.");
        assertThat(d).containsExactly(
                new Piece(Kind.EQUAL, "The model "),
                new Piece(Kind.DELETED, "may be"),
                new Piece(Kind.INSERTED, "is"),
                new Piece(Kind.EQUAL, " biased."));
    }

    @Test
    void treatsEachHanCharacterAsAToken() {
        List<Piece> d = WordDiff.diff("该模型存在偏差。", "该模型存在明显偏差。");
        assertThat(d).containsExactly(
                new Piece(Kind.EQUAL, "该模型存在"),
                new Piece(Kind.INSERTED, "明显"),
                new Piece(Kind.EQUAL, "偏差。"));
    }

    @Test
    void keepsHyphenatedAndDottedWordsWhole() {
        assertThat(TextTokens.tokens("fine-tuning GPT-3.5 isn't")).containsExactly("fine-tuning", " ", "GPT-3.5", " ", "isn't");
        assertThat(TextTokens.tokens("用 BERT 微调")).containsExactly("用", " ", "BERT", " ", "微", "调");
    }

    @Test
    void noChangeIsOneEqualPiece() {
        List<Piece> d = WordDiff.diff("same text\n", "same text\n");
        assertThat(d).containsExactly(new Piece(Kind.EQUAL, "same text\n"));
        assertThat(WordDiff.changed(d)).isFalse();
        assertThat(WordDiff.changed(WordDiff.diff("", "new"))).isTrue();
    }

    /** Random edits of mixed English/Chinese text: the diff always rebuilds both sides. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024, 99991})
    void rebuildsBothTexts(long seed) {
        Random r = new Random(seed);
        String[] words = {"model", "bias", "偏", "差", "模", "型", " ", "\n", ",", "。", "fine-tuning", "data"};
        for (int round = 0; round < 50; round++) {
            StringBuilder a = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                a.append(words[r.nextInt(words.length)]);
            }
            StringBuilder b = new StringBuilder(a);
            for (int e = r.nextInt(5); e > 0; e--) {
                int at = b.length() == 0 ? 0 : r.nextInt(b.length());
                if (r.nextBoolean() && b.length() > 0) {
                    b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(6)));
                } else {
                    b.insert(at, words[r.nextInt(words.length)]);
                }
            }
            List<Piece> d = WordDiff.diff(a.toString(), b.toString());
            assertThat(WordDiff.before(d)).isEqualTo(a.toString());
            assertThat(WordDiff.after(d)).isEqualTo(b.toString());
            assertThat(WordDiff.changed(d)).isEqualTo(!a.toString().equals(b.toString()));
        }
    }

    @Test
    void largeRewritesFallBackToLinesAndStillRebuild() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            a.append("line ").append(i).append(" of the old text\n");
            b.append("line ").append(i).append(i % 100 == 0 ? " of the new text\n" : " of the old text\n");
        }
        b.insert(0, "a new first line\n");
        List<Piece> d = WordDiff.diff(a.toString(), b.toString());
        assertThat(WordDiff.before(d)).isEqualTo(a.toString());
        assertThat(WordDiff.after(d)).isEqualTo(b.toString());
        assertThat(d).contains(new Piece(Kind.DELETED, "old"), new Piece(Kind.INSERTED, "new"));
    }
}
