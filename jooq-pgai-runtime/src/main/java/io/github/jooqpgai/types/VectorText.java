package io.github.jooqpgai.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The pgvector text format, parsed and formatted without regular expressions, {@code split} or boxing.
 * Parsing accepts exactly what pgvector's input functions accept (whitespace is space, tab, newline,
 * carriage return, vertical tab and form feed; elements are read as C's {@code strtof} reads them, see
 * {@link FloatToken}) and gives every element the float PostgreSQL stores, bit for bit.
 * Elements in pgvector's usual shape, {@code -0.012345679,}, take a fast path that finds the next comma
 * first, so that consecutive elements are parsed in parallel by the CPU, and replaces the division by
 * 10^k with an exact-or-decline multiplication; the fast path takes only an element that ends at the
 * comma it found, every other element goes through the general parser. The result array is allocated
 * per call from an estimate of the element count (no scratch buffer is kept between calls or per thread).
 * Package-private: users reach it through {@code Vector.parse}, {@code Vector.fromWire} (the raw bytes the
 * driver received, so no intermediate {@code String} is built) and {@code toString()} of the value types.
 *
 * <pre>{@code
 * byte[] wire = "[1,2.5,-3e-05]".getBytes(StandardCharsets.US_ASCII);
 * Vector v = VectorText.vector(wire, 0, wire.length);
 * String literal = VectorText.format(v.toArray());   // "[1.0,2.5,-3.0E-5]"
 * }</pre>
 */
final class VectorText {

