package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void countsCodePointsWithoutWhitespace() {
        assertThat(TextMeasure.characters("bias and fairness")).isEqualTo(15);
        assertThat(TextMeasure.characters("偏差与公平性")).isEqualTo(6);
        // U+20BB7 lies outside the BMP: two UTF-16 units, one character
        assertThat("𠮷".length()).isEqualTo(2);
        assertThat(TextMeasure.characters("𠮷野家")).isEqualTo(3);
        assertThat(TextMeasure.characters(" \n\t　")).isZero();
    }

    @Test
    void countsLatinWordsAndHanCharactersAsWords() {
        assertThat(TextMeasure.words("Fine-tuning GPT-3.5 is easy.")).isEqualTo(4);
        assertThat(TextMeasure.words("该模型，可以微调。")).isEqualTo(7);
        assertThat(TextMeasure.words("用 BERT 微调 3 次")).isEqualTo(6);
    }
}
