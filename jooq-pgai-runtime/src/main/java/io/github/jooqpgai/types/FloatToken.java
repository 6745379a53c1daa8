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
    private static final int FLOAT_SIGNIFICAND_BITS = 24;
    /** Hexadecimal digits kept exactly: 60 bits, beyond the 24 + rounding bit any float needs. */
    private static final int MAX_HEX_DIGITS = 15;

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

    /**
     * Hexadecimal digits from {@code i} (after {@code 0x}), with an optional point and {@code p} exponent,
     * rounded as glibc's {@code strtof} rounds them (see {@link #glibcHexBits}).
     */
    private static long hexadecimal(byte[] b, int numberStart, int i, int end) {
        long significand = 0;
        int binaryExponent = 0;
        int collected = 0;
        boolean sticky = false;
        boolean fraction = false;
        for (; i < end; i++) {
            int digit = hexValue(b[i]);
            if (digit < 0) {
                if (b[i] != '.' || fraction) {
                    break;
                }
                fraction = true;
                continue;
            }
            if (significand == 0 && digit == 0) {
                binaryExponent -= fraction ? 4 : 0;
            } else if (collected < MAX_HEX_DIGITS) {
                significand = significand << 4 | digit;
                binaryExponent -= fraction ? 4 : 0;
                collected++;
            } else {
                sticky |= digit != 0;
                binaryExponent += fraction ? 0 : 4;
            }
        }
        int exponentEnd = exponentEnd(b, i, end, 'p');
        if (exponentEnd != i) {
            binaryExponent += explicitExponent(b, i + 1, exponentEnd);
        }
        int bits = glibcHexBits(significand, binaryExponent, sticky) | (b[numberStart] == '-' ? 0x8000_0000 : 0);
        return (long) exponentEnd << 32 | (bits & 0xFFFF_FFFFL);
    }

    /**
     * The float bits of {@code significand * 2^binaryExponent} (plus a little when {@code sticky}), rounded
     * to nearest, ties to even, as glibc 2.36's {@code strtof} does it for hexadecimal input: the first 24
     * significant bits, a rounding bit and a sticky bit; for a subnormal result glibc then shifts the 24 bits
     * right and takes the new rounding bit from them, dropping the old rounding bit instead of folding it
     * into the sticky bit. So {@code 0x1.000001p-150} is 0 there (correct rounding gives 2^-149), and that
     * is what PostgreSQL stores. Decimal input is rounded correctly by glibc, so only this path needs it.
     */
    private static int glibcHexBits(long significand, int binaryExponent, boolean sticky) {
        if (significand == 0) {
            return 0;
        }
        int top = 63 - Long.numberOfLeadingZeros(significand);
        int exponent = top + binaryExponent;
        long mantissa;
        boolean half;
        boolean more = sticky;
        if (top >= FLOAT_SIGNIFICAND_BITS) {
            int dropped = top - (FLOAT_SIGNIFICAND_BITS - 1);
            mantissa = significand >>> dropped;
            half = (significand >>> (dropped - 1) & 1) != 0;
            more |= (significand & ((1L << (dropped - 1)) - 1)) != 0;
        } else {
            mantissa = significand << (FLOAT_SIGNIFICAND_BITS - 1 - top);
            half = false;
        }
        if (exponent > Float.MAX_EXPONENT) {
            return Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
        }
        if (exponent >= Float.MIN_EXPONENT) {
            if (half && (more || (mantissa & 1) != 0)) {
                mantissa++;
                if (mantissa == 1L << FLOAT_SIGNIFICAND_BITS) {
                    mantissa >>>= 1;
                    exponent++;
                    if (exponent > Float.MAX_EXPONENT) {
                        return Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
                    }
                }
            }
            return (exponent + Float.MAX_EXPONENT) << (FLOAT_SIGNIFICAND_BITS - 1) | (int) (mantissa & 0x7F_FFFF);
        }
        int shift = Float.MIN_EXPONENT - exponent;
        if (shift > FLOAT_SIGNIFICAND_BITS) {
            return 0;
        }
        // glibc: the old rounding bit is lost here, only the bits below it stay in the sticky bit
        half = (mantissa >>> (shift - 1) & 1) != 0;
        more |= (mantissa & ((1L << (shift - 1)) - 1)) != 0;
        long subnormal = mantissa >>> shift;
        if (half && (more || (subnormal & 1) != 0)) {
            subnormal++;
        }
        return (int) subnormal;
    }

    /** Whether a hexadecimal digit, or a point and one, starts at {@code i}. */
    private static boolean hexDigitsAt(byte[] b, int i, int end) {
        return i < end && (isHexDigit(b[i]) || (b[i] == '.' && i + 1 < end && isHexDigit(b[i + 1])));
    }

    private static boolean isHexDigit(byte c) {
        return hexValue(c) >= 0;
    }

    /** The value of an ASCII hexadecimal digit, or -1. */
    private static int hexValue(byte c) {
        int lower = c | 0x20;
        return isDigit(c) ? c - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
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
