package io.github.jooqpgai.types;

import java.nio.charset.StandardCharsets;

/**
 * One number as C's {@code strtof} reads it in PostgreSQL's C locale, which is what pgvector's input
 * functions call for every element: an optional sign, then decimal digits with an optional point and
 * {@code e} exponent, or {@code 0x} hexadecimal digits with an optional point and {@code p} exponent,
 * correctly rounded to float. An exponent without digits is not part of the number. {@code inf},
 * {@code infinity} and {@code nan} are not numbers here: pgvector rejects non-finite elements anyway.
 *
 * <pre>{@code
 * long token = FloatToken.parse(bytes, i, end);
 * if (token == FloatToken.NO_NUMBER) { ... }
 * float value = FloatToken.value(token);   // infinite if it overflows float
 * int next = FloatToken.end(token);        // the position after the number
 * }</pre>
 */
final class FloatToken {

    /** What {@link #parse} returns when no number starts at the position. */
    static final long NO_NUMBER = -1L;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long[] LONG_POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L,
        1_000_000L, 10_000_000L, 100_000_000L};
    private static final long MAX_EXACT_SIGNIFICAND = 1L << 53;
    private static final int MAX_SIGNIFICANT_DIGITS = 18;
    private static final int MAX_EXACT_POWER = 22;
    private static final int EXPONENT_CAP = 100_000;
    private static final long DOUBLE_BITS_BEYOND_FLOAT = 0x1FFF_FFFFL;
    private static final long FLOAT_MIDPOINT_BITS = 0x1000_0000L;

    private FloatToken() {
    }

    /** The position after the number of a token {@link #parse} returned. */
    static int end(long token) {
        return (int) (token >>> 32);
    }

    /** The value of a token {@link #parse} returned. */
    static float value(long token) {
        return Float.intBitsToFloat((int) token);
    }

    /**
     * The number that starts exactly at {@code b[i]} (no whitespace before it) and ends at or before
     * {@code end}: its end position in the high half and its float's bits in the low half (infinite when
     * it overflows float), or {@link #NO_NUMBER}.
     */
    static long parse(byte[] b, int i, int end) {
        int numberStart = i;
        boolean negative = i < end && b[i] == '-';
        i += negative || (i < end && b[i] == '+') ? 1 : 0;
        if (i + 1 < end && b[i] == '0' && (b[i + 1] | 0x20) == 'x' && hexDigitsAt(b, i + 2, end)) {
            return hexadecimal(b, numberStart, i + 2, end);
        }
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
                long word = AsciiWords.word(b, i);
                run = AsciiWords.leadingDigits(word);
                significand = significand * LONG_POWERS_OF_TEN[run] + AsciiWords.digitsValue(word, run);
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
            return NO_NUMBER;
        }
        int exponentEnd = exponentEnd(b, i, end, 'e');
        if (exponentEnd != i) {
            exponent += explicitExponent(b, i + 1, exponentEnd);
            i = exponentEnd;
        }
        float value;
        if (digits <= MAX_SIGNIFICANT_DIGITS && significand <= MAX_EXACT_SIGNIFICAND
                && exponent >= -MAX_EXACT_POWER && exponent <= MAX_EXACT_POWER) {
            double d = exponent >= 0 ? significand * POWERS_OF_TEN[exponent] : significand / POWERS_OF_TEN[-exponent];
            value = (float) d;
            value = isFloatMidpoint(d, value)
                    ? Float.parseFloat(text(b, numberStart, i))
                    : Float.intBitsToFloat(Float.floatToRawIntBits(value) | (negative ? 0x8000_0000 : 0));
        } else {
            value = Float.parseFloat(text(b, numberStart, i));
        }
        return (long) i << 32 | (Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    /**
     * Whether the number in {@code b[from, to)} has a non-zero digit before its exponent: a zero value
     * of such a number is an underflow, which {@code strtof} reports as a range error.
     */
    static boolean hasNonZeroDigit(byte[] b, int from, int to) {
        int i = from + (b[from] == '-' || b[from] == '+' ? 1 : 0);
        boolean hex = i + 1 < to && b[i] == '0' && (b[i + 1] | 0x20) == 'x';
        char exponentMark = hex ? 'p' : 'e';
        for (i += hex ? 2 : 0; i < to && (b[i] | 0x20) != exponentMark; i++) {
            if (b[i] != '0' && b[i] != '.') {
                return true;
            }
        }
        return false;
    }

    /** Hexadecimal digits from {@code i} (after {@code 0x}), with an optional point and {@code p} exponent. */
    private static long hexadecimal(byte[] b, int numberStart, int i, int end) {
        while (i < end && isHexDigit(b[i])) {
            i++;
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isHexDigit(b[i])) {
                i++;
            }
        }
        int exponentEnd = exponentEnd(b, i, end, 'p');
        // Java's hexadecimal syntax requires the binary exponent that C's makes optional
        String text = text(b, numberStart, exponentEnd) + (exponentEnd == i ? "p0" : "");
        float value = Float.parseFloat(text);
        return (long) exponentEnd << 32 | (Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    /** Whether a hexadecimal digit, or a point and one, starts at {@code i}. */
    private static boolean hexDigitsAt(byte[] b, int i, int end) {
        return i < end && (isHexDigit(b[i]) || (b[i] == '.' && i + 1 < end && isHexDigit(b[i + 1])));
    }

    private static boolean isHexDigit(byte c) {
        int lower = c | 0x20;
        return isDigit(c) || (lower >= 'a' && lower <= 'f');
    }

    /**
     * The end of an exponent that starts at {@code i} with {@code mark} (either case), an optional sign
     * and at least one digit; {@code i} itself when there is no such exponent.
     */
    private static int exponentEnd(byte[] b, int i, int end, char mark) {
        if (i >= end || (b[i] | 0x20) != mark) {
            return i;
        }
        int j = i + 1;
        if (j < end && (b[j] == '-' || b[j] == '+')) {
            j++;
        }
        int digitsStart = j;
        while (j < end && isDigit(b[j])) {
            j++;
        }
        return j == digitsStart ? i : j;
    }

    /** The exponent in {@code b[from, to)} (optional sign, digits), its magnitude capped far beyond float's range. */
    private static int explicitExponent(byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int i = from + (negative || b[from] == '+' ? 1 : 0);
        int magnitude = 0;
        for (; i < to; i++) {
            magnitude = Math.min(magnitude * 10 + (b[i] - '0'), EXPONENT_CAP);
        }
        return negative ? -magnitude : magnitude;
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

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
