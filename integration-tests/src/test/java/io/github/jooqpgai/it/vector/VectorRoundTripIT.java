package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.types.VectorValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pgvector type at 1, 384, 1536 and 16,000 dimensions, NULLs included, written through bind
 * values and through inlined SQL, read back through the bindings: what comes back equals what went in,
 * and PostgreSQL agrees on the dimension.
 */
@PgaiTest
class VectorRoundTripIT {

    private static final int[] DIMENSIONS = {1, 384, 1536, 16_000};
    private static final int ROWS = 5;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int dims : DIMENSIONS) {
            for (boolean inlined : new boolean[] {false, true}) {
                RandomVectors random = new RandomVectors(dims * 31L + (inlined ? 1 : 0));
                cases.add(Arguments.of("vector", dims, inlined, VectorTypes.vector(dims), (IntFunction<VectorValue>) random::vector));
                cases.add(Arguments.of("halfvec", dims, inlined, VectorTypes.halfvec(dims), (IntFunction<VectorValue>) random::halfVector));
                cases.add(Arguments.of("sparsevec", dims, inlined, VectorTypes.sparsevec(dims), (IntFunction<VectorValue>) random::sparseVector));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}({1}) inlined={2}")
    @MethodSource("cases")
    <V extends VectorValue> void roundTrips(String typeName, int dims, boolean inlined, DataType<V> type,
                                            IntFunction<V> generator, PgaiTestSchema db) {
        String tableName = "rt_" + typeName + "_" + dims + (inlined ? "_inline" : "_bind");
        db.dsl().execute("create table " + tableName + " (id int primary key, v " + typeName + "(" + dims + "))");
        Table<?> t = table(name(tableName));
        Field<Integer> id = field(name(tableName, "id"), SQLDataType.INTEGER);
        Field<V> v = field(name(tableName, "v"), type);

        DSLContext dsl = inlined
                ? DSL.using(db.dataSource(), SQLDialect.POSTGRES, new Settings().withStatementType(StatementType.STATIC_STATEMENT))
                : db.dsl();
        List<V> written = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            V value = i == 2 ? null : generator.apply(dims);
            written.add(value);
            dsl.insertInto(t).set(id, i).set(v, value).execute();
        }
        if (inlined) {
            assertThat(dsl.insertInto(t).set(id, 99).set(v, written.get(0)).getSQL())
                    .contains("'::" + typeName).doesNotContain("?");
        }

        List<V> read = dsl.select(v).from(t).orderBy(id).fetch(v);
        assertThat(read).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(read.get(i)).as("row %d", i).isEqualTo(written.get(i));
        }
        assertThat(db.value(Integer.class, "select count(*) from " + tableName + " where v is null")).isEqualTo(1);
        if (!typeName.equals("sparsevec")) {
            assertThat(db.values(Integer.class, "select vector_dims(v) from " + tableName + " where v is not null"))
                    .containsOnly(dims);
        }
        assertThat(dsl.selectFrom(t).where(v.eq(written.get(0))).fetch()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void readsWhatPostgresFormats(String literal, VectorValue expected, PgaiTestSchema db) {
        DataType<?> type = expected instanceof Vector ? VectorTypes.VECTOR
                : expected instanceof HalfVector ? VectorTypes.HALFVEC : VectorTypes.SPARSEVEC;
        Object read = db.dsl().select(field("{0}::" + expected.typeName(), type, DSL.inline(literal))).fetchOne(0);
        assertThat(read).isEqualTo(expected);
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("[1e-7,-0,1.17549435e-38,3.4028235e38,1.4e-45]",
                        Vector.of(1e-7f, -0f, Float.MIN_NORMAL, Float.MAX_VALUE, Float.MIN_VALUE)),
                Arguments.of("[0.1,65504,-6e-8]", HalfVector.of(0.1f, 65504f, -6e-8f)),
                Arguments.of("{3:0.5,1:2,2:0}/10", SparseVector.of(10, new int[] {0, 2}, new float[] {2f, 0.5f})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javaFloats")
    void floatsKeepEveryBitThroughTheDatabase(String label, float[] values, PgaiTestSchema db) {
        Vector written = Vector.of(values);
        Vector read = db.dsl().select(DSL.val(written, VectorTypes.VECTOR)).fetchOne(0, Vector.class);
        assertThat(read).isEqualTo(written);
        assertThat(Arrays.equals(read.toArray(), values)).isTrue();
    }

    static Stream<Arguments> javaFloats() {
        RandomVectors random = new RandomVectors(5);
        return Stream.of(
                Arguments.of("extremes", new float[] {Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, -0f, 0f}),
                Arguments.of("random magnitudes", random.floats(2000)));
    }
}