    private static final long[] LONG_POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L
    };
    private static final double[] NEGATIVE_POWERS_OF_TEN = {
        1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15
    };
    private static final long MAX_EXACT_SIGNIFICAND = 1L << 53;
    /** The 29 bits a double has beyond a float's 23, and their value on a float rounding midpoint. */
    private static final long DOUBLE_BITS_BEYOND_FLOAT = 0x1FFF_FFFFL;
    private static final long FLOAT_MIDPOINT_BITS = 0x1000_0000L;
    /** How many double units in the last place around a float midpoint {@link #shortDecimal} leaves alone. */
    private static final long MIDPOINT_MARGIN = 4;
    /** Sign, 7 integer digits, point, 15 fraction digits and the comma; the 8-byte reads stay inside. */
    private static final int SHORT_DECIMAL_LOOKAHEAD = 25;
    private static final long NO_MATCH = -1L;
    /** {@code "0."} read little-endian from two bytes. */
    private static final long ZERO_POINT = 0x2E30L;
    /**
     * Bytes per element assumed for the first allocation of the result (pgvector prints 9 to 13 for
     * embeddings, elements of two or three bytes need a few doublings): an array a little too long and
     * one copy at the end cost less than counting the commas first.
     */
    private static final int BYTES_PER_ELEMENT_ESTIMATE = 10;
    private static final int MAX_SIGNIFICANT_DIGITS = 18;
    private static final int MAX_MESSAGE_CHARS = 80;

    private VectorText() {
    }

    /** Parses a {@code vector} literal from ASCII bytes. */
    static Vector vector(byte[] text, int offset, int length) {
        return Vector.ofChecked(parseDense(text, offset, offset + length, Vector.TYPE_NAME));
    }

    /** Parses a {@code halfvec} literal from ASCII bytes. */
    static HalfVector halfVector(byte[] text, int offset, int length) {
        return HalfVector.ofOwned(parseDense(text, offset, offset + length, HalfVector.TYPE_NAME));
    }

    /** Parses a {@code sparsevec} literal from ASCII bytes. */
    static SparseVector sparseVector(byte[] text, int offset, int length) {
        return SparseVectorText.parse(text, offset, offset + length);
    }

    static Vector parseVector(String literal) {
        byte[] b = literal.getBytes(StandardCharsets.ISO_8859_1);
        return vector(b, 0, b.length);
    }

    static HalfVector parseHalfVector(String literal) {
        byte[] b = literal.getBytes(StandardCharsets.ISO_8859_1);
        return halfVector(b, 0, b.length);
    }

    static SparseVector parseSparseVector(String literal) {
        byte[] b = literal.getBytes(StandardCharsets.ISO_8859_1);
        return sparseVector(b, 0, b.length);
    }

    /** The {@code [a,b,…]} literal of dense values. */
    static String format(float[] values) {
        StringBuilder sb = new StringBuilder(values.length * 12 + 2);
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i]);
        }
        return sb.append(']').toString();
    }

    /** The {@code {i:v,…}/dim} literal of a sparse vector (one-based indices). */
    static String format(SparseVector vector) {
        int[] indices = vector.rawIndices();
        float[] values = vector.rawValues();
        StringBuilder sb = new StringBuilder(indices.length * 18 + 12);
        sb.append('{');
        for (int i = 0; i < indices.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(indices[i] + 1).append(':').append(values[i]);
        }
        return sb.append("}/").append(vector.dimensions()).toString();
    }

    private static float[] parseDense(byte[] b, int start, int end, String typeName) {
        int i = skipSpace(b, start, end);
        if (i >= end || b[i] != '[') {
            throw invalid(typeName, b, start, end);
        }
        i++;
        float[] values = new float[Math.min(Elements.MAX_DENSE_DIMENSIONS, (end - i) / BYTES_PER_ELEMENT_ESTIMATE + 1)];
        int fastLimit = end - SHORT_DECIMAL_LOOKAHEAD;
        int n = 0;
        while (true) {
            while (i <= fastLimit && n < values.length) {
                int commaOffset = AsciiWords.commaOffset(AsciiWords.word(b, i), AsciiWords.word(b, i + 8));
                long bits = shortDecimal(b, i, commaOffset);
                if (bits == NO_MATCH) {
                    break;
                }
                values[n++] = Float.intBitsToFloat((int) bits);
                i += commaOffset + 1;
            }
            i = skipSpace(b, i, end);
            long token = FloatToken.parse(b, i, end);
            if (token == FloatToken.NO_NUMBER) {
                throw invalid(typeName, b, start, end);
            }
            if (n == values.length) {
                values = grow(values, typeName);
            }
            values[n++] = checkFinite(FloatToken.value(token), typeName, b, start, end);
            i = skipSpace(b, FloatToken.end(token), end);
            if (i < end && b[i] == ',') {
                i++;
            } else if (i < end && b[i] == ']') {
                i++;
                break;
            } else {
                throw invalid(typeName, b, start, end);
            }
        }
        if (skipSpace(b, i, end) != end) {
            throw invalid(typeName, b, start, end);
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    private static float[] grow(float[] values, String typeName) {
        Elements.checkDenseLength(typeName, values.length + 1);
        return Arrays.copyOf(values, Math.min(Elements.MAX_DENSE_DIMENSIONS, values.length * 2));
    }

    /**
     * The common shape of pgvector's output, {@code [-]d{1,7}.d{1,15}} from {@code i} up to the comma at
     * {@code i + commaOffset}: the float's bits, or {@link #NO_MATCH} for anything else, including an
     * element that does not end at that comma, every element when 16 bytes held no comma
     * ({@code commaOffset} is {@link AsciiWords#NO_COMMA}), and the rare value whose double lies within a
     * few units in the last place of a float rounding midpoint. Reads at most
     * {@link #SHORT_DECIMAL_LOOKAHEAD} bytes from {@code i}.
     *
     * <p>Exact: the significand is below 2^53, so it converts to double exactly; multiplying by the
     * double nearest 10^-k errs by less than 3 units in the last place of the product. Rounding that
     * product to float therefore gives the float nearest the decimal unless a float midpoint lies within
     * those 3 units, and such products are left to the general parser.
     */
    private static long shortDecimal(byte[] b, int i, int commaOffset) {
        int minus = isMinus(b[i]);
        int p = i + minus;
        long word = AsciiWords.word(b, p);
        if ((word & 0xFFFF) == ZERO_POINT) {
            return fractionDecimal(b, i, p + 2, commaOffset, minus, 0, 1);
        }
        int integerDigits = AsciiWords.leadingDigits(word);
        if (integerDigits == 0 || integerDigits == 8 || (byte) (word >>> (integerDigits << 3)) != '.') {
            return NO_MATCH;
        }
        long integerPart = integerDigits == 1 ? word & 0xF : AsciiWords.digitsValue(word, integerDigits);
        return fractionDecimal(b, i, p + integerDigits + 1, commaOffset, minus, integerPart, integerDigits);
    }

    /**
     * The rest of {@link #shortDecimal}: the fraction's digits from {@code p} up to the comma at
     * {@code i + commaOffset}, after an integer part already read. An integer part of a single {@code 0}, as in
     * every element of a normalized embedding, is recognised by its two bytes {@code 0.} alone; reading it
     * like other integer parts made the whole parse about a fifth slower.
     */
    private static long fractionDecimal(byte[] b, int i, int p, int commaOffset, int minus, long integerPart,
            int integerDigits) {
        long first = AsciiWords.word(b, p);
        long second = AsciiWords.word(b, p + 8);
        int firstDigits = AsciiWords.leadingDigits(first);
        int secondDigits = firstDigits == 8 ? AsciiWords.leadingDigits(second) : 0;
        int fractionDigits = firstDigits + secondDigits;
        if (p + fractionDigits != i + commaOffset || commaOffset == AsciiWords.NO_COMMA || fractionDigits == 0
                || integerDigits + fractionDigits > MAX_SIGNIFICANT_DIGITS) {
            return NO_MATCH;
        }
        long fraction = AsciiWords.digitsValue(first, firstDigits) * LONG_POWERS_OF_TEN[secondDigits]
                + AsciiWords.digitsValue(second, secondDigits);
        long significand = integerPart * LONG_POWERS_OF_TEN[fractionDigits] + fraction;
        if (significand > MAX_EXACT_SIGNIFICAND) {
            return NO_MATCH;
        }
        double d = significand * NEGATIVE_POWERS_OF_TEN[fractionDigits];
        if (((Double.doubleToRawLongBits(d) - FLOAT_MIDPOINT_BITS + MIDPOINT_MARGIN) & DOUBLE_BITS_BEYOND_FLOAT)
                <= 2 * MIDPOINT_MARGIN) {
            return NO_MATCH;
        }
        return (Float.floatToRawIntBits((float) d) | minus << 31) & 0xFFFF_FFFFL;
    }

    private static float checkFinite(float value, String typeName, byte[] b, int start, int end) {
        if (Float.isInfinite(value)) {
            throw new IllegalArgumentException(typeName + " literal has a value out of float range: " + excerpt(b, start, end));
        }
        return value;
    }

    /** 1 for {@code '-'}, else 0, without a branch (signs are random in embeddings: unpredictable). */
    private static int isMinus(byte c) {
        return (((c & 0xFF) ^ '-') - 1) >>> 31;
    }

    static int skipSpace(byte[] b, int from, int to) {
        while (from < to && isSpace(b[from])) {
            from++;
        }
        return from;
    }

    /** pgvector's whitespace: space, {@code \t}, {@code \n}, {@code \r}, {@code \u000B} (vertical tab), {@code \f}. */
    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static IllegalArgumentException invalid(String typeName, byte[] b, int start, int end) {
        return new IllegalArgumentException("invalid " + typeName + " literal: " + excerpt(b, start, end));
    }

    static String excerpt(byte[] b, int start, int end) {
        int length = Math.min(end - start, MAX_MESSAGE_CHARS);
        String text = new String(b, start, length, StandardCharsets.ISO_8859_1);
        return "'" + text + (end - start > length ? "…'" : "'");
    }
}
