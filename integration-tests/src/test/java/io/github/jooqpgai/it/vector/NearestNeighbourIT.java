package io.github.jooqpgai.it.vector;

import static io.github.jooqpgai.similarity.VectorDSL.nearestNeighbours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.types.VectorValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every metric and every vector type, the helper's top-k on random data (exact scan, with an
 * ordinary jOOQ filter) equals a brute-force computation in Java.
 */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearestNeighbourIT {

    private static final int ROWS = 600;
    private static final int DIMS = 24;
    private static final int K = 10;

    private final Table<Record> items = table(name("nn_items"));
    private final Field<Integer> id = field(name("nn_items", "id"), SQLDataType.INTEGER);
    private final Field<Boolean> even = field(name("nn_items", "even"), SQLDataType.BOOLEAN);
    private final Field<Vector> dense = field(name("nn_items", "dense"), VectorTypes.vector(DIMS));
    private final Field<HalfVector> half = field(name("nn_items", "half"), VectorTypes.halfvec(DIMS));
    private final Field<SparseVector> sparse = field(name("nn_items", "sparse"), VectorTypes.sparsevec(DIMS));
    private final List<float[]> denseRows = new ArrayList<>();
    private final List<float[]> halfRows = new ArrayList<>();
    private final List<float[]> sparseRows = new ArrayList<>();

    @BeforeAll
    void fill(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        dsl.execute("create table nn_items (id int primary key, even boolean not null, dense vector(" + DIMS
                + "), half halfvec(" + DIMS + "), sparse sparsevec(" + DIMS + "))");
        RandomVectors random = new RandomVectors(11);
        var insert = dsl.insertInto(items, id, even, dense, half, sparse);
        for (int i = 0; i < ROWS; i++) {
            Vector v = Vector.of(random.unitRange(DIMS));
            HalfVector h = HalfVector.of(random.unitRange(DIMS));
            float[] s = random.unitRange(DIMS);
            for (int j = 0; j < DIMS; j += 2) {
                s[(j + i) % DIMS] = 0f;
            }
            SparseVector sv = SparseVector.fromDense(s);
            denseRows.add(v.toArray());
            halfRows.add(h.toArray());
            sparseRows.add(sv.toArray());
            insert = insert.values(i, i % 2 == 0, v, h, sv);
        }
        insert.execute();
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void vectorTopKEqualsBruteForce(DistanceMetric metric, PgaiTestSchema db) {
        float[] q = new RandomVectors(metric.ordinal()).unitRange(DIMS);
        assertTopK(db, metric, dense, Vector.of(q), denseRows, q);
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void halfvecTopKEqualsBruteForce(DistanceMetric metric, PgaiTestSchema db) {
        HalfVector query = HalfVector.of(new RandomVectors(100 + metric.ordinal()).unitRange(DIMS));
        assertTopK(db, metric, half, query, halfRows, query.toArray());
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void sparsevecTopKEqualsBruteForce(DistanceMetric metric, PgaiTestSchema db) {
        float[] q = new RandomVectors(200 + metric.ordinal()).unitRange(DIMS);
        assertTopK(db, metric, sparse, SparseVector.fromDense(q), sparseRows, q);
    }

    @Test
    void filtersApplyBeforeTheLimit(PgaiTestSchema db) {
        float[] q = new RandomVectors(300).unitRange(DIMS);
        List<Integer> ids = nearestNeighbours(db.dsl().select(id).from(items).where(even.isTrue()),
                dense, DistanceMetric.L2, Vector.of(q), K).fetch(id);
        List<float[]> evenRows = IntStream.range(0, ROWS).filter(i -> i % 2 == 0).mapToObj(denseRows::get).toList();
        List<Integer> expected = BruteForce.nearest(evenRows, q, DistanceMetric.L2, K).stream().map(i -> i * 2).toList();
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    private <V extends VectorValue> void assertTopK(PgaiTestSchema db, DistanceMetric metric, Field<V> column, V query,
                                                    List<float[]> rows, float[] q) {
        List<Integer> ids = nearestNeighbours(db.dsl().select(id).from(items), column, metric, query, K).fetch(id);
        assertThat(ids).as(metric + " on " + column.getName()).containsExactlyElementsOf(BruteForce.nearest(rows, q, metric, K));
        Double nearestDistance = db.dsl().select(metric.distance(column, query)).from(items)
                .where(id.eq(ids.get(0))).fetchOne(0, Double.class);
        assertThat(nearestDistance).isCloseTo(BruteForce.distance(metric, rows.get(ids.get(0)), q),
                org.assertj.core.data.Offset.offset(1e-4));
    }
}
