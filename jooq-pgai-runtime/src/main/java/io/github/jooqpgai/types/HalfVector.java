package io.github.jooqpgai.types;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable pgvector {@code halfvec}: half-precision floats, 1 to 16,000 dimensions. Values are
 * rounded to half precision on construction (as PostgreSQL does), so a value read back from the
 * database equals the value written. NaN, infinities and magnitudes above 65,504 are rejected.
 *
 * <pre>{@code
 * HalfVector h = HalfVector.of(0.1f, 1f);
 * h.get(0);                   // 0.099975586f, the nearest half-precision value
 * h.toVector();               // back to a single-precision Vector
 * }</pre>
 */
public final class HalfVector implements VectorValue, Serializable {

    private static final long serialVersionUID = 1L;

    static final String TYPE_NAME = "halfvec";

    private final float[] values;

    private HalfVector(float[] values) {
        this.values = values;
    }

    /** A half vector of these values, each rounded to half precision. */
    public static HalfVector of(float... values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        return ofOwned(values.clone());
    }

    /** A half vector of these numbers, each rounded to half precision. */
    public static HalfVector of(List<? extends Number> values) {
        return ofOwned(Elements.toFloats(TYPE_NAME, values));
    }

    /** Parses a pgvector text literal such as {@code [1,0.5]}. */
    public static HalfVector parse(String literal) {
        if (literal == null) {
            throw new IllegalArgumentException("halfvec literal must not be null");
        }
        return VectorText.parseHalfVector(literal);
    }

    /**
     * Reads a {@code halfvec} as the server sent it, which is what {@code ResultSet.getBytes} returns: pgvector's
     * text format ({@code [1,0.5]}) or, when pgjdbc's {@code binaryTransferEnable} lists the type's OID, its
     * binary format. The bytes are parsed directly, without building a {@code String}.
     *
     * @throws IllegalArgumentException if {@code bytes} is null or not a valid {@code halfvec} in either format
     */
    public static HalfVector fromWire(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("halfvec bytes must not be null");
        }
        return bytes.length > 0 && bytes[0] == '['
                ? VectorText.halfVector(bytes, 0, bytes.length)
                : VectorBinary.halfVector(bytes);
    }

    /** Rounds in place an array this library owns and wraps it. */
    static HalfVector ofOwned(float[] values) {
        Elements.checkDenseLength(TYPE_NAME, values.length);
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            Elements.checkFinite(TYPE_NAME, i, v);
            float rounded = HalfFloats.round(v);
            if (Float.isInfinite(rounded)) {
                throw new IllegalArgumentException("halfvec element " + i + " is " + v
                        + ": out of range for halfvec (largest magnitude " + HalfFloats.MAX_VALUE + ")");
            }
            values[i] = rounded;
        }
        return new HalfVector(values);
    }

    @Override
    public int dimensions() {
        return values.length;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    /** The element at a zero-based index, as a float. */
    public float get(int index) {
        return values[index];
    }

    @Override
    public float[] toArray() {
        return values.clone();
    }

    /** The same values as a single-precision vector. */
    public Vector toVector() {
        return Vector.ofOwned(values.clone());
    }

    float[] values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HalfVector other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return VectorText.format(values);
    }

    /** Deserialized fields are checked again, like every other way of creating a HalfVector. */
    private Object readResolve() {
        return of(values);
    }
}
