package io.github.jooqpgai.types;

/** IEEE 754 binary16 conversions (Java 17 has no {@code Float.floatToFloat16}). */
final class HalfFloats {

    /** The largest finite half-precision value. */
    static final float MAX_VALUE = 65504f;

    private HalfFloats() {
    }

    /** The binary16 bits of {@code f}, rounded to nearest, ties to even. */
    static short toHalfBits(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int abs = bits & 0x7fff_ffff;
        if (abs >= 0x7f80_0000) {
            return (short) (sign | (abs > 0x7f80_0000 ? 0x7e00 : 0x7c00));
        }
        if (abs >= 0x477f_f000) {
            return (short) (sign | 0x7c00);
        }
        if (abs >= 0x3880_0000) {
            int h = ((((abs >>> 23) - 112) << 10) | ((abs & 0x7f_ffff) >>> 13));
            int rest = abs & 0x1fff;
            if (rest > 0x1000 || (rest == 0x1000 && (h & 1) != 0)) {
                h++;
            }
            return (short) (sign | h);
        }
        if (abs < 0x3300_0000) {
            return (short) sign;
        }
        int exponent = abs >>> 23;
        int significand = (abs & 0x7f_ffff) | 0x80_0000;
        int shift = 126 - exponent;
        int h = significand >>> shift;
        int rest = significand & ((1 << shift) - 1);
        int halfway = 1 << (shift - 1);
        if (rest > halfway || (rest == halfway && (h & 1) != 0)) {
            h++;
        }
        return (short) (sign | h);
    }

    /** The float value of binary16 bits. */
    static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int significand = h & 0x3ff;
        if (exponent == 0) {
            float magnitude = significand * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f80_0000 | (significand << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (significand << 13));
    }

    /** {@code f} rounded to the nearest half-precision value (as a float). */
    static float round(float f) {
        return toFloat(toHalfBits(f));
    }
}
