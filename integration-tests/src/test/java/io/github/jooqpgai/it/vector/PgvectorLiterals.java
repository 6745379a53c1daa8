package io.github.jooqpgai.it.vector;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random pgvector text literals, valid and invalid, for differential tests against PostgreSQL:
 * elements in pgvector's own output shape and in every other shape {@code strtof} may meet (signs,
 * exponents, 0 to 20 fraction digits, long integer parts, values that overflow or underflow float,
 * decimals next to float rounding midpoints, hexadecimal, NaN and infinity spellings, junk), every
 * whitespace pgvector knows (and one it does not) around elements and brackets, and literal-level
 * damage (missing brackets, double or trailing commas, inserted, deleted or doubled characters, cuts).
 *
 * <pre>{@code
 * PgvectorLiterals literals = new PgvectorLiterals(seed);
 * String dense = literals.dense(literals.denseLength());
 * String sparse = literals.sparse();
 * }</pre>
 */
final class PgvectorLiterals {

    private static final String[] SPACES = {" ", "\t", "\n", "\r", "\f", "\u000B"};
    private static final String[] SPECIAL_ELEMENTS = {
        "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "+INFINITY", "infinit", "nan(1)",
        "1e39", "-1e39", "3.4028235e38", "3.40282346e38", "3.4028236e38", "-3.40282357e38", "3.402823567e38",
        "1.4e-45", "1.401298e-45", "7e-46", "7.006e-46", "1e-46", "1e-50", "-1e-50", "0e999", "1e-99999", "1e99999",
        "1.17549435e-38", "1.1754942e-38", "65504", "65519.99", "65520", "-65520", "6e-8", "2.98e-8", "2.99e-8",
        "0x1p3", "0x1.8p1", "-0X.8", "0x1.", "0x1P-149", "0x1p-150", "0x1.000001p-150", "0x1p128", "0x1.fffffep127",
        "0x1.ffffffp127", "0xABCdef", "0x", "0x.", "0x.p1", "0x1p", "0x1p+", "0xg", "1p3", "0x1e5", "0x1.8e1p2",
        "+.5", "-.5e1", "1.", ".", "-", "+", "e5", "1e", "1e+", "1e-", "1.e5", ".e5", "00012.5", "-000", "+0", "-0.0",
        "1..2", "1.2.3", "1e5e5", "1,5", "--1", "+-1", "1-", "0.1f", "1d", "١", "½", "٣.٥", "1_000",
        "123456789012345678901234567890", "0.000000000000000000000000000000000000000000001",
        "1.23456789012345e5", "1.23456789012345", "12345678.123456789", "9999999.999999999999"
    };
    private static final String[] DAMAGE = {"x", "#", "e", "E", ".", "-", "+", ",", ",,", "]", "[", "{", "}", ":", "/",
        " ", "\f", "\u000B", "\u001C", "\u00A0", "é", "0x", "nan", "1", "0", ";", "'", "\"", "\\"};

    private final SplittableRandom random;

