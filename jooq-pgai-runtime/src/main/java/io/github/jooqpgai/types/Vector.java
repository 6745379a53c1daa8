package io.github.jooqpgai.types;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable pgvector {@code vector}: single-precision floats, 1 to 16,000 dimensions, no NaN or
 * infinities (pgvector rejects them; this class rejects them first, naming the element).
 *
 * <pre>{@code
 * Vector v = Vector.of(0.1f, 0.2f, 0.3f);
 * float[] raw = v.toArray();                  // a copy
 * Vector same = Vector.parse("[0.1,0.2,0.3]");
 * assert v.equals(same) && v.dimensions() == 3;
 * }</pre>
 */
public final class Vector implements VectorValue, Serializable {

    private static final long serialVersionUID = 1L;

    static final String TYPE_NAME = "vector";

    private final float[] values;

    private Vector(float[] values) {
        this.values = values;
    }

    /** A vector of these values (copied). Throws for no values, more than 16,000, NaN or infinities. */
    public static Vector of(float... values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        return ofOwned(values.clone());
    }

    /** A vector of these numbers converted to {@code float}. */
    public static Vector of(List<? extends Number> values) {
        return ofOwned(Elements.toFloats(TYPE_NAME, values));
    }

    /** Parses a pgvector text literal such as {@code [1,2.5,-3e-05]}. */
    public static Vector parse(String literal) {
        if (literal == null) {
            throw new IllegalArgumentException("vector literal must not be null");
        }
        return VectorText.parseVector(literal);
    }

    /**
     * Reads a {@code vector} as the server sent it, which is what {@code ResultSet.getBytes} returns: pgvector's
     * text format ({@code [1,2.5]}) or, when pgjdbc's {@code binaryTransferEnable} lists the type's OID, its
     * binary format. The bytes are parsed directly, without building a {@code String}.
     *
     * @throws IllegalArgumentException if {@code bytes} is null or not a valid {@code vector} in either format
     */
    public static Vector fromWire(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("vector bytes must not be null");
        }
        return bytes.length > 0 && bytes[0] == '[' ? VectorText.vector(bytes, 0, bytes.length) : VectorBinary.vector(bytes);
    }

    /** Wraps an array this library created and will not change again (no copy). */
    static Vector ofOwned(float[] values) {
        Elements.checkDenseLength(TYPE_NAME, values.length);
        Elements.checkFinite(TYPE_NAME, values);
        return new Vector(values);
    }

    /** Wraps parsed values the parser already checked (length and finiteness), without a copy. */
    static Vector ofChecked(float[] values) {
        return new Vector(values);
    }

    @Override
    public int dimensions() {
        return values.length;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    /** The element at a zero-based index. */
    public float get(int index) {
        return values[index];
    }

    @Override
    public float[] toArray() {
        return values.clone();
    }

    /** This vector rounded to half precision. */
    public HalfVector toHalfVector() {
        return HalfVector.of(values);
    }

    /** This vector as a sparse vector (zeros dropped). */
    public SparseVector toSparseVector() {
        return SparseVector.fromDense(values);
    }

    /** The backing array, for the codec only: callers must not modify it. */
    float[] values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vector other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return VectorText.format(values);
    }

    /** Deserialized fields are checked again, like every other way of creating a Vector. */
    private Object readResolve() {
        return of(values);
    }
}
