package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential property test of the text parsers against pgvector itself: seeded random literals
 * ({@link PgvectorLiterals}) go to PostgreSQL, which says for each whether {@code vector_in},
 * {@code halfvec_in} or {@code sparsevec_in} accepts it and, if so, what it stores. Our parser must
 * accept exactly the same literals, and give every element the same float bit for bit
 * ({@code float4send} of {@code ::vector::real[]}, of {@code ::halfvec::real[]}; for {@code sparsevec}
 * the dimensions, indices and values of its canonical text).
 *
 * <p>The seed is new for every run and printed; {@code -Dparser.seed=...} replays a run.
 */
@PgaiTest
class VectorParserOracleIT {

    private static final long SEED = Long.getLong("parser.seed", System.nanoTime());
    private static final int VECTOR_LITERALS = 12_000;
    private static final int MIN_VECTOR_ELEMENTS = 1_000_000;
    private static final int HALFVEC_LITERALS = 4_000;
    private static final int SPARSEVEC_LITERALS = 4_000;
    private static final int BATCH_CHARS = 2_000_000;
    private static final int REPORTED_MISMATCHES = 10;

    @BeforeAll
    static void createOracleFunctions(PgaiTestSchema db) throws SQLException {
        System.out.println("VectorParserOracleIT seed: " + SEED + " (replay with -Dparser.seed=" + SEED + ")");
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            // NULL when pgvector rejects the literal with a data error; any other error fails the test
            for (String type : new String[] {"vector", "halfvec"}) {
                s.execute("create function oracle_" + type + "(literal text) returns bytea language plpgsql as $$\n"
                        + "declare stored bytea;\n"
                        + "begin\n"
                        + "  select string_agg(float4send(e), ''::bytea order by n) into stored\n"
                        + "    from unnest(literal::" + type + "::real[]) with ordinality as u(e, n);\n"
                        + "  return stored;\n"
                        + "exception when data_exception or program_limit_exceeded then return null;\n"
                        + "end $$");
            }
            s.execute("create function oracle_sparsevec(literal text) returns text language plpgsql as $$\n"
                    + "begin\n"
                    + "  return literal::sparsevec::text;\n"
                    + "exception when data_exception or program_limit_exceeded then return null;\n"
                    + "end $$");
        }
    }

    @Test
    void vectorParserAcceptsWhatPgvectorAcceptsAndStoresTheSameFloats(PgaiTestSchema db) throws SQLException {
        PgvectorLiterals literals = new PgvectorLiterals(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < VECTOR_LITERALS; i++) {
            texts.add(literals.dense(literals.denseLength(), false));
        }
        Comparison result = compareDense(db, "vector", texts, t -> Vector.parse(t).toArray());
        result.assertNoMismatch();
        assertThat(result.literals).as("literals compared").isGreaterThanOrEqualTo(10_000);
        assertThat(result.acceptedElements).as("elements pgvector accepted and we compared, seed " + SEED)
                .isGreaterThanOrEqualTo(MIN_VECTOR_ELEMENTS);
    }

    @Test
    void halfvecParserAcceptsWhatPgvectorAcceptsAndStoresTheSameHalfs(PgaiTestSchema db) throws SQLException {
        PgvectorLiterals literals = new PgvectorLiterals(SEED + 1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < HALFVEC_LITERALS; i++) {
            texts.add(literals.dense(literals.denseLength(), true));
        }
        Comparison result = compareDense(db, "halfvec", texts, t -> HalfVector.parse(t).toArray());
        result.assertNoMismatch();
        assertThat(result.acceptedElements).as("halfvec elements compared").isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void sparsevecParserAcceptsWhatPgvectorAcceptsAndStoresTheSameElements(PgaiTestSchema db) throws SQLException {
        PgvectorLiterals literals = new PgvectorLiterals(SEED + 2);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < SPARSEVEC_LITERALS; i++) {
            texts.add(literals.sparse());
        }
        long started = System.nanoTime();
        Comparison result = new Comparison("sparsevec");
        for (List<String> batch : batches(texts)) {
            List<String> stored = ask(db, "oracle_sparsevec", batch, rs -> rs.getString(2));
            for (int i = 0; i < batch.size(); i++) {
                String literal = batch.get(i);
                String theirs = stored.get(i);
                SparseVector ours = parseOrNull(literal, SparseVector::parse, result);
                result.literals++;
                if ((ours == null) != (theirs == null)) {
                    result.mismatch(literal, ours == null ? "we reject, pgvector stores " + theirs : "we accept "
                            + ours + ", pgvector rejects");
                } else if (ours != null) {
                    result.acceptedElements += ours.nonZeroCount();
                    String expected = canonical(theirs);
                    String actual = canonical(ours);
                    if (!expected.equals(actual)) {
                        result.mismatch(literal, "we store " + actual + ", pgvector " + expected);
                    }
                }
            }
        }
        result.report(started);
        result.assertNoMismatch();
        assertThat(result.accepted).as("sparsevec literals pgvector accepted").isGreaterThanOrEqualTo(1_000);
    }

    private static Comparison compareDense(PgaiTestSchema db, String type, List<String> texts,
                                           Function<String, float[]> parser) throws SQLException {
        long started = System.nanoTime();
        Comparison result = new Comparison(type);
        for (List<String> batch : batches(texts)) {
            List<byte[]> stored = ask(db, "oracle_" + type, batch, rs -> rs.getBytes(2));
            for (int i = 0; i < batch.size(); i++) {
                String literal = batch.get(i);
                float[] theirs = stored.get(i) == null ? null : floats(stored.get(i));
                float[] ours = parseOrNull(literal, parser, result);
                result.literals++;
                if ((ours == null) != (theirs == null)) {
                    result.mismatch(literal, ours == null ? "we reject, pgvector accepts " + theirs.length + " elements"
                            : "we accept " + ours.length + " elements, pgvector rejects");
                } else if (ours != null) {
                    result.acceptedElements += ours.length;
                    compareBits(literal, ours, theirs, result);
                }
            }
        }
        result.report(started);
        return result;
    }

    private static void compareBits(String literal, float[] ours, float[] theirs, Comparison result) {
        if (ours.length != theirs.length) {
            result.mismatch(literal, "we have " + ours.length + " elements, pgvector " + theirs.length);
            return;
        }
        for (int e = 0; e < ours.length; e++) {
            if (Float.floatToRawIntBits(ours[e]) != Float.floatToRawIntBits(theirs[e])) {
                // an accepted literal has one comma between elements and none elsewhere
                String element = literal.split(",", -1)[e].replace("[", "").replace("]", "").strip();
                result.mismatch(literal, "element " + e + " " + quoted(element) + ": we have " + ours[e] + " (0x"
                        + Integer.toHexString(Float.floatToRawIntBits(ours[e])) + "), pgvector " + theirs[e] + " (0x"
                        + Integer.toHexString(Float.floatToRawIntBits(theirs[e])) + ")");
                return;
            }
        }
    }

    /** Our parse, or null when it rejects the literal; anything but IllegalArgumentException is a bug. */
    private static <T> T parseOrNull(String literal, Function<String, T> parser, Comparison result) {
        try {
            T parsed = parser.apply(literal);
            result.accepted++;
            return parsed;
        } catch (IllegalArgumentException rejected) {
            return null;
        } catch (RuntimeException bug) {
            throw new AssertionError("seed " + SEED + ": parser failed on " + quoted(literal), bug);
        }
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The oracle's answer for every literal of a batch, in order (one round trip). */
    private static <T> List<T> ask(PgaiTestSchema db, String function, List<String> batch, Column<T> column)
            throws SQLException {
        String sql = "select n, " + function + "(literal) from unnest(?::text[]) with ordinality as t(literal, n) order by n";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", batch.toArray()));
            List<T> answers = new ArrayList<>(batch.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.add(column.read(rs));
                }
            }
            assertThat(answers).as("oracle answers").hasSize(batch.size());
            return answers;
        }
    }

    private static List<List<String>> batches(List<String> texts) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String text : texts) {
            if (chars + text.length() > BATCH_CHARS && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(text);
            chars += text.length();
        }
        batches.add(current);
        return batches;
    }

    private static float[] floats(byte[] float4send) {
        ByteBuffer buffer = ByteBuffer.wrap(float4send);
        float[] values = new float[float4send.length / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getFloat();
        }
        return values;
    }

    /** {@code dimensions|index:floatbits,…} of pgvector's canonical text (shortest decimals, exact for float). */
    private static String canonical(String sparsevecText) {
        int close = sparsevecText.indexOf("}/");
        StringBuilder sb = new StringBuilder(sparsevecText.substring(close + 2)).append('|');
        String body = sparsevecText.substring(1, close);
        if (!body.isEmpty()) {
            for (String element : body.split(",")) {
                String[] parts = element.split(":");
                sb.append(parts[0]).append(':')
                        .append(Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(parts[1])))).append(',');
            }
        }
        return sb.toString();
    }

    private static String canonical(SparseVector vector) {
        StringBuilder sb = new StringBuilder().append(vector.dimensions()).append('|');
        int[] indices = vector.indices();
        float[] values = vector.values();
        for (int i = 0; i < indices.length; i++) {
            sb.append(indices[i] + 1).append(':').append(Integer.toHexString(Float.floatToRawIntBits(values[i]))).append(',');
        }
        return sb.toString();
    }

    /** The literal in Java string syntax, cut to 300 characters, so that a failure can be pasted into a test. */
    private static String quoted(String literal) {
        StringBuilder sb = new StringBuilder("\"");
        String cut = literal.length() > 300 ? literal.substring(0, 300) : literal;
        for (char ch : cut.toCharArray()) {
            if (ch >= ' ' && ch < 127 && ch != '"' && ch != '\\') {
                sb.append(ch);
            } else {
                sb.append(String.format("\\u%04X", (int) ch));
            }
        }
        return sb.append(literal.length() > 300 ? "\"… (" + literal.length() + " chars)" : "\"").toString();
    }

    /** Counts and the first mismatches of one type's comparison. */
    private static final class Comparison {
        private final String type;
        private final List<String> mismatches = new ArrayList<>();
        private int mismatchCount;
        private int literals;
        private int accepted;
        private long acceptedElements;

        Comparison(String type) {
            this.type = type;
        }

        void mismatch(String literal, String what) {
            mismatchCount++;
            if (mismatches.size() < REPORTED_MISMATCHES) {
                mismatches.add(quoted(literal) + ": " + what);
            }
        }

        void report(long started) {
            System.out.printf("%s: %d literals (%d accepted by us), %d accepted elements compared, %d mismatches, %d ms, seed %d%n",
                    type, literals, accepted, acceptedElements, mismatchCount, (System.nanoTime() - started) / 1_000_000, SEED);
            mismatches.forEach(m -> System.out.println("  " + m));
        }

        void assertNoMismatch() {
            assertThat(mismatches)
                    .as("%s: %d of %d literals where our parser and pgvector disagree (seed %d, replay with -Dparser.seed=%d)",
                            type, mismatchCount, literals, SEED, SEED)
                    .isEmpty();
        }
    }
}