    PgvectorLiterals(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A dense length: mostly short, some long, now and then pgvector's limit of 16,000 or one more. */
    int denseLength() {
        int roll = random.nextInt(1000);
        if (roll == 0) {
            return 16_000 + random.nextInt(2);
        }
        if (roll < 520) {
            return 1 + random.nextInt(10);
        }
        if (roll < 820) {
            return 11 + random.nextInt(200);
        }
        if (roll < 980) {
            return 200 + random.nextInt(900);
        }
        return 1_000 + random.nextInt(3_000);
    }

    /** A {@code vector}/{@code halfvec} literal of {@code length} elements, damaged now and then. */
    String dense(int length, boolean half) {
        int mode = random.nextInt(10);
        int elements = mode < 8 ? length : Math.min(length, 1 + random.nextInt(6));
        StringBuilder sb = new StringBuilder(elements * 14 + 8);
        sb.append(space()).append('[').append(space());
        for (int i = 0; i < elements; i++) {
            if (i > 0) {
                sb.append(space()).append(',').append(space());
            }
            sb.append(mode < 5 ? usualElement(half) : mode < 8 ? validElement(half) : element(half));
        }
        sb.append(space()).append(']').append(space());
        return damaged(sb);
    }

    /** A {@code sparsevec} literal (wild indices, dimensions and values in two of five), damaged now and then. */
    String sparse() {
        boolean wild = random.nextInt(5) < 2;
        int elements = random.nextInt(20) == 0 ? random.nextInt(1_000) : random.nextInt(wild ? 12 : 40);
        if (random.nextInt(200) == 0) {
            elements = 16_000 + random.nextInt(2);
        }
        long dimensions = wild ? sparseDimensions() : elements + 1 + random.nextInt(random.nextBoolean() ? 50 : 100_000);
        Set<Long> used = new HashSet<>();
        StringBuilder sb = new StringBuilder(elements * 20 + 16);
        sb.append(space()).append('{').append(space());
        for (int i = 0; i < elements; i++) {
            if (i > 0) {
                sb.append(space()).append(',').append(space());
            }
            String index = wild ? sparseIndex(dimensions, i) : Long.toString(distinctIndex(dimensions, used));
            sb.append(index).append(space()).append(':').append(space());
            int kind = random.nextInt(4);
            sb.append(kind == 0 ? zero(wild) : wild && kind == 1 ? element(false) : kind == 1 ? validElement(false) : usualElement(false));
        }
        sb.append(space()).append('}').append(space()).append('/').append(space());
        sb.append(random.nextInt(10) == 0 ? "+" : "").append(dimensions).append(space());
        return damaged(sb);
    }

    /** A one-based index below {@code dimensions} (more than the elements) not in {@code used} yet. */
    private long distinctIndex(long dimensions, Set<Long> used) {
        long index = 1 + random.nextLong(dimensions);
        while (!used.add(index)) {
            index = 1 + random.nextLong(dimensions);
        }
        return index;
    }

    private long sparseDimensions() {
        return switch (random.nextInt(10)) {
            case 0 -> random.nextInt(-2, 1);
            case 1 -> 1_000_000_000L + random.nextInt(-1, 2);
            case 2 -> 4_294_967_297L;
            case 3 -> random.nextLong(1, 1_000_000_001L);
            default -> 1 + random.nextInt(2_000);
        };
    }

    private String sparseIndex(long dimensions, int position) {
        long valid = 1 + random.nextLong(Math.max(1, dimensions));
        return switch (random.nextInt(20)) {
            case 0 -> "0";
            case 1 -> "-" + random.nextInt(3);
            case 2 -> "+" + valid;
            case 3 -> Long.toString(dimensions + 1);
            case 4 -> "2147483648";
            case 5 -> "4294967297";
            case 6 -> "99999999999999999999";
            case 7 -> "1";
            case 8 -> "00" + (1 + position);
            default -> Long.toString(valid);
        };
    }

    /** A zero; when {@code wild}, also a non-zero value that underflows to zero (pgvector rejects those here). */
    private String zero(boolean wild) {
        String[] zeros = {"0", "0.0", "-0", "+0.000", "0e5", "0e-999", "0x0p-5", "1e-50", "-1e-46", "7e-46", "0x1p-200"};
        return zeros[random.nextInt(wild ? zeros.length : 7)];
    }

    /** What pgvector prints: the shortest decimal of a float, plain or with a two-digit exponent. */
    private String usualElement(boolean half) {
        double scale = half ? Math.pow(10, random.nextInt(-8, 5)) : Math.pow(10, random.nextInt(-12, 12));
        float f = (float) ((random.nextDouble() * 2 - 1) * (random.nextInt(4) == 0 ? 0.125 : scale));
        BigDecimal shortest = new BigDecimal(Float.toString(f)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return (f < 0 ? "-" : "") + mantissa + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        return shortest.toPlainString();
    }

    /** An element of any shape, valid or not. */
    private String element(boolean half) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> SPECIAL_ELEMENTS[random.nextInt(SPECIAL_ELEMENTS.length)];
            case 2 -> nearMidpoint(half);
            case 3 -> hexadecimal(true);
            default -> decimal(true);
        };
    }

    /** An element in one of the shapes pgvector accepts, within float's range (halfvec's, mostly). */
    private String validElement(boolean half) {
        return switch (random.nextInt(8)) {
            case 0 -> usualElement(half);
            case 1 -> nearMidpoint(half);
            case 2 -> hexadecimal(false);
            default -> decimal(false);
        };
    }

