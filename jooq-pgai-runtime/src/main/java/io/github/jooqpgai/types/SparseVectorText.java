package io.github.jooqpgai.types;

import java.util.Arrays;

/**
 * The {@code sparsevec} text format, read the way pgvector's {@code sparsevec_in} reads it:
 * {@code {index:value,…}/dimensions} with one-based indices, whitespace around every token, indices
 * and dimensions as C's {@code strtol} reads them (sign allowed), values as {@link FloatToken}. Zero
 * values are dropped before indices are checked, so {@code {5:0}/3} is {@code {}/3}; a non-zero value
 * that underflows to zero is out of range. At most 16,000 elements (counted by commas, as pgvector does).
 *
 * <pre>{@code
 * byte[] text = "{1:1.5, 3:2}/5".getBytes(StandardCharsets.US_ASCII);
 * SparseVector s = SparseVectorText.parse(text, 0, text.length);   // {1:1.5,3:2.0}/5
 * }</pre>
 */
final class SparseVectorText {

    private static final String TYPE_NAME = SparseVector.TYPE_NAME;

    private final byte[] b;
    private final int start;
    private final int end;
    private int i;

    private SparseVectorText(byte[] b, int start, int end) {
        this.b = b;
        this.start = start;
        this.end = end;
        this.i = start;
    }

    /** Parses a {@code sparsevec} literal from {@code b[start, end)}. */
    static SparseVector parse(byte[] b, int start, int end) {
        return new SparseVectorText(b, start, end).parse();
    }

    private SparseVector parse() {
        int capacity = AsciiWords.countCommas(b, start, end) + 1;
        if (capacity > Elements.MAX_SPARSE_NON_ZERO) {
            throw new IllegalArgumentException(TYPE_NAME + " cannot have more than " + Elements.MAX_SPARSE_NON_ZERO
                    + " non-zero elements, got " + capacity + " elements in " + VectorText.excerpt(b, start, end));
        }
        int[] indices = new int[capacity];
        float[] values = new float[capacity];
        int nonZero = 0;
        expectAfterSpace('{');
        if (!skipIf('}')) {
            do {
                int index = clampedToInt(integer());
                expectAfterSpace(':');
                float value = value();
                if (value != 0f) {
                    indices[nonZero] = index - 1;
                    values[nonZero++] = value;
                }
            } while (!listEnd());
        }
        expectAfterSpace('/');
        long dimensions = integer();
        if (VectorText.skipSpace(b, i, end) != end) {
            throw invalid();
        }
        if (dimensions < 1 || dimensions > Elements.MAX_SPARSE_DIMENSIONS) {
            throw new IllegalArgumentException(TYPE_NAME + " dimensions must be between 1 and "
                    + Elements.MAX_SPARSE_DIMENSIONS + ", got " + dimensions + " in " + VectorText.excerpt(b, start, end));
        }
        return SparseVector.build((int) dimensions, Arrays.copyOf(indices, nonZero), Arrays.copyOf(values, nonZero));
    }

    /** A decimal integer as {@code strtol} reads it, saturated to ±2^62 (far outside every valid range). */
    private long integer() {
        i = VectorText.skipSpace(b, i, end);
        boolean negative = i < end && b[i] == '-';
        int digitsStart = i + (negative || (i < end && b[i] == '+') ? 1 : 0);
        long magnitude = 0;
        int j = digitsStart;
        for (; j < end && b[j] >= '0' && b[j] <= '9'; j++) {
            magnitude = Math.min(magnitude * 10 + (b[j] - '0'), 1L << 62);
        }
        if (j == digitsStart) {
            throw invalid();
        }
        i = j;
        return negative ? -magnitude : magnitude;
    }

    /** pgvector keeps an index in int range (so that it reports it out of bounds, not wrapped around). */
    private static int clampedToInt(long index) {
        return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, index));
    }

    private float value() {
        i = VectorText.skipSpace(b, i, end);
        long token = FloatToken.parse(b, i, end);
        if (token == FloatToken.NO_NUMBER) {
            throw invalid();
        }
        int numberStart = i;
        i = FloatToken.end(token);
        float value = FloatToken.value(token);
        if (Float.isInfinite(value) || (value == 0f && FloatToken.hasNonZeroDigit(b, numberStart, i))) {
            throw new IllegalArgumentException(TYPE_NAME + " literal has a value out of float range: "
                    + VectorText.excerpt(b, start, end));
        }
        return value;
    }

    /** Consumes the comma between elements (false) or the closing brace (true). */
    private boolean listEnd() {
        if (skipIf(',')) {
            return false;
        }
        expectAfterSpace('}');
        return true;
    }

    private boolean skipIf(char c) {
        int j = VectorText.skipSpace(b, i, end);
        if (j < end && b[j] == c) {
            i = j + 1;
            return true;
        }
        return false;
    }

    private void expectAfterSpace(char c) {
        if (!skipIf(c)) {
            throw invalid();
        }
    }

    private IllegalArgumentException invalid() {
        return VectorText.invalid(TYPE_NAME, b, start, end);
    }
}
