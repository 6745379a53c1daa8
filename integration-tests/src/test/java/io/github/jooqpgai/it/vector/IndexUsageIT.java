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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The helper's query is the one an HNSW index serves: with {@code enable_seqscan = off}, EXPLAIN shows
 * an index scan on the index whose opclass matches the metric, for every metric and every type (and an
 * IVFFlat index for the metrics IVFFlat supports). The
 * function form ({@code cosine_distance(a, b)}) is the control: it can never use the index, so these
 * tests fail if the rendered SQL stops being the operator form.
 */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexUsageIT {

    private static final int DIMS = 8;

    private final Table<Record> docs = table(name("idx_docs"));
    private final Field<Integer> id = field(name("idx_docs", "id"), SQLDataType.INTEGER);
    private final Field<String> lang = field(name("idx_docs", "lang"), SQLDataType.VARCHAR);
    private final Field<Vector> dense = field(name("idx_docs", "dense"), VectorTypes.vector(DIMS));
    private final Field<HalfVector> half = field(name("idx_docs", "half"), VectorTypes.halfvec(DIMS));
    private final Field<SparseVector> sparse = field(name("idx_docs", "sparse"), VectorTypes.sparsevec(DIMS));
    private final List<float[]> rows = new ArrayList<>();

    @BeforeAll
    void createIndexedTable(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        dsl.execute("create table idx_docs (id int primary key, lang text not null, dense vector(" + DIMS
                + "), half halfvec(" + DIMS + "), sparse sparsevec(" + DIMS + "))");
        RandomVectors random = new RandomVectors(9);
        var insert = dsl.insertInto(docs, id, lang, dense, half, sparse);
        for (int i = 0; i < 300; i++) {
            float[] values = random.unitRange(DIMS);
            rows.add(values);
            insert = insert.values(i, i % 3 == 0 ? "en" : "de", Vector.of(values), HalfVector.of(values), SparseVector.fromDense(values));
        }
        insert.execute();
        for (DistanceMetric metric : DistanceMetric.values()) {
            for (String column : new String[] {"dense", "half", "sparse"}) {
                String type = column.equals("dense") ? "vector" : column.equals("half") ? "halfvec" : "sparsevec";
                dsl.execute("create index " + indexName(column, metric) + " on idx_docs using hnsw (" + column + " "
                        + metric.opclass(type) + ")");
            }
        }
        dsl.execute("analyze idx_docs");
    }

    private static String indexName(String column, DistanceMetric metric) {
        return "idx_docs_" + column + "_" + metric.name().toLowerCase();
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void vectorQueryUsesTheMatchingHnswIndex(DistanceMetric metric, PgaiTestSchema db) throws SQLException {
        assertPlanUses(db, "dense", metric, dense, Vector.of(new RandomVectors(1).unitRange(DIMS)));
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void halfvecQueryUsesTheMatchingHnswIndex(DistanceMetric metric, PgaiTestSchema db) throws SQLException {
        assertPlanUses(db, "half", metric, half, HalfVector.of(new RandomVectors(2).unitRange(DIMS)));
    }

    @ParameterizedTest
    @EnumSource(DistanceMetric.class)
    void sparsevecQueryUsesTheMatchingHnswIndex(DistanceMetric metric, PgaiTestSchema db) throws SQLException {
        assertPlanUses(db, "sparse", metric, sparse, SparseVector.fromDense(new RandomVectors(3).unitRange(DIMS)));
    }

    /**
     * A filter that a third of the rows pass still fits in pgvector's 40 HNSW candidates: exactly brute force's
     * top 5. Selective filters under-return; see {@link FilteredTopKIT}.
     */
    @Test
    void filteredQueryStillUsesTheIndex(PgaiTestSchema db) throws SQLException {
        float[] query = new RandomVectors(4).unitRange(DIMS);
        Vector q = Vector.of(query);
        try (Connection c = seqscanOff(db)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            String plan = plan(dsl, nearestNeighbours(dsl.select(id).from(docs).where(lang.eq("en")), dense, DistanceMetric.COSINE, q, 5));
            assertThat(plan).contains("Index Scan using " + indexName("dense", DistanceMetric.COSINE));
            List<Integer> en = IntStream.range(0, rows.size()).filter(i -> i % 3 == 0).boxed().toList();
            List<Integer> expected = BruteForce.nearest(en.stream().map(rows::get).toList(), query, DistanceMetric.COSINE, 5)
                    .stream().map(en::get).toList();
            assertThat(nearestNeighbours(dsl.select(id).from(docs).where(lang.eq("en")), dense, DistanceMetric.COSINE, q, 5)
                    .fetch(id)).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DistanceMetric.class, names = {"L2", "COSINE", "INNER_PRODUCT"})
    void ivfflatIndexServesTheHelperToo(DistanceMetric metric, PgaiTestSchema db) throws SQLException {
        String tableName = "ivf_docs_" + metric.name().toLowerCase();
        db.dsl().execute("create table " + tableName + " as select id, dense from idx_docs");
        db.dsl().execute("create index " + tableName + "_idx on " + tableName + " using ivfflat (dense "
                + metric.opclass("vector") + ") with (lists = 4)");
        db.dsl().execute("analyze " + tableName);
        Table<Record> ivf = table(name(tableName));
        Field<Integer> ivfId = field(name(tableName, "id"), SQLDataType.INTEGER);
        Field<Vector> ivfDense = field(name(tableName, "dense"), VectorTypes.vector(DIMS));
        Vector q = Vector.of(new RandomVectors(6).unitRange(DIMS));
        try (Connection c = seqscanOff(db)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            String plan = plan(dsl, nearestNeighbours(dsl.select(ivfId).from(ivf), ivfDense, metric, q, 5));
            assertThat(plan).contains("Index Scan using " + tableName + "_idx");
        }
    }

    @Test
    void functionFormIsTheControlThatCannotUseTheIndex(PgaiTestSchema db) throws SQLException {
        Vector q = Vector.of(new RandomVectors(5).unitRange(DIMS));
        try (Connection c = seqscanOff(db)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            Field<Double> functionForm = DSL.function("cosine_distance", SQLDataType.DOUBLE, dense, DSL.val(q, VectorTypes.VECTOR));
            String plan = plan(dsl, dsl.select(id).from(docs).orderBy(functionForm).limit(5));
            assertThat(plan).doesNotContain("Index Scan using idx_docs_dense");
        }
    }

    private <V extends VectorValue> void assertPlanUses(PgaiTestSchema db, String column, DistanceMetric metric,
                                                        Field<V> field, V query) throws SQLException {
        try (Connection c = seqscanOff(db)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            String plan = plan(dsl, nearestNeighbours(dsl.select(id).from(docs), field, metric, query, 5));
            assertThat(plan).as(metric + " on " + column).contains("Index Scan using " + indexName(column, metric) + " ");
            assertThat(nearestNeighbours(dsl.select(id).from(docs), field, metric, query, 5).fetch(id)).hasSize(5);
        }
    }

    private static Connection seqscanOff(PgaiTestSchema db) throws SQLException {
        Connection c = db.connection();
        try (var s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
        }
        return c;
    }

    private static String plan(DSLContext dsl, Select<?> select) {
        return dsl.explain(select).plan();
    }
}