    /**
     * Sign, 0 to 25 integer digits, an optional point with 0 to 20 fraction digits, an optional exponent;
     * unless {@code wild}, always some digit and no exponent that could overflow float.
     */
    private String decimal(boolean wild) {
        StringBuilder sb = new StringBuilder();
        int sign = random.nextInt(4);
        sb.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
        int integerDigits = random.nextInt(5) == 0 ? random.nextInt(26) : random.nextInt(1, 8);
        digits(sb, integerDigits, random.nextInt(3) == 0);
        int fractionDigits = random.nextInt(21);
        if (random.nextInt(5) > 0 || (!wild && integerDigits == 0)) {
            sb.append('.');
            digits(sb, !wild && integerDigits == 0 ? Math.max(1, fractionDigits) : fractionDigits, false);
        }
        if (random.nextInt(3) == 0) {
            sb.append(random.nextBoolean() ? 'e' : 'E');
            int exponentSign = random.nextInt(3);
            int magnitude = wild && random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(50);
            if (!wild && exponentSign != 0) {
                magnitude = Math.min(magnitude, 37 - integerDigits);
            }
            sb.append(exponentSign == 0 ? "-" : exponentSign == 1 ? "+" : "").append(Math.max(0, magnitude));
        }
        return sb.toString();
    }

    private void digits(StringBuilder sb, int count, boolean leadingZeros) {
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + (leadingZeros && i < count / 2 ? 0 : random.nextInt(10))));
        }
    }

    /** A decimal within a few units of its last digit of the exact midpoint between two floats (or halfs). */
    private String nearMidpoint(boolean half) {
        float f = half ? (float) (random.nextDouble() * 65504) : Float.intBitsToFloat(random.nextInt(0x7F80_0000));
        float next = Math.nextUp(f);
        if (half) {
            // neighbouring halfs near f: steps of 2^(exponent-10)
            float step = Math.max(Math.ulp(f) * 8192, 0x1p-24f);
            f = (float) (Math.floor(f / step) * step);
            next = f + step;
        }
        BigDecimal midpoint = new BigDecimal(f).add(new BigDecimal(next)).divide(BigDecimal.valueOf(2));
        int digits = random.nextInt(6, 30);
        BigDecimal near = midpoint.round(new MathContext(digits))
                .add(midpoint.ulp().multiply(BigDecimal.valueOf(random.nextInt(-2, 3))));
        String text = random.nextBoolean() ? near.toPlainString() : near.toString().replace("E+", "e+").replace("E-", "e-");
        return (random.nextBoolean() ? "-" : "") + (text.length() > 60 ? near.toString() : text);
    }

    /** Hexadecimal digits with optional point and binary exponent; unless {@code wild}, valid and small. */
    private String hexadecimal(boolean wild) {
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "0x" : "0X");
        String hex = "0123456789abcdefABCDEF";
        int integerDigits = wild ? random.nextInt(8) : random.nextInt(1, 8);
        for (int i = 0; i < integerDigits; i++) {
            sb.append(hex.charAt(random.nextInt(hex.length())));
        }
        if (random.nextBoolean()) {
            sb.append('.');
            int fractionDigits = random.nextInt(8);
            for (int i = 0; i < fractionDigits; i++) {
                sb.append(hex.charAt(random.nextInt(hex.length())));
            }
        }
        if (random.nextBoolean()) {
            sb.append(random.nextBoolean() ? 'p' : 'P').append(wild ? random.nextInt(-160, 140) : random.nextInt(-160, 90));
        }
        return (random.nextInt(4) == 0 ? "-" : "") + sb;
    }

    /** Nothing (mostly) or 1 to 3 whitespace characters. */
    private String space() {
        if (random.nextInt(6) > 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            sb.append(SPACES[random.nextInt(SPACES.length)]);
        }
        return sb.toString();
    }

    /** The literal, or (one time in four) a damaged copy. */
    private String damaged(StringBuilder sb) {
        if (random.nextInt(4) > 0 || sb.length() == 0) {
            return sb.toString();
        }
        int at = random.nextInt(sb.length());
        switch (random.nextInt(7)) {
            case 0 -> sb.insert(at, DAMAGE[random.nextInt(DAMAGE.length)]);
            case 1 -> sb.deleteCharAt(at);
            case 2 -> sb.insert(at, sb.charAt(at));
            case 3 -> sb.setLength(at);
            case 4 -> sb.replace(at, at + 1, DAMAGE[random.nextInt(DAMAGE.length)]);
            case 5 -> sb.append(DAMAGE[random.nextInt(DAMAGE.length)]);
            default -> sb.insert(0, DAMAGE[random.nextInt(DAMAGE.length)]);
        }
        return sb.toString();
    }
}
