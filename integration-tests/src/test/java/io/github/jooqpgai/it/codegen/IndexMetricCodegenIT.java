package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.Vector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metric of the generated {@code nearest(...)} / {@code distanceTo(...)} comes from the indexes really on the
 * store table (pgai builds none without TimescaleDB; users create them), and each indexed metric gets its own
 * {@code nearestBy<Metric>} / {@code <metric>DistanceTo} helper. PostgreSQL's planner is the oracle: with
 * {@code enable_seqscan = off}, EXPLAIN of each generated helper's query shows the index it is meant to use
 * (an index scan through the embedding view's join), or the sequential scan when no index serves it.
 */
@PgaiTest
class IndexMetricCodegenIT {

    private static final String PKG = "it.codegen.indexes";
    private static final Vector QUERY = Vector.of(0.3f, -0.2f, 0.9f);

    @TempDir
    static Path work;

    static GeneratedCode code;

    @BeforeAll
    static void generate(PgaiTestSchema db) {
        String s = db.schema();
        DSLContext dsl = db.dsl();
        dsl.execute("create table doc (id int primary key, body text not null)");
        dsl.execute("insert into doc select i, 'body ' || i from generate_series(1, 300) i");
        for (String view : List.of("l2_hnsw", "cosine_hnsw", "ip_ivfflat", "two_indexes", "no_index", "unusable_indexes")) {
            FixtureVectorizers.table(dsl, s, "doc", s + "_" + view, "body", 3, view, view + "_store", null, null);
            dsl.execute("insert into " + view + "_store (id, chunk_seq, chunk, embedding) "
                    + "select i, 0, 'chunk ' || i, array[sin(i), cos(i), sin(2 * i)]::vector(3) from generate_series(1, 300) i");
        }
        dsl.execute("create index l2_hnsw_idx on l2_hnsw_store using hnsw (embedding vector_l2_ops)");
        dsl.execute("create index cosine_hnsw_idx on cosine_hnsw_store using hnsw (embedding vector_cosine_ops)");
        dsl.execute("create index ip_ivfflat_idx on ip_ivfflat_store using ivfflat (embedding vector_ip_ops) with (lists = 4)");
        dsl.execute("create index two_indexes_l2_idx on two_indexes_store using hnsw (embedding vector_l2_ops)");
        dsl.execute("create index two_indexes_cosine_idx on two_indexes_store using hnsw (embedding vector_cosine_ops)");
        FixtureVectorizers.hnswIndexed(dsl, s + "_no_index", "vector_ip_ops");
        dsl.execute("create index unusable_partial_idx on unusable_indexes_store using hnsw (embedding vector_l2_ops) where chunk_seq = 0");
        dsl.execute("create index unusable_expression_idx on unusable_indexes_store using hnsw ((embedding::halfvec(3)) halfvec_l2_ops)");
        for (String view : List.of("l2_hnsw", "cosine_hnsw", "ip_ivfflat", "two_indexes", "no_index", "unusable_indexes")) {
            dsl.execute("analyze " + view + "_store");
        }
        code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), s, PKG), PKG, work);
    }

    @Test
    void anL2IndexMakesL2ThePrimaryMetricAndServesIt(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("L2Hnsw", "L2_HNSW");
        assertThat(plan(db, view, "nearest")).as("nearest() on an L2-indexed store").contains("Index Scan using l2_hnsw_idx");
        assertThat(render(GeneratedCode.call(view, "distanceTo", QUERY))).contains("<->");
        assertThat(helperNames(view)).containsExactlyInAnyOrder("distanceTo", "nearest", "l2DistanceTo", "nearestByL2");
        assertThat(plan(db, view, "nearestByL2")).contains("Index Scan using l2_hnsw_idx");
        assertThat(fetchCount(db, view, "nearest")).isEqualTo(5);
    }

    @Test
    void aCosineIndexServesNearest(PgaiTestSchema db) throws SQLException, IOException {
        Table<?> view = code.table("CosineHnsw", "COSINE_HNSW");
        assertThat(helperNames(view)).containsExactlyInAnyOrder("distanceTo", "nearest", "cosineDistanceTo", "nearestByCosine");
        assertThat(render(GeneratedCode.call(view, "distanceTo", QUERY))).contains("<=>");
        assertThat(plan(db, view, "nearest")).contains("Index Scan using cosine_hnsw_idx");
        assertThat(javadoc("CosineHnsw")).contains("Served by index <code>cosine_hnsw_idx</code> (hnsw, vector_cosine_ops)");
    }

    @Test
    void anIvfflatIndexServesNearestWithItsMetric(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("IpIvfflat", "IP_IVFFLAT");
        assertThat(helperNames(view)).containsExactlyInAnyOrder("distanceTo", "nearest", "innerProductDistanceTo", "nearestByInnerProduct");
        assertThat(render(GeneratedCode.call(view, "distanceTo", QUERY))).contains("<#>");
        assertThat(plan(db, view, "nearest")).contains("Index Scan using ip_ivfflat_idx");
        assertThat(plan(db, view, "nearestByInnerProduct")).contains("Index Scan using ip_ivfflat_idx");
    }

    @Test
    void twoIndexesGiveTwoHelpersEachUsingItsIndex(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("TwoIndexes", "TWO_INDEXES");
        assertThat(helperNames(view)).containsExactlyInAnyOrder("distanceTo", "nearest",
                "cosineDistanceTo", "nearestByCosine", "l2DistanceTo", "nearestByL2");
        assertThat(plan(db, view, "nearestByL2")).contains("Index Scan using two_indexes_l2_idx").doesNotContain("two_indexes_cosine_idx");
        assertThat(plan(db, view, "nearestByCosine")).contains("Index Scan using two_indexes_cosine_idx").doesNotContain("two_indexes_l2_idx");
        assertThat(plan(db, view, "nearest")).as("the configured metric (cosine) is primary when indexed")
                .contains("Index Scan using two_indexes_cosine_idx");
        assertThat(render(GeneratedCode.call(view, "l2DistanceTo", QUERY))).contains("<->");
        assertThat(render(GeneratedCode.call(view, "cosineDistanceTo", QUERY))).contains("<=>");
    }

    @Test
    void noIndexUsesTheConfiguredMetricAndSaysItIsASequentialScan(PgaiTestSchema db) throws SQLException, IOException {
        Table<?> view = code.table("NoIndex", "NO_INDEX");
        assertThat(helperNames(view)).containsExactlyInAnyOrder("distanceTo", "nearest");
        assertThat(render(GeneratedCode.call(view, "distanceTo", QUERY))).as("the configured opclass vector_ip_ops").contains("<#>");
        assertThat(plan(db, view, "nearest")).contains("Seq Scan on no_index_store");
        assertThat(javadoc("NoIndex")).contains("No index on <code>\"" + db.schema() + "\".\"no_index_store\" (\"embedding\")</code>",
                "served a metric when this code was generated, so this is the vectorizer's configured metric (its indexing opclass)"
                        + " and the query is a sequential scan",
                "Create an index with <code>CREATE INDEX ON \"" + db.schema() + "\".\"no_index_store\" USING hnsw (\"embedding\" vector_ip_ops)</code>");
        assertThat(fetchCount(db, view, "nearest")).isEqualTo(5);
    }

    @Test
    void partialAndExpressionIndexesDoNotCount(PgaiTestSchema db) throws SQLException, IOException {
        Table<?> view = code.table("UnusableIndexes", "UNUSABLE_INDEXES");
        assertThat(helperNames(view)).as("an L2 helper would not use either index").containsExactlyInAnyOrder("distanceTo", "nearest");
        assertThat(render(GeneratedCode.call(view, "distanceTo", QUERY))).as("pgai's default metric").contains("<=>");
        assertThat(javadoc("UnusableIndexes")).contains("No index on");
        Select<?> l2 = io.github.jooqpgai.similarity.VectorDSL.nearestNeighbours(db.dsl().select(view.field("chunk")).from(view),
                embedding(view), io.github.jooqpgai.similarity.DistanceMetric.L2, QUERY, 5);
        assertThat(explain(db, l2)).as("the planner cannot use them for a plain ORDER BY embedding <-> ? either")
                .doesNotContain("unusable_partial_idx").doesNotContain("unusable_expression_idx");
    }

    @SuppressWarnings("unchecked")
    private static Field<Vector> embedding(Table<?> view) {
        return (Field<Vector>) view.field("embedding");
    }

    /** The vector helpers (the search-by-text {@code nearestTo(select, text, k)} is SearchByTextIT's). */
    private static List<String> helperNames(Table<?> view) {
        return Arrays.stream(view.getClass().getDeclaredMethods())
                .map(Method::getName)
                .filter(n -> (n.startsWith("nearest") && !n.equals("nearestTo")) || n.endsWith("DistanceTo") || n.equals("distanceTo"))
                .toList();
    }

    private static String render(Field<?> field) {
        return DSL.using(SQLDialect.POSTGRES).render(field);
    }

    private static Select<?> helperQuery(PgaiTestSchema db, Table<?> view, String helper) {
        return GeneratedCode.call(view, helper, db.dsl().select(view.field("chunk")).from(view), QUERY, 5);
    }

    private static int fetchCount(PgaiTestSchema db, Table<?> view, String helper) {
        return helperQuery(db, view, helper).fetch().size();
    }

    private static String plan(PgaiTestSchema db, Table<?> view, String helper) throws SQLException {
        return explain(db, helperQuery(db, view, helper));
    }

    private static String explain(PgaiTestSchema db, Select<?> select) throws SQLException {
        try (Connection c = db.connection()) {
            try (Statement st = c.createStatement()) {
                st.execute("set enable_seqscan = off");
            }
            return DSL.using(c, SQLDialect.POSTGRES).explain(select).plan();
        }
    }

    /** The generated source of a table class with Javadoc line wrapping undone. */
    private static String javadoc(String tableClass) throws IOException {
        String source = Files.readString(code.sources().resolve(PKG.replace('.', '/')).resolve("tables/" + tableClass + ".java"));
        return source.replaceAll("\\n\\s*\\* ?", " ");
    }
}
