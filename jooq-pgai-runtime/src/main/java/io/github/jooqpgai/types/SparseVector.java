package io.github.jooqpgai.types;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * An immutable pgvector {@code sparsevec}: a dimension plus the non-zero elements as zero-based
 * indices (ascending) and single-precision values. Zeros are dropped, as PostgreSQL does, so a value
 * read back equals the value written. The text literal uses pgvector's one-based indices.
 *
 * <pre>{@code
 * SparseVector s = SparseVector.of(5, new int[] {0, 2}, new float[] {1.5f, 2f});
 * s.toString();                       // "{1:1.5,3:2.0}/5"
 * s.get(2);                           // 2.0f
 * SparseVector.fromDense(1f, 0f, 2f); // {1:1.0,3:2.0}/3
 * }</pre>
 */
public final class SparseVector implements VectorValue, Serializable {

    private static final long serialVersionUID = 1L;

    static final String TYPE_NAME = "sparsevec";

    private final int dimensions;
    private final int[] indices;
    private final float[] values;

    private SparseVector(int dimensions, int[] indices, float[] values) {
        this.dimensions = dimensions;
        this.indices = indices;
        this.values = values;
    }

    /**
     * A sparse vector of {@code dimensions} with {@code values[i]} at zero-based {@code indices[i]}.
     * Indices may come in any order but not twice; zero values are dropped.
     */
    public static SparseVector of(int dimensions, int[] indices, float[] values) {
        if (indices == null || values == null) {
            throw new IllegalArgumentException("indices and values must not be null");
        }
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices (" + indices.length + ") and values (" + values.length
                    + ") must have the same length");
        }
        return build(dimensions, indices.clone(), values.clone());
    }

    /** A sparse vector from a map of zero-based index to value. */
    public static SparseVector of(Map<Integer, ? extends Number> elements, int dimensions) {
        if (elements == null) {
            throw new IllegalArgumentException("elements must not be null");
        }
        int[] indices = new int[elements.size()];
        float[] values = new float[elements.size()];
        int i = 0;
        for (Map.Entry<Integer, ? extends Number> e : elements.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("sparsevec elements must not contain null keys or values: " + elements);
            }
            indices[i] = e.getKey();
            values[i] = e.getValue().floatValue();
            i++;
        }
        return build(dimensions, indices, values);
    }

    /** The non-zero elements of a dense array. */
    public static SparseVector fromDense(float... dense) {
        if (dense == null) {
            throw new IllegalArgumentException("dense values must not be null");
        }
        Elements.checkFinite(TYPE_NAME, dense);
        int nonZero = 0;
        for (float v : dense) {
            if (v != 0f) {
                nonZero++;
            }
        }
        int[] indices = new int[nonZero];
        float[] values = new float[nonZero];
        int j = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0f) {
                indices[j] = i;
                values[j++] = dense[i];
            }
        }
        return build(dense.length, indices, values);
    }

    /** Parses a pgvector text literal such as {@code {1:1.5,3:2}/5} (one-based indices). */
    public static SparseVector parse(String literal) {
        if (literal == null) {
            throw new IllegalArgumentException("sparsevec literal must not be null");
        }
        return VectorText.parseSparseVector(literal);
    }

    /**
     * Reads a {@code sparsevec} as the server sent it, which is what {@code ResultSet.getBytes} returns: pgvector's
     * text format ({@code {1:1.5,3:2}/5}) or, when pgjdbc's {@code binaryTransferEnable} lists the type's OID, its
     * binary format. The bytes are parsed directly, without building a {@code String}.
     *
     * @throws IllegalArgumentException if {@code bytes} is null or not a valid {@code sparsevec} in either format
     */
    public static SparseVector fromWire(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("sparsevec bytes must not be null");
        }
        return bytes.length > 0 && bytes[0] == '{'
                ? VectorText.sparseVector(bytes, 0, bytes.length)
                : VectorBinary.sparseVector(bytes);
    }

    /** Validates, sorts and drops zeros from arrays this library owns. */
    static SparseVector build(int dimensions, int[] indices, float[] values) {
        if (dimensions < 1 || dimensions > Elements.MAX_SPARSE_DIMENSIONS) {
            throw new IllegalArgumentException("sparsevec dimensions must be between 1 and "
                    + Elements.MAX_SPARSE_DIMENSIONS + ", got " + dimensions);
        }
        if (!isStrictlyAscending(indices)) {
            sortByIndex(indices, values);
        }
        int kept = 0;
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index < 0 || index >= dimensions) {
                throw new IllegalArgumentException("sparsevec index " + index + " is outside 0.." + (dimensions - 1));
            }
            if (i > 0 && indices[i - 1] == index) {
                throw new IllegalArgumentException("sparsevec index " + index + " appears more than once");
            }
            Elements.checkFinite(TYPE_NAME, index, values[i]);
            if (values[i] != 0f) {
                indices[kept] = index;
                values[kept++] = values[i];
            }
        }
        if (kept > Elements.MAX_SPARSE_NON_ZERO) {
            throw new IllegalArgumentException("sparsevec cannot have more than " + Elements.MAX_SPARSE_NON_ZERO
                    + " non-zero elements, got " + kept);
        }
        return kept == indices.length
                ? new SparseVector(dimensions, indices, values)
                : new SparseVector(dimensions, Arrays.copyOf(indices, kept), Arrays.copyOf(values, kept));
    }

    private static boolean isStrictlyAscending(int[] indices) {
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void sortByIndex(int[] indices, float[] values) {
        long[] packed = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            packed[i] = ((long) indices[i] << 32) | (Float.floatToRawIntBits(values[i]) & 0xffff_ffffL);
        }
        Arrays.sort(packed);
        for (int i = 0; i < packed.length; i++) {
            indices[i] = (int) (packed[i] >> 32);
            values[i] = Float.intBitsToFloat((int) packed[i]);
        }
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    /** The number of stored (non-zero) elements. */
    public int nonZeroCount() {
        return indices.length;
    }

    /** The zero-based indices of the non-zero elements, ascending (a copy). */
    public int[] indices() {
        return indices.clone();
    }

    /** The non-zero values, in index order (a copy). */
    public float[] values() {
        return values.clone();
    }

    /** The element at a zero-based index (0 when not stored). */
    public float get(int index) {
        if (index < 0 || index >= dimensions) {
            throw new IndexOutOfBoundsException("index " + index + " is outside 0.." + (dimensions - 1));
        }
        int found = Arrays.binarySearch(indices, index);
        return found >= 0 ? values[found] : 0f;
    }

    @Override
    public float[] toArray() {
        float[] dense = new float[dimensions];
        for (int i = 0; i < indices.length; i++) {
            dense[indices[i]] = values[i];
        }
        return dense;
    }

    int[] rawIndices() {
        return indices;
    }

    float[] rawValues() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector other
                && dimensions == other.dimensions
                && Arrays.equals(indices, other.indices)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dimensions + Arrays.hashCode(indices)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return VectorText.format(this);
    }

    /** Deserialized fields are checked again, like every other way of creating a SparseVector. */
    private Object readResolve() {
        return of(dimensions, indices, values);
    }
}
