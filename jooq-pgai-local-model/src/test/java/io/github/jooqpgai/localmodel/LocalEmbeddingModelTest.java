package io.github.jooqpgai.localmodel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LocalEmbeddingModelTest {

    private final LocalEmbeddingModel model = LocalEmbeddingModel.instance();

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        for (String text : List.of("a", "PostgreSQL stores rows in heap pages", "Ünïcödé ✓ 日本語")) {
            float[] v = model.embed(text);
            assertThat(v).as("length of %s", text).hasSize(384);
            assertThat(norm(v)).as("norm of %s", text).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        float[] cat = model.embed("The cat sleeps on the sofa");
        float[] kitten = model.embed("A kitten is napping on the couch");
        float[] tax = model.embed("Quarterly corporate tax filing deadlines");

        assertThat(dot(cat, kitten)).as("cos(cat, kitten) vs cos(cat, tax)").isGreaterThan(dot(cat, tax) + 0.2);
    }

    @Test
    void batchEqualsOneByOneAndIsDeterministic() {
        List<float[]> batch = model.embedAll(List.of("first text", "second, longer text about databases"));

        assertThat(batch.get(0)).containsExactly(model.embed("first text"));
        assertThat(batch.get(1)).containsExactly(model.embed("second, longer text about databases"));
    }

    @Test
    void blankTextIsRejectedNamingItsIndex() {
        assertThatThrownBy(() -> model.embedAll(Arrays.asList("ok", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("texts[1] is blank");
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
