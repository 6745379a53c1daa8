package io.github.jooqpgai.types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The pgvector text format, parsed and formatted without regular expressions, {@code split} or boxing
 * (digits up to eight at a time, SWAR). Elements in pgvector's usual shape, {@code -0.012345679}, take a
 * fast path that finds the next comma first, so that consecutive elements are parsed in parallel by the
 * CPU, and replaces the division by 10^k with an exact-or-decline multiplication; every other element
 * goes through the general parser, which agrees with {@link Float#parseFloat} bit for bit.
 * The bindings parse the raw bytes the driver received, so no intermediate {@code String} is built.
 *
 * <pre>{@code
 * byte[] wire = "[1,2.5,-3e-05]".getBytes(StandardCharsets.US_ASCII);
 * Vector v = VectorText.vector(wire, 0, wire.length);
 * String literal = VectorText.format(v.toArray());   // "[1.0,2.5,-3.0E-5]"
 * }</pre>
 */
public final class VectorText {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
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
    private static final long COMMAS = 0x2C2C_2C2C_2C2C_2C2CL;
    private static final long NO_MATCH = -1L;
    private static final int MAX_SIGNIFICANT_DIGITS = 18;
    private static final int MAX_MESSAGE_CHARS = 80;
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<float[]> DENSE_BUFFER =
            ThreadLocal.withInitial(() -> new float[Elements.MAX_DENSE_DIMENSIONS]);

    private VectorText() {
    }

    /** Parses a {@code vector} literal from ASCII bytes. */
    public static Vector vector(byte[] text, int offset, int length) {
        return Vector.ofChecked(parseDense(text, offset, offset + length, Vector.TYPE_NAME));
    }

    /** Parses a {@code halfvec} literal from ASCII bytes. */
    public static HalfVector halfVector(byte[] text, int offset, int length) {
        return HalfVector.ofOwned(parseDense(text, offset, offset + length, HalfVector.TYPE_NAME));
    }

    /** Parses a {@code sparsevec} literal from ASCII bytes. */
    public static SparseVector sparseVector(byte[] text, int offset, int length) {
        return parseSparse(text, offset, offset + length);
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
    public static String format(float[] values) {
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
    public static String format(SparseVector vector) {
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
        float[] buffer = DENSE_BUFFER.get();
        int fastLimit = end - SHORT_DECIMAL_LOOKAHEAD;
        int n = 0;
        while (true) {
            while (i <= fastLimit && n < buffer.length) {
                int comma = i + commaOffset((long) LITTLE_ENDIAN_LONG.get(b, i), (long) LITTLE_ENDIAN_LONG.get(b, i + 8));
                long bits = shortDecimal(b, i, comma);
                if (bits == NO_MATCH) {
                    break;
                }
                buffer[n++] = Float.intBitsToFloat((int) bits);
                i = comma + 1;
            }
            long element = anyDecimal(b, i, typeName, start, end);
            n = append(buffer, n, Float.intBitsToFloat((int) element), typeName);
            i = (int) (element >>> 32);
            i = skipSpace(b, i, end);
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
        return Arrays.copyOf(buffer, n);
    }

    private static int append(float[] buffer, int n, float value, String typeName) {
        if (n == buffer.length) {
            Elements.checkDenseLength(typeName, n + 1);
        }
        buffer[n] = value;
        return n + 1;
    }

    /**
     * The common shape of pgvector's output, {@code [-]d{1,7}.d{1,15}} from {@code i} up to the comma at
     * {@code comma}: the float's bits, or {@link #NO_MATCH} for anything else, including the rare value
     * whose double lies within a few units in the last place of a float rounding midpoint. Reads at most
     * {@link #SHORT_DECIMAL_LOOKAHEAD} bytes from {@code i}.
     *
     * <p>Exact: the significand is below 2^53, so it converts to double exactly; multiplying by the
     * double nearest 10^-k errs by less than 3 units in the last place of the product. Rounding that
     * product to float therefore gives the float nearest the decimal unless a float midpoint lies within
     * those 3 units, and such products are left to {@link #anyDecimal}.
     */
    private static long shortDecimal(byte[] b, int i, int comma) {
        int minus = isMinus(b[i]);
        int p = i + minus;
        long word = (long) LITTLE_ENDIAN_LONG.get(b, p);
        int integerDigits = leadingDigits(word);
        if (integerDigits == 0 || integerDigits == 8 || (byte) (word >>> (integerDigits << 3)) != '.') {
            return NO_MATCH;
        }
        p += integerDigits + 1;
        long first = (long) LITTLE_ENDIAN_LONG.get(b, p);
        long second = (long) LITTLE_ENDIAN_LONG.get(b, p + 8);
        int firstDigits = leadingDigits(first);
        int secondDigits = firstDigits == 8 ? leadingDigits(second) : 0;
        int fractionDigits = firstDigits + secondDigits;
        if (p + fractionDigits != comma || fractionDigits == 0 || integerDigits + fractionDigits > MAX_SIGNIFICANT_DIGITS) {
            return NO_MATCH;
        }
        long integerPart = integerDigits == 1 ? word & 0xF : digitsValue(word, integerDigits);
        long fraction = digitsValue(first, firstDigits) * LONG_POWERS_OF_TEN[secondDigits] + digitsValue(second, secondDigits);
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

    /**
     * Any decimal PostgreSQL accepts, after optional whitespace: the end position in the high and the
     * float's bits in the low half. Exact fast path for up to 2^53 significands and powers of ten up to 22
     * (see {@link #parseFloat}); {@link Float#parseFloat} decides the rest.
     */
    private static long anyDecimal(byte[] b, int i, String typeName, int start, int end) {
        i = skipSpace(b, i, end);
        int numberStart = i;
        boolean negative = i < end && b[i] == '-';
        i += negative || (i < end && b[i] == '+') ? 1 : 0;
        long significand = 0;
        int digitsStart = i;
        int digit;
        while (i < end && (digit = b[i] - '0') >= 0 && digit <= 9) {
            significand = significand * 10 + digit;
            i++;
        }
        int digits = i - digitsStart;
        int exponent = 0;
        if (i < end && b[i] == '.') {
            i++;
            int fractionStart = i;
            int run = 8;
            while (run == 8 && i + 8 <= end) {
                long word = (long) LITTLE_ENDIAN_LONG.get(b, i);
                run = leadingDigits(word);
                significand = significand * LONG_POWERS_OF_TEN[run] + digitsValue(word, run);
                i += run;
            }
            while (i < end && (digit = b[i] - '0') >= 0 && digit <= 9) {
                significand = significand * 10 + digit;
                i++;
            }
            exponent = fractionStart - i;
            digits -= exponent;
        }
        if (digits == 0) {
            throw invalid(typeName, b, start, end);
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int exponentStart = i;
            int explicit = 0;
            while (i < end && (digit = b[i] - '0') >= 0 && digit <= 9) {
                if (explicit < 100_000) {
                    explicit = explicit * 10 + digit;
                }
                i++;
            }
            if (i == exponentStart) {
                throw invalid(typeName, b, start, end);
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        float value;
        if (digits <= MAX_SIGNIFICANT_DIGITS && significand <= MAX_EXACT_SIGNIFICAND && exponent >= -22 && exponent <= 22) {
            double d = exponent >= 0 ? significand * POWERS_OF_TEN[exponent] : significand / POWERS_OF_TEN[-exponent];
            value = (float) d;
            value = isFloatMidpoint(d, value)
                    ? slowParse(b, numberStart, i, typeName, start, end)
                    : Float.intBitsToFloat(Float.floatToRawIntBits(value) | (negative ? 0x8000_0000 : 0));
        } else {
            value = slowParse(b, numberStart, i, typeName, start, end);
        }
        int bits = Float.floatToRawIntBits(checkFinite(value, typeName, b, start, end));
        return (long) i << 32 | (bits & 0xFFFF_FFFFL);
    }

    private static SparseVector parseSparse(byte[] b, int start, int end) {
        String typeName = SparseVector.TYPE_NAME;
        int from = skipSpace(b, start, end);
        int to = trimEnd(b, from, end);
        int slash = to - 1;
        while (slash > from && b[slash] != '/') {
            slash--;
        }
        int close = trimEnd(b, from, slash);
        if (slash <= from || b[from] != '{' || close <= from || b[close - 1] != '}') {
            throw invalid(typeName, b, start, end);
        }
        int dimensions = parseInt(b, slash + 1, to, typeName, start, end);
        from++;
        close--;
        int count = 0;
        if (skipSpace(b, from, close) < close) {
            count = 1;
            for (int i = from; i < close; i++) {
                if (b[i] == ',') {
                    count++;
                }
            }
        }
        int[] indices = new int[count];
        float[] values = new float[count];
        int tokenStart = from;
        int n = 0;
        for (int i = from; i <= close && n < count; i++) {
            if (i == close || b[i] == ',') {
                int colon = tokenStart;
                while (colon < i && b[colon] != ':') {
                    colon++;
                }
                if (colon == i) {
                    throw invalid(typeName, b, start, end);
                }
                indices[n] = parseInt(b, tokenStart, colon, typeName, start, end) - 1;
                values[n++] = parseFloat(b, colon + 1, i, typeName, start, end);
                tokenStart = i + 1;
            }
        }
        return SparseVector.build(dimensions, indices, values);
    }

    private static int parseInt(byte[] b, int from, int to, String typeName, int start, int end) {
        from = skipSpace(b, from, to);
        to = trimEnd(b, from, to);
        if (from == to || to - from > 10) {
            throw invalid(typeName, b, start, end);
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                throw invalid(typeName, b, start, end);
            }
            value = value * 10 + digit;
        }
        if (value > Integer.MAX_VALUE) {
            throw invalid(typeName, b, start, end);
        }
        return (int) value;
    }

    /**
     * Parses one decimal float. Exact fast path: up to 2^53 significand and a power of ten up to 22
     * give a correctly rounded double; narrowing it to float is exact unless the double sits on a
     * float rounding midpoint, in which case (and for anything unusual) {@link Float#parseFloat} decides.
     */
    private static float parseFloat(byte[] b, int from, int to, String typeName, int start, int end) {
        from = skipSpace(b, from, to);
        to = trimEnd(b, from, to);
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long significand = 0;
        int significantDigits = 0;
        int exponent = 0;
        boolean truncated = false;
        boolean anyDigit = false;
        while (i < to && isDigit(b[i])) {
            anyDigit = true;
            if (significantDigits < MAX_SIGNIFICANT_DIGITS) {
                significand = significand * 10 + (b[i] - '0');
                if (significand != 0) {
                    significantDigits++;
                }
            } else {
                exponent++;
                truncated |= b[i] != '0';
            }
            i++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && isDigit(b[i])) {
                anyDigit = true;
                if (significantDigits < MAX_SIGNIFICANT_DIGITS) {
                    significand = significand * 10 + (b[i] - '0');
                    if (significand != 0) {
                        significantDigits++;
                    }
                    exponent--;
                } else {
                    truncated |= b[i] != '0';
                }
                i++;
            }
        }
        if (!anyDigit) {
            throw invalid(typeName, b, start, end);
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            if (i == to) {
                throw invalid(typeName, b, start, end);
            }
            int explicit = 0;
            while (i < to && isDigit(b[i])) {
                if (explicit < 100_000) {
                    explicit = explicit * 10 + (b[i] - '0');
                }
                i++;
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (i != to) {
            throw invalid(typeName, b, start, end);
        }
        float value;
        if (significand == 0 && !truncated) {
            return negative ? -0f : 0f;
        }
        if (!truncated && significand <= MAX_EXACT_SIGNIFICAND && exponent >= -22 && exponent <= 22) {
            double d = exponent >= 0 ? significand * POWERS_OF_TEN[exponent] : significand / POWERS_OF_TEN[-exponent];
            value = (float) d;
            if (isFloatMidpoint(d, value)) {
                value = slowParse(b, from, to, typeName, start, end);
                return checkFinite(value, typeName, b, start, end);
            }
        } else {
            value = slowParse(b, from, to, typeName, start, end);
            return checkFinite(value, typeName, b, start, end);
        }
        return checkFinite(negative ? -value : value, typeName, b, start, end);
    }

    /**
     * Whether narrowing {@code d} to float is a tie: for results in float's normal range that is the
     * 29 bits double has beyond float's 23 reading exactly {@code 1000…0}.
     */
    private static boolean isFloatMidpoint(double d, float nearest) {
        if (Math.abs(d) >= 0x1p-126) {
            return (Double.doubleToRawLongBits(d) & DOUBLE_BITS_BEYOND_FLOAT) == FLOAT_MIDPOINT_BITS;
        }
        if ((double) nearest == d) {
            return false;
        }
        float other = d > nearest ? Math.nextUp(nearest) : Math.nextDown(nearest);
        return d - nearest == other - d;
    }

    private static float slowParse(byte[] b, int from, int to, String typeName, int start, int end) {
        try {
            return Float.parseFloat(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            throw invalid(typeName, b, start, end);
        }
    }

    private static float checkFinite(float value, String typeName, byte[] b, int start, int end) {
        if (Float.isInfinite(value)) {
            throw new IllegalArgumentException(typeName + " literal has a value out of float range: " + excerpt(b, start, end));
        }
        return value;
    }

    /** How many of 8 bytes read little-endian, from the lowest, are ASCII digits (SWAR, no branches). */
    private static int leadingDigits(long word) {
        long t = word ^ 0x3030_3030_3030_3030L;
        long nonDigit = ((t + 0x7676_7676_7676_7676L) | t) & 0x8080_8080_8080_8080L;
        return Long.numberOfTrailingZeros(nonDigit) >>> 3;
    }

    /**
     * The offset of the first comma in 16 bytes read as two little-endian words, or 16 if there is none.
     * Finding the next element this way keeps the loop's dependency chain short: parsing one element
     * overlaps with finding and parsing the next.
     */
    private static int commaOffset(long low, long high) {
        int inLow = firstZeroByte(low ^ COMMAS);
        return inLow < 8 ? inLow : 8 + firstZeroByte(high ^ COMMAS);
    }

    /** The index (0 to 7) of the lowest zero byte of a little-endian word, or 8 if there is none. */
    private static int firstZeroByte(long word) {
        return Long.numberOfTrailingZeros((word - 0x0101_0101_0101_0101L) & ~word & 0x8080_8080_8080_8080L) >>> 3;
    }

    /** The value of the first {@code count} (0 to 8) digits of a little-endian word. */
    private static long digitsValue(long word, int count) {
        int shift = 32 - 4 * count;
        return eightDigits((word << shift) << shift);
    }

    private static long eightDigits(long word) {
        long v = ((word & 0x0F0F_0F0F_0F0F_0F0FL) * 2561) >>> 8;
        v = ((v & 0x00FF_00FF_00FF_00FFL) * 6_553_601) >>> 16;
        return ((v & 0x0000_FFFF_0000_FFFFL) * 42_949_672_960_001L) >>> 32;
    }

    /** 1 for {@code '-'}, else 0, without a branch (signs are random in embeddings: unpredictable). */
    private static int isMinus(byte c) {
        return (((c & 0xFF) ^ '-') - 1) >>> 31;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpace(byte[] b, int from, int to) {
        while (from < to && isSpace(b[from])) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && isSpace(b[to - 1])) {
            to--;
        }
        return to;
    }

    private static boolean isSpace(byte c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    }

    private static IllegalArgumentException invalid(String typeName, byte[] b, int start, int end) {
        return new IllegalArgumentException("invalid " + typeName + " literal: " + excerpt(b, start, end));
    }

    private static String excerpt(byte[] b, int start, int end) {
        int length = Math.min(end - start, MAX_MESSAGE_CHARS);
        String text = new String(b, start, length, StandardCharsets.ISO_8859_1);
        return "'" + text + (end - start > length ? "…'" : "'");
    }
}
