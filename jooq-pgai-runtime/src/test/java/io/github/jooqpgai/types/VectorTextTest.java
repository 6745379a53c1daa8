package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorTextTest {

    private static float parseOne(String text) {
        byte[] b = ("[" + text + "]").getBytes(StandardCharsets.US_ASCII);
        return VectorText.vector(b, 0, b.length).get(0);
    }

    @Test
    void parsesPgvectorOutputForms() {
        Vector v = Vector.parse("[0.1,1e-07,1.2345679e+08,3.4e+38,-0.012345678,-0,1]");
        assertThat(v.toArray()).containsExactly(0.1f, 1e-7f, 1.2345679e8f, 3.4e38f, -0.012345678f, -0f, 1f);
        assertThat(Float.floatToRawIntBits(v.get(5))).isEqualTo(Float.floatToRawIntBits(-0f));
    }

    @Test
    void acceptsWhitespaceAroundElements() {
        assertThat(Vector.parse(" [1, 2 ,3 ] ").toArray()).containsExactly(1f, 2f, 3f);
    }

    @Test
    void agreesWithFloatParseFloatOnRandomDecimals() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(12);
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                sb.append('-');
            }
            for (int d = 0; d < digits; d++) {
                sb.append((char) ('0' + random.nextInt(10)));
                if (d == 0 && random.nextBoolean()) {
                    sb.append('.');
                }
            }
            if (random.nextBoolean()) {
                sb.append('e').append(random.nextInt(-40, 30));
            }
            String text = sb.toString();
            float expected = Float.parseFloat(text);
            if (Float.isInfinite(expected)) {
                continue;
            }
            assertThat(Float.floatToIntBits(parseOne(text))).as(text).isEqualTo(Float.floatToIntBits(expected));
        }
    }

    @Test
    void roundTripsEveryKindOfFloatThroughItsShortestAndLongForms() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                continue;
            }
            assertThat(parseOne(Float.toString(f))).isEqualTo(f);
            String nineDigits = String.format(Locale.ROOT, "%.8e", f);
            assertThat(parseOne(nineDigits)).as(nineDigits).isEqualTo(Float.parseFloat(nineDigits));
        }
    }

    @Test
    void decidesExactFloatMidpointsLikeParseFloat() {
        // 1 + 2^-24 lies exactly between 1 and the next float: ties go to even (1.0)
        String midpoint = "1.000000059604644775390625";
        assertThat(parseOne(midpoint)).isEqualTo(Float.parseFloat(midpoint)).isEqualTo(1f);
        String aboveMidpoint = "1.000000059604644775390626";
        assertThat(parseOne(aboveMidpoint)).isEqualTo(Math.nextUp(1f));
        assertThat(parseOne("16777217")).isEqualTo(16777216f);
        assertThat(parseOne("16777219")).isEqualTo(16777220f);
    }

    @Test
    void formatsLiteralsPgvectorAccepts() {
        assertThat(Vector.of(1f, -2.5f, 1e-7f).toString()).isEqualTo("[1.0,-2.5,1.0E-7]");
        assertThat(Vector.parse(Vector.of(1f, -2.5f, 1e-7f).toString())).isEqualTo(Vector.of(1f, -2.5f, 1e-7f));
    }

    @Test
    void rejectsMalformedLiteralsNamingTheInput() {
        assertThatThrownBy(() -> Vector.parse("[1,,2]")).hasMessage("invalid vector literal: '[1,,2]'");
        assertThatThrownBy(() -> Vector.parse("1,2")).hasMessage("invalid vector literal: '1,2'");
        assertThatThrownBy(() -> Vector.parse("[1,nan]")).hasMessage("invalid vector literal: '[1,nan]'");
        assertThatThrownBy(() -> Vector.parse("[1e]")).hasMessage("invalid vector literal: '[1e]'");
        assertThatThrownBy(() -> Vector.parse("[0x1p3]")).hasMessage("invalid vector literal: '[0x1p3]'");
        assertThatThrownBy(() -> Vector.parse("[]")).hasMessage("invalid vector literal: '[]'");
        assertThatThrownBy(() -> Vector.parse("[1e39]")).hasMessageContaining("out of float range");
    }

    @Test
    void parsesSparseLiterals() {
        SparseVector s = SparseVector.parse("{1:1.5,3:2}/5");
        assertThat(s.dimensions()).isEqualTo(5);
        assertThat(s.indices()).containsExactly(0, 2);
        assertThat(s.values()).containsExactly(1.5f, 2f);
        assertThat(SparseVector.parse(" { } / 3 ").nonZeroCount()).isZero();
        assertThat(SparseVector.parse("{}/3").dimensions()).isEqualTo(3);
        assertThatThrownBy(() -> SparseVector.parse("{1:1}")).hasMessage("invalid sparsevec literal: '{1:1}'");
        assertThatThrownBy(() -> SparseVector.parse("{1}/3")).hasMessage("invalid sparsevec literal: '{1}/3'");
        assertThatThrownBy(() -> SparseVector.parse("{4:1}/3")).hasMessage("sparsevec index 3 is outside 0..2");
    }

    @Test
    void acceptsShortDecimalFormsAndRejectsTooManyElements() {
        assertThat(Vector.parse("[1.,.5,+2,-.25e1]").toArray()).containsExactly(1f, 0.5f, 2f, -2.5f);
        StringBuilder tooLong = new StringBuilder("[0");
        for (int i = 1; i <= 16_000; i++) {
            tooLong.append(",0");
        }
        assertThatThrownBy(() -> Vector.parse(tooLong.append(']').toString()))
                .hasMessage("vector cannot have more than 16000 dimensions, got 16001");
        assertThatThrownBy(() -> Vector.parse("[1,2] x")).hasMessage("invalid vector literal: '[1,2] x'");
        assertThatThrownBy(() -> Vector.parse("[1,2")).hasMessage("invalid vector literal: '[1,2'");
    }
}
