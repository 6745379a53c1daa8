package io.github.jooqpgai.it.vector;

import static io.github.jooqpgai.similarity.VectorDSL.avg;
import static io.github.jooqpgai.similarity.VectorDSL.binaryQuantize;
import static io.github.jooqpgai.similarity.VectorDSL.cosineDistance;
import static io.github.jooqpgai.similarity.VectorDSL.hammingDistance;
import static io.github.jooqpgai.similarity.VectorDSL.innerProduct;
import static io.github.jooqpgai.similarity.VectorDSL.jaccardDistance;
import static io.github.jooqpgai.similarity.VectorDSL.l1Distance;
import static io.github.jooqpgai.similarity.VectorDSL.l2Distance;
import static io.github.jooqpgai.similarity.VectorDSL.l2Normalize;
import static io.github.jooqpgai.similarity.VectorDSL.negativeInnerProduct;
import static io.github.jooqpgai.similarity.VectorDSL.subvector;
import static io.github.jooqpgai.similarity.VectorDSL.sum;
import static io.github.jooqpgai.similarity.VectorDSL.vectorDims;
import static io.github.jooqpgai.similarity.VectorDSL.vectorNorm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.BitDistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The helper functions and bit-string distances compute what pgvector computes, checked by hand. */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VectorFunctionsIT {

    private final Table<Record> t = table(name("fn_items"));
    private final Field<Integer> id = field(name("fn_items", "id"), SQLDataType.INTEGER);
    private final Field<Vector> v = field(name("fn_items", "v"), VectorTypes.vector(3));
    private final Field<HalfVector> h = field(name("fn_items", "h"), VectorTypes.halfvec(3));
    private final Field<SparseVector> s = field(name("fn_items", "s"), VectorTypes.sparsevec(3));
    private final Field<BitVector> code = field(name("fn_items", "code"), VectorTypes.bit(4));

    @BeforeAll
    void fill(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        dsl.execute("create table fn_items (id int primary key, v vector(3), h halfvec(3), s sparsevec(3), code bit(4))");
        dsl.insertInto(t, id, v, h, s, code)
                .values(1, Vector.of(3f, 4f, 0f), HalfVector.of(3f, 4f, 0f), SparseVector.fromDense(3f, 4f, 0f), BitVector.parse("1100"))
                .values(2, Vector.of(1f, 0f, 2f), HalfVector.of(1f, 0f, 2f), SparseVector.fromDense(1f, 0f, 2f), BitVector.parse("1010"))
                .execute();
    }

    @Test
    void distancesMatchHandComputedValues(PgaiTestSchema db) {
        Vector q = Vector.of(0f, 4f, 0f);
        Record r = db.dsl().select(l2Distance(v, q), cosineDistance(v, q), negativeInnerProduct(v, q), innerProduct(v, q), l1Distance(v, q))
                .from(t).where(id.eq(1)).fetchOne();
        assertThat(r.get(0, Double.class)).isCloseTo(3.0, within(1e-6));
        assertThat(r.get(1, Double.class)).isCloseTo(1 - 16.0 / (5 * 4), within(1e-6));
        assertThat(r.get(2, Double.class)).isCloseTo(-16.0, within(1e-6));
        assertThat(r.get(3, Double.class)).isCloseTo(16.0, within(1e-6));
        assertThat(r.get(4, Double.class)).isCloseTo(3.0, within(1e-6));
    }

    @Test
    void columnToColumnDistances(PgaiTestSchema db) {
        var other = table(name("fn_items")).as("o");
        Double d = db.dsl().select(l2Distance(v, field(name("o", "v"), VectorTypes.vector(3))))
                .from(t).crossJoin(other).where(id.eq(1)).and(field(name("o", "id"), Integer.class).eq(2)).fetchOne(0, Double.class);
        assertThat(d).isCloseTo(Math.sqrt(4 + 16 + 4), within(1e-6));
    }

    @Test
    void scalarFunctions(PgaiTestSchema db) {
        Record r = db.dsl().select(vectorDims(v), vectorNorm(v), vectorNorm(h), vectorNorm(s), l2Normalize(v), l2Normalize(s), subvector(v, 2, 2), subvector(h, 1, 1))
                .from(t).where(id.eq(1)).fetchOne();
        assertThat(r.get(0)).isEqualTo(3);
        assertThat(r.get(1, Double.class)).isCloseTo(5.0, within(1e-6));
        assertThat(r.get(2, Double.class)).isCloseTo(5.0, within(1e-6));
        assertThat(r.get(3, Double.class)).isCloseTo(5.0, within(1e-6));
        assertThat(r.get(4)).isEqualTo(Vector.of(0.6f, 0.8f, 0f));
        assertThat(r.get(5)).isEqualTo(SparseVector.fromDense(0.6f, 0.8f, 0f));
        assertThat(r.get(6)).isEqualTo(Vector.of(4f, 0f));
        assertThat(r.get(7)).isEqualTo(HalfVector.of(3f));
    }

    @Test
    void aggregates(PgaiTestSchema db) {
        Record r = db.dsl().select(avg(v), sum(v), avg(h)).from(t).fetchOne();
        assertThat(r.get(0)).isEqualTo(Vector.of(2f, 2f, 1f));
        assertThat(r.get(1)).isEqualTo(Vector.of(4f, 4f, 2f));
        assertThat(r.get(2)).isEqualTo(HalfVector.of(2f, 2f, 1f));
    }

    @Test
    void bitStringsRoundTripAndMeasureDistances(PgaiTestSchema db) {
        BitVector q = BitVector.parse("1000");
        var rows = db.dsl().select(id, code, hammingDistance(code, q), jaccardDistance(code, q)).from(t).orderBy(id).fetch();
        assertThat(rows.get(0).get(code)).isEqualTo(BitVector.parse("1100"));
        assertThat(rows.get(0).get(2, Double.class)).isEqualTo(1.0);
        assertThat(rows.get(0).get(3, Double.class)).isEqualTo(0.5);
        assertThat(rows.get(1).get(code)).isEqualTo(BitVector.parse("1010"));
        assertThat(db.dsl().select(binaryQuantize(v)).from(t).where(id.eq(2)).fetchOne(0)).isEqualTo(BitVector.parse("101"));
        assertThat(VectorDSL.nearestNeighbours(db.dsl().select(id).from(t), code, BitDistanceMetric.HAMMING, BitVector.parse("1011"), 1)
                .fetch(id)).containsExactly(2);
    }

    @Test
    void hammingIndexServesTheBitHelper(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create index fn_items_code_hamming on fn_items using hnsw (code bit_hamming_ops)");
        try (Connection c = db.connection()) {
            c.createStatement().execute("set enable_seqscan = off");
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            String plan = dsl.explain(VectorDSL.nearestNeighbours(dsl.select(id).from(t), code, BitDistanceMetric.HAMMING,
                    BitVector.parse("1011"), 1)).plan();
            assertThat(plan).contains("Index Scan using fn_items_code_hamming");
        }
    }

    @Test
    void wrongDimensionFailsInJavaAndNothingReachesTheDatabase(PgaiTestSchema db) {
        assertThatThrownBy(() -> db.dsl().insertInto(t, id, v).values(3, Vector.of(1f, 2f)).execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vector value has 2 dimensions but the column is vector(3)");
        assertThatThrownBy(() -> db.dsl().selectFrom(t).orderBy(cosineDistance(v, Vector.of(1f, 2f, 3f, 4f))).fetch())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query vector has 4 dimensions but v is vector(3)");
        assertThat(db.value(Integer.class, "select count(*) from fn_items where id = 3")).isZero();
    }
}
