package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorValuesTest {

    @Test
    void vectorIsImmutableAndComparesByValue() {
        float[] raw = {1f, 2f};
        Vector v = Vector.of(raw);
        raw[0] = 9f;
        v.toArray()[1] = 9f;
        assertThat(v.toArray()).containsExactly(1f, 2f);
        assertThat(v).isEqualTo(Vector.of(List.of(1, 2))).hasSameHashCodeAs(Vector.of(1f, 2f));
        assertThat(v).isNotEqualTo(Vector.of(1f, 2f, 0f));
        assertThat(v.dimensions()).isEqualTo(2);
        assertThat(v.typeName()).isEqualTo("vector");
    }

    @Test
    void rejectsNanInfinityAndBadSizesNamingTheElement() {
        assertThatThrownBy(() -> Vector.of(1f, Float.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vector element 1 is NaN: pgvector rejects NaN and infinite values");
        assertThatThrownBy(() -> Vector.of(Float.NEGATIVE_INFINITY))
                .hasMessage("vector element 0 is -Infinity: pgvector rejects NaN and infinite values");
        assertThatThrownBy(() -> Vector.of()).hasMessage("vector must have at least 1 dimension, got 0");
        assertThatThrownBy(() -> Vector.of(new float[16_001])).hasMessage("vector cannot have more than 16000 dimensions, got 16001");
        assertThatThrownBy(() -> HalfVector.of(1f, 70000f))
                .hasMessage("halfvec element 1 is 70000.0: out of range for halfvec (largest magnitude 65504.0)");
        assertThatThrownBy(() -> SparseVector.fromDense(0f, Float.NaN))
                .hasMessage("sparsevec element 1 is NaN: pgvector rejects NaN and infinite values");
    }

    @Test
    void halfVectorRoundsOnConstruction() {
        HalfVector h = HalfVector.of(0.1f, 1f);
        assertThat(h.toArray()).containsExactly(0.099975586f, 1f);
        assertThat(h).isEqualTo(HalfVector.parse("[0.099975586,1]"));
        assertThat(h.toVector()).isEqualTo(Vector.of(0.099975586f, 1f));
        assertThat(h.toString()).isEqualTo("[0.099975586,1.0]");
    }

    @Test
    void sparseVectorSortsDropsZerosAndRejectsDuplicates() {
        SparseVector s = SparseVector.of(5, new int[] {2, 0, 4}, new float[] {2f, 1.5f, 0f});
        assertThat(s.indices()).containsExactly(0, 2);
        assertThat(s.values()).containsExactly(1.5f, 2f);
        assertThat(s.toString()).isEqualTo("{1:1.5,3:2.0}/5");
        assertThat(s.toArray()).containsExactly(1.5f, 0f, 2f, 0f, 0f);
        assertThat(s.get(2)).isEqualTo(2f);
        assertThat(s.get(3)).isZero();
        assertThat(s).isEqualTo(SparseVector.fromDense(1.5f, 0f, 2f, 0f, 0f))
                .isEqualTo(SparseVector.of(Map.of(0, 1.5, 2, 2), 5))
                .isEqualTo(Vector.of(1.5f, 0f, 2f, 0f, 0f).toSparseVector());
        assertThatThrownBy(() -> SparseVector.of(5, new int[] {1, 1}, new float[] {1f, 2f}))
                .hasMessage("sparsevec index 1 appears more than once");
        assertThatThrownBy(() -> SparseVector.of(5, new int[] {5}, new float[] {1f}))
                .hasMessage("sparsevec index 5 is outside 0..4");
        assertThatThrownBy(() -> SparseVector.of(0, new int[0], new float[0]))
                .hasMessage("sparsevec dimensions must be between 1 and 1000000000, got 0");
    }
}
