package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorTextTest {

    private static float parseOne(String text) {
        byte[] b = ("[" + text + "]").getBytes(StandardCharsets.US_ASCII);
        return VectorText.vector(b, 0, b.length).get(0);
    }

    /**
     * Parses the tokens as one long vector, so that all but the last few elements take the parser's
     * fast path, and compares every element's bits with {@link Float#parseFloat}.
     */
    private static void assertParsesLikeParseFloat(List<String> tokens) {
        Vector v = Vector.parse("[" + String.join(",", tokens) + "]");
        assertThat(v.dimensions()).isEqualTo(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            assertThat(Float.floatToRawIntBits(v.get(i))).as(token)
                    .isEqualTo(Float.floatToRawIntBits(Float.parseFloat(token.strip())));
        }
    }

    /** The shortest decimal that round-trips, in plain notation (the digits pgvector prints, no exponent). */
    private static String shortestPlain(float f) {
        String plain = new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    @Test
    void fastPathAgreesWithParseFloatOnShortestFloats() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 100; round++) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                float f = (float) ((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-4, 7)));
                tokens.add(shortestPlain(f));
            }
            assertParsesLikeParseFloat(tokens);
        }
    }

    @Test
    void fastPathLeavesDecimalsNearFloatMidpointsToTheExactPath() {
        SplittableRandom random = new SplittableRandom(13);
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN};
        for (int round = 0; round < 50; round++) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                float f = (float) (random.nextDouble() * Math.pow(10, random.nextInt(-3, 5)));
                BigDecimal midpoint = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
                int digits = random.nextInt(9, 17);
                BigDecimal near = midpoint.round(new MathContext(digits, modes[random.nextInt(modes.length)]));
                String plain = near.toPlainString();
                tokens.add((random.nextBoolean() ? "-" : "") + (plain.contains(".") ? plain : plain + ".0"));
            }
            assertParsesLikeParseFloat(tokens);
        }
    }

    @Test
    void fastPathDecidesExactTiesLikeParseFloat() {
        List<String> tokens = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            // floats near 2^20 are 0.125 apart, near 2^23 are 1 apart: these decimals are exact midpoints
            tokens.add(new BigDecimal(1_048_576 + k * 0.125 + 0.0625).toPlainString());
            tokens.add("-" + new BigDecimal(8_388_608 + k + 0.5).toPlainString());
            tokens.add(new BigDecimal(2_097_152 + k * 0.25 + 0.125).toPlainString());
        }
        assertParsesLikeParseFloat(tokens);
    }

    @Test
    void fastPathHandsEveryOtherShapeToTheGeneralParser() {
        String[] shapes = {"0.5", " 0.25", "0.75 ", "+0.5", "-0.0", "0.0", "1.", ".5", "-.5", "00.5", "12345678.5",
            "1.5e3", "-2.5E-3", "1e-05", "7", "0.1234567890123456789", "123456.789012345678", "3.4e+38", "-0.012345678"};
        SplittableRandom random = new SplittableRandom(17);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            tokens.add(shapes[random.nextInt(shapes.length)]);
        }
        assertParsesLikeParseFloat(tokens);
    }

    @Test
    void fastPathRejectsMalformedElementsLikeTheGeneralParser() {
        String padding = "0.125,".repeat(10);
        for (String bad : new String[] {"1.5.3", "0.5x", "0.5-", "-", "1..5", "0.5e", "0.5 0.5"}) {
            String literal = "[" + padding + bad + "," + padding + "0.5]";
            assertThatThrownBy(() -> Vector.parse(literal)).as(bad).hasMessageStartingWith("invalid vector literal: '[0.125,");
        }
        StringBuilder tooLong = new StringBuilder("[0.5");
        for (int i = 1; i <= 16_000; i++) {
            tooLong.append(",0.5");
        }
        assertThatThrownBy(() -> Vector.parse(tooLong.append(']').toString()))
                .hasMessage("vector cannot have more than 16000 dimensions, got 16001");
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
