package io.github.jooqpgai.types;

import java.util.List;

/** Validation shared by the vector value types. */
final class Elements {

    /** pgvector's maximum number of dimensions for {@code vector} and {@code halfvec}. */
    static final int MAX_DENSE_DIMENSIONS = 16_000;

    /** pgvector's maximum number of dimensions for {@code sparsevec}. */
    static final int MAX_SPARSE_DIMENSIONS = 1_000_000_000;

    /** pgvector's maximum number of non-zero elements of a {@code sparsevec}. */
    static final int MAX_SPARSE_NON_ZERO = 16_000;

    private Elements() {
    }

    /** The numbers as floats; a null list or element fails naming the type and the element. */
    static float[] toFloats(String typeName, List<? extends Number> values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            Number n = values.get(i);
            if (n == null) {
                throw new IllegalArgumentException(typeName + " element " + i + " is null");
            }
            array[i] = n.floatValue();
        }
        return array;
    }

    static void checkDenseLength(String typeName, int length) {
        if (length < 1) {
            throw new IllegalArgumentException(typeName + " must have at least 1 dimension, got " + length);
        }
        if (length > MAX_DENSE_DIMENSIONS) {
            throw new IllegalArgumentException(typeName + " cannot have more than " + MAX_DENSE_DIMENSIONS
                    + " dimensions, got " + length);
        }
    }

    static void checkFinite(String typeName, float[] values) {
        for (int i = 0; i < values.length; i++) {
            checkFinite(typeName, i, values[i]);
        }
    }

    static void checkFinite(String typeName, int index, float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(typeName + " element " + index + " is " + value
                    + ": pgvector rejects NaN and infinite values");
        }
    }
}
