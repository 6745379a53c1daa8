package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
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
    void zeroPointFastPathLeavesDecimalsJustAboveOrBelowAFloatMidpointToTheExactPath() {
        // "0." and 13 digits, the longest element of that shape the fast path takes (its comma is the 16th byte);
        // rounding a float midpoint to 13 places lands within one unit in the last place of a double from it
        // about once in 1,400 tries, and then the inexact product of the fast path can fall on the wrong side
        SplittableRandom random = new SplittableRandom(19);
        List<String> tokens = new ArrayList<>();
        int tries = 0;
        while (tokens.size() < 200 && tries++ < 2_000_000) {
            float f = (float) (0.1 + 0.9 * random.nextDouble());
            BigDecimal midpoint = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            BigDecimal near = midpoint.setScale(13, random.nextBoolean() ? RoundingMode.UP : RoundingMode.DOWN);
            BigDecimal ulp = new BigDecimal(Math.ulp(midpoint.doubleValue()));
            if (near.compareTo(midpoint) != 0 && near.subtract(midpoint).abs().compareTo(ulp) < 0) {
                tokens.add(near.toPlainString());
            }
        }
        assertThat(tokens).as("decimals within one double ulp of a float midpoint").hasSize(200);
        assertParsesLikeParseFloat(tokens);
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
        assertThatThrownBy(() -> Vector.parse("[0x1p]")).hasMessage("invalid vector literal: '[0x1p]'");
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

    /** Elements that fill the fast path's 16-byte comma window; the fast path takes these. */
    private static final String FAST_PADDING = ",0.125,-0.25,1.5,2.5,3.5,4.5,5.5,6.5,7.5";

    @Test
    void fastPathNeverTakesAnElementThatDoesNotEndAtAComma() {
        // 16 characters: no comma in the fast path's window, and the digits end exactly where it ends
        Vector exponent = Vector.parse("[1.23456789012345e5,1.5,2.5,3.5,4.5,5.5]");
        assertThat(exponent.toArray()).as("exponent after 16 characters")
                .containsExactly(123456.79f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f);
        Vector space = Vector.parse("[1.23456789012345 ,2,3,4,5,6,7,8,9,10]");
        assertThat(space.toArray()).as("space after 16 characters")
                .containsExactly(1.2345679f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f);
    }

    @Test
    void fastPathAgreesWithParseFloatWhateverFollowsTheDigitsAtEveryPositionOfItsWindow() {
        String[] suffixes = {"", "e5", "E-3", "e+2", " ", "\t", "\n", "\r", "\f", "\u000B", "  \f"};
        for (int integerDigits = 1; integerDigits <= 9; integerDigits++) {
            for (int fractionDigits = 0; fractionDigits <= 20; fractionDigits++) {
                for (String sign : new String[] {"", "-"}) {
                    for (String suffix : suffixes) {
                        String number = sign + "9876543210".substring(0, integerDigits - 1) + "7"
                                + (fractionDigits > 0 ? "." + "31415926535897932384".substring(0, fractionDigits) : "")
                                + suffix.strip();
                        String element = number + (suffix.isBlank() ? suffix : "");
                        String literal = "[" + element + FAST_PADDING + "]";
                        Vector v = Vector.parse(literal);
                        assertThat(v.dimensions()).as(literal).isEqualTo(10);
                        assertThat(Float.floatToRawIntBits(v.get(0))).as(literal)
                                .isEqualTo(Float.floatToRawIntBits(Float.parseFloat(number)));
                        assertThat(v.get(9)).as(literal).isEqualTo(7.5f);
                    }
                }
            }
        }
    }

    @Test
    void fastPathHandsEveryElementAfterAnUnusualOneBackCorrectly() {
        for (int position = 0; position < 24; position++) {
            String before = "0.5,".repeat(position % 3) + "1".repeat(position + 1) + ".25";
            for (String after : new String[] {"e1", " ", "\f", "\u000B", "\t"}) {
                String literal = "[" + before + after + FAST_PADDING + "]";
                float expected = Float.parseFloat(("1".repeat(position + 1) + ".25" + after).strip());
                Vector v = Vector.parse(literal);
                assertThat(v.get(position % 3)).as(literal).isEqualTo(expected);
                assertThat(v.dimensions()).as(literal).isEqualTo(position % 3 + 10);
            }
        }
    }

    @Test
    void acceptsEveryWhitespacePgvectorAccepts() {
        assertThat(Vector.parse("\f\u000B[\t1\n,\r2\f,\u000B3 ]\u000B\f").toArray()).containsExactly(1f, 2f, 3f);
        assertThat(HalfVector.parse("[\f1,\u000B2]").toArray()).containsExactly(1f, 2f);
        assertThat(SparseVector.parse("\u000B{\f1\u000B:\f2\u000B}\f/\u000B3\f").values()).containsExactly(2f);
        assertThatThrownBy(() -> Vector.parse("[1,\u001C2]")).hasMessageStartingWith("invalid vector literal");
    }

    @Test
    void readsHexadecimalElementsLikeStrtof() {
        assertThat(Vector.parse("[0x10,-0X1.8p1,0x.8,0x1.,0x1P-149,+0x1p+3]").toArray())
                .containsExactly(16f, -3f, 0.5f, 1f, Float.MIN_VALUE, 8f);
        // subnormal results as glibc's strtof rounds them (it drops the rounding bit; VectorParserOracleIT
        // compares with the server): correct rounding would give 0x1 and 0x717f77
        assertThat(Float.floatToRawIntBits(Vector.parse("[0x1.000001p-150]").get(0))).isZero();
        assertThat(Float.floatToRawIntBits(Vector.parse("[0x1c5fdDbp-151]").get(0))).isEqualTo(0x717f76);
        assertThat(Float.floatToRawIntBits(Vector.parse("[0x2000003p-175]").get(0))).isEqualTo(1);
        assertThat(Float.floatToRawIntBits(Vector.parse("[0x1.ffffffp-127]").get(0))).isEqualTo(0x80_0000);
        assertThat(Vector.parse("[0x1.fffffep127,0x1.fffffe7ffffffffffffffp127]").toArray())
                .containsExactly(Float.MAX_VALUE, Float.MAX_VALUE);
        for (String bad : new String[] {"[0x]", "[0x.p1]", "[0x1p]", "[0xg]", "[1p3]", "[0x1p128]", "[0x1.ffffffp127]"}) {
            assertThatThrownBy(() -> Vector.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keepsUnderflowInDenseAndRejectsItInSparseLiteralsLikePgvector() {
        assertThat(Float.floatToRawIntBits(Vector.parse("[-1e-50]").get(0))).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(HalfVector.parse("[1e-8,65519]").toArray()).containsExactly(0f, 65504f);
        assertThatThrownBy(() -> HalfVector.parse("[65520]")).hasMessageContaining("out of range for halfvec");
        assertThat(SparseVector.parse("{1:0e-50,2:-0,3:1e-40}/3").indices()).containsExactly(2);
        assertThatThrownBy(() -> SparseVector.parse("{1:1e-50}/3")).hasMessageContaining("out of float range");
        assertThatThrownBy(() -> SparseVector.parse("{1:0x1p-200}/3")).hasMessageContaining("out of float range");
    }

    @Test
    void readsSparseIndicesAndDimensionsLikePgvector() {
        assertThat(SparseVector.parse("{5:0,0:0,1:0,1:2}/3").toString()).isEqualTo("{1:2.0}/3");
        assertThat(SparseVector.parse("{2147483648:0,-7:0}/3").nonZeroCount()).isZero();
        assertThat(SparseVector.parse("{ +2 : 1 , 1:3 } / +03 ").toString()).isEqualTo("{1:3.0,2:1.0}/3");
        assertThat(SparseVector.parse("{1:0x10}/1").values()).containsExactly(16f);
        assertThatThrownBy(() -> SparseVector.parse("{4294967297:1}/3")).hasMessageContaining("outside 0..2");
        assertThatThrownBy(() -> SparseVector.parse("{1:1,1:2}/3")).hasMessageContaining("more than once");
        assertThatThrownBy(() -> SparseVector.parse("{}/99999999999999999999"))
                .hasMessageContaining("dimensions must be between 1 and 1000000000");
        assertThatThrownBy(() -> SparseVector.parse("{}/-3")).hasMessageContaining("dimensions must be between");
        for (String bad : new String[] {"{1:1,}/3", "{,}/3", "{:1}/3", "{1:}/3", "{1:1}/", "{1:1}//3", "{1:1}/3x",
            "{1:1}/3e", "{1 1:1}/3", "{+ 1:1}/3", "{1:nan}/3", "{1:inf}/3", "{1:1e39}/3", "[1]", "{1:1}x/3"}) {
            assertThatThrownBy(() -> SparseVector.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        String tooMany = "{" + "1:0,".repeat(16_000) + "2:0}/3";
        assertThatThrownBy(() -> SparseVector.parse(tooMany)).hasMessageStartingWith("sparsevec cannot have more than 16000");
    }

    @Test
    void growsTheResultForElementsShorterThanEstimated() {
        Vector ones = Vector.parse("[" + "1,".repeat(15_999) + "2]");
        assertThat(ones.dimensions()).isEqualTo(16_000);
        assertThat(ones.get(15_998)).isEqualTo(1f);
        assertThat(ones.get(15_999)).isEqualTo(2f);
        assertThat(Vector.parse("[1,2,3]").toArray()).containsExactly(1f, 2f, 3f);
        assertThat(Vector.parse("[-0.0123456789012]").toArray()).containsExactly(-0.0123456789012f);
    }

    @Test
    void keepsNoScratchBufferPerThread() {
        // a ThreadLocal buffer would stay allocated for the life of every (virtual) thread that parsed once
        for (Field field : VectorText.class.getDeclaredFields()) {
            assertThat(ThreadLocal.class.isAssignableFrom(field.getType()))
                    .as("VectorText.%s is a ThreadLocal", field.getName()).isFalse();
        }
    }
}
