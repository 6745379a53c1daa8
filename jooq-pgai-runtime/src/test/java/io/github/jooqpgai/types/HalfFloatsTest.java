package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HalfFloatsTest {

    @Test
    void everyFiniteHalfSurvivesARoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.toFloat((short) h);
            if (!Float.isNaN(f)) {
                assertThat(HalfFloats.toHalfBits(f) & 0xffff).as("half 0x%04x", h).isEqualTo(h);
            }
        }
    }

    @Test
    void knownValues() {
        assertThat(HalfFloats.toFloat((short) 0x3c00)).isEqualTo(1f);
        assertThat(HalfFloats.toFloat((short) 0x7bff)).isEqualTo(65504f);
        assertThat(HalfFloats.toFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(HalfFloats.round(0.1f)).isEqualTo(0.099975586f);
        assertThat(HalfFloats.round(65519f)).isEqualTo(65504f);
        assertThat(HalfFloats.round(65520f)).isInfinite();
        assertThat(HalfFloats.round(0x1p-25f)).isZero();
        assertThat(HalfFloats.round(Math.nextUp(0x1p-25f))).isEqualTo(0x1p-24f);
    }

    @Test
    void roundsToTheNearestHalfWithTiesToEven() {
        TreeMap<Float, Integer> halves = new TreeMap<>();
        for (int h = 0; h < 0x7c00; h++) {
            halves.put(HalfFloats.toFloat((short) h), h);
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 300_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt(0, 0x4780_0000));
            float below = halves.floorKey(f);
            Float above = halves.ceilingKey(f);
            float expected;
            if (above == null) {
                expected = f - below < 16f ? below : Float.POSITIVE_INFINITY;
            } else {
                double down = (double) f - below;
                double up = (double) above - f;
                expected = down < up ? below : up < down ? above : ((halves.get(below) & 1) == 0 ? below : above);
            }
            assertThat(HalfFloats.round(f)).as("round(%s)", f).isEqualTo(expected);
            assertThat(HalfFloats.round(-f)).isEqualTo(-expected);
        }
    }
}
