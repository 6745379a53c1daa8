package io.github.jooqpgai.types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight ASCII bytes at a time (SWAR): digit runs, digit values and commas in a little-endian word.
 *
 * <pre>{@code
 * long word = AsciiWords.word(bytes, i);
 * int digits = AsciiWords.leadingDigits(word);        // how many digits start at i (0 to 8)
 * long value = AsciiWords.digitsValue(word, digits);  // their value
 * }</pre>
 */
final class AsciiWords {

    /** What {@link #commaOffset} returns when 16 bytes hold no comma. */
    static final int NO_COMMA = 16;
    private static final long COMMAS = 0x2C2C_2C2C_2C2C_2C2CL;
    private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private AsciiWords() {
    }

    /** The 8 bytes from {@code i}, the byte at {@code i} lowest. */
    static long word(byte[] b, int i) {
        return (long) LITTLE_ENDIAN_LONG.get(b, i);
    }

    /** How many of 8 bytes read little-endian, from the lowest, are ASCII digits (no branches). */
    static int leadingDigits(long word) {
        long t = word ^ 0x3030_3030_3030_3030L;
        long nonDigit = ((t + 0x7676_7676_7676_7676L) | t) & HIGH_BITS;
        return Long.numberOfTrailingZeros(nonDigit) >>> 3;
    }

    /** The value of the first {@code count} (0 to 8) digits of a little-endian word. */
    static long digitsValue(long word, int count) {
        int shift = 32 - 4 * count;
        return eightDigits((word << shift) << shift);
    }

    /**
     * The offset of the first comma in 16 bytes read as two little-endian words, or {@link #NO_COMMA}.
     * Finding the next element this way keeps the parser's dependency chain short: parsing one element
     * overlaps with finding and parsing the next.
     */
    static int commaOffset(long low, long high) {
        int inLow = firstZeroByte(low ^ COMMAS);
        return inLow < 8 ? inLow : 8 + firstZeroByte(high ^ COMMAS);
    }

    /** How many commas lie in {@code b[from, to)}. */
    static int countCommas(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            count += Long.bitCount(zeroBytes(word(b, i) ^ COMMAS));
        }
        for (; i < to; i++) {
            count += b[i] == ',' ? 1 : 0;
        }
        return count;
    }

    /** The high bit of every byte of the word that is zero, and no other bit (exact, no borrows). */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word) & HIGH_BITS;
    }

    /** The index (0 to 7) of the lowest zero byte of a little-endian word, or 8 if there is none. */
    private static int firstZeroByte(long word) {
        return Long.numberOfTrailingZeros((word - 0x0101_0101_0101_0101L) & ~word & HIGH_BITS) >>> 3;
    }

    private static long eightDigits(long word) {
        long v = ((word & 0x0F0F_0F0F_0F0F_0F0FL) * 2561) >>> 8;
        v = ((v & 0x00FF_00FF_00FF_00FFL) * 6_553_601) >>> 16;
        return ((v & 0x0000_FFFF_0000_FFFFL) * 42_949_672_960_001L) >>> 32;
    }
}
