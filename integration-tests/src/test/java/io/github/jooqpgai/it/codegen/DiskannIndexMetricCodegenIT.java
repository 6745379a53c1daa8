package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.it.support.LogCapture;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.types.Vector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code generation on real pgvectorscale {@code diskann} indexes (the vectorscale cell of
 * {@code scripts/compat-matrix}, on {@code PGAI_VARIANT=vectorscale scripts/pgai-db}): the metric of the generated
 * {@code nearest(...)} and of {@code Vectorizers.X.searchMetric()} is the metric of the diskann index's operator
 * class ({@code vector_cosine_ops}, {@code vector_l2_ops}, {@code vector_ip_ops}), an index that disagrees with the
 * configured metric is a warning, and PostgreSQL's planner shows the generated query using the diskann index,
 * also with our {@code diskann.*} query settings in effect. Tagged {@code vectorscale}: selected by
 * {@code -Pvectorscale}; run on a database without pgvectorscale it fails, never skips.
 *
 * <pre>{@code
 * PGAI_JDBC_URL=$(PGAI_VARIANT=vectorscale scripts/pgai-db start) mvn verify -pl integration-tests -am -Pvectorscale
 * }</pre>
 */
@PgaiTest
@Tag("vectorscale")
class DiskannIndexMetricCodegenIT {

    private static final String PKG = "it.codegen.diskann";
    private static final int DIMENSIONS = 16;
    private static final String DATABASE_LOGGER = "io.github.jooqpgai.codegen.PgaiDatabase";
    private static final List<String> VIEWS = List.of("cosine_diskann", "l2_diskann", "ip_diskann");

    @TempDir
    static Path work;

    static GeneratedCode code;
    static List<String> warnings;

    @BeforeAll
    static void generate(PgaiTestSchema db) {
        String available = db.value(String.class, "select default_version from pg_available_extensions where name = 'vectorscale'");
        assertThat(available)
                .as("this IT needs pgvectorscale; run it on PGAI_VARIANT=vectorscale scripts/pgai-db (the vectorscale cell), not on %s",
                        db.serverJdbcUrl())
                .isNotNull();
        db.dsl().execute("create extension if not exists vectorscale");
        String s = db.schema();
        DSLContext dsl = db.dsl();
        dsl.execute("create table doc (id int primary key, body text not null)");
        dsl.execute("insert into doc select i, 'body ' || i from generate_series(1, 500) i");
        for (String view : VIEWS) {
            FixtureVectorizers.table(dsl, s, "doc", s + "_" + view, "body", DIMENSIONS, view, view + "_store", null, null);
            dsl.execute("insert into " + view + "_store (id, chunk_seq, chunk, embedding) "
                    + "select i, 0, 'chunk ' || i, array(select sin(i * j + j) from generate_series(1, " + DIMENSIONS + ") j)::vector("
                    + DIMENSIONS + ") from generate_series(1, 500) i");
        }
        dsl.execute("create index cosine_diskann_idx on cosine_diskann_store using diskann (embedding)");
        dsl.execute("create index l2_diskann_idx on l2_diskann_store using diskann (embedding vector_l2_ops) with (storage_layout = plain)");
        dsl.execute("create index ip_diskann_idx on ip_diskann_store using diskann (embedding vector_ip_ops)");
        dsl.execute("update ai.vectorizer set config = jsonb_set(config, '{indexing}', ai.indexing_diskann()) where name = ?",
                s + "_ip_diskann");
        for (String view : VIEWS) {
            dsl.execute("analyze " + view + "_store");
        }
        try (LogCapture log = LogCapture.start()) {
            code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), s, PKG), PKG, work);
            warnings = log.warnings(DATABASE_LOGGER).stream()
                    .map(w -> w.substring(w.indexOf(": ") + 2))
                    .filter(w -> w.startsWith("vectorizer \"" + s + "_"))
                    .toList();
        }
    }

    @Test
    void theDefaultDiskannOpclassServesCosineNearest(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("CosineDiskann", "COSINE_DISKANN");
        assertThat(render(GeneratedCode.call(view, "distanceTo", query()))).contains("<=>");
        assertThat(plan(db, view, "nearest")).contains("Index Scan using cosine_diskann_idx");
        assertThat(vectorizer(db, "cosine_diskann").searchMetric()).isEqualTo(DistanceMetric.COSINE);
        assertThat(helperQuery(db.dsl(), view, "nearestByCosine").fetch()).hasSize(5);
    }

    @Test
    void anL2DiskannIndexMakesL2TheSearchMetric(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("L2Diskann", "L2_DISKANN");
        assertThat(render(GeneratedCode.call(view, "distanceTo", query()))).contains("<->");
        assertThat(plan(db, view, "nearest")).contains("Index Scan using l2_diskann_idx");
        assertThat(vectorizer(db, "l2_diskann").searchMetric()).isEqualTo(DistanceMetric.L2);
    }

    @Test
    void anInnerProductDiskannIndexWinsOverTheDiskannConfigsCosine(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("IpDiskann", "IP_DISKANN");
        assertThat(render(GeneratedCode.call(view, "distanceTo", query()))).contains("<#>");
        assertThat(plan(db, view, "nearest")).contains("Index Scan using ip_diskann_idx");
        GeneratedVectorizer v = vectorizer(db, "ip_diskann");
        assertThat(v.indexing()).as("the stored config").isEqualTo(io.github.jooqpgai.vectorizer.config.Indexing.diskann());
        assertThat(v.searchMetric()).as("the real index").isEqualTo(DistanceMetric.INNER_PRODUCT);
    }

    @Test
    void indexesThatDisagreeWithTheConfigAreWarnings(PgaiTestSchema db) {
        String s = db.schema();
        assertThat(warnings).containsExactlyInAnyOrder(
                "vectorizer \"" + s + "_l2_diskann\": configured COSINE, but index l2_diskann_idx (diskann, vector_l2_ops) serves L2;"
                        + " nearest(...) and searchMetric() use L2",
                "vectorizer \"" + s + "_ip_diskann\": configured COSINE, but index ip_diskann_idx (diskann, vector_ip_ops) serves"
                        + " INNER_PRODUCT; nearest(...) and searchMetric() use INNER_PRODUCT");
    }

    @Test
    void diskannQuerySettingsTakeEffectAndTheGeneratedQueryStillUsesTheIndex(PgaiTestSchema db) throws SQLException {
        Table<?> view = code.table("CosineDiskann", "COSINE_DISKANN");
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
                dsl.execute(VectorDSL.diskannQuerySearchListSize(7));
                dsl.execute(VectorDSL.diskannQueryRescore(3));
                assertThat(dsl.fetchValue("select current_setting('diskann.query_search_list_size')")).isEqualTo("7");
                assertThat(dsl.fetchValue("select current_setting('diskann.query_rescore')")).isEqualTo("3");
                dsl.execute("set local enable_seqscan = off");
                assertThat(dsl.explain(helperQuery(dsl, view, "nearest")).plan()).contains("Index Scan using cosine_diskann_idx");
                assertThat(helperQuery(dsl, view, "nearest").fetch()).hasSize(5);
            } finally {
                c.rollback();
            }
        }
    }

    /** Differential: our bounds are pgvectorscale's, value by value at and beyond each end. */
    @Test
    void diskannQuerySettingsAcceptWhatPgvectorscaleAccepts(PgaiTestSchema db) throws SQLException {
        assertSameVerdicts(db, "diskann.query_search_list_size", VectorDSL::diskannQuerySearchListSize, -1, 0, 1, 100, 10_000, 10_001);
        assertSameVerdicts(db, "diskann.query_rescore", VectorDSL::diskannQueryRescore, -1, 0, 50, 1000, 1001);
    }

    private static void assertSameVerdicts(PgaiTestSchema db, String setting, IntFunction<Query> ours, int... values) throws SQLException {
        for (int value : values) {
            boolean postgresAccepts = postgresAccepts(db, setting, value);
            if (postgresAccepts) {
                assertThat(ours.apply(value)).as("%s = %s", setting, value).isNotNull();
            } else {
                assertThatThrownBy(() -> ours.apply(value)).as("%s = %s", setting, value)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting).hasMessageContaining("got " + value);
            }
        }
    }

    /**
     * Whether pgvectorscale takes {@code value}. Its library is loaded first: before that, PostgreSQL keeps any
     * {@code diskann.*} value as an unchecked placeholder (checked, and reset with a warning, when the library loads).
     */
    private static boolean postgresAccepts(PgaiTestSchema db, String setting, int value) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
                String library = (String) dsl.fetchValue("""
                        select p.probin from pg_catalog.pg_am a join pg_catalog.pg_proc p on p.oid = a.amhandler
                         where a.amname = 'diskann'""");
                dsl.execute("load {0}", DSL.inline(library));
                dsl.execute("set local " + setting + " = " + value);
                return true;
            } catch (DataAccessException e) {
                assertThat(e.sqlState()).as("%s = %s", setting, value).isEqualTo("22023");
                return false;
            } finally {
                c.rollback();
            }
        }
    }

    private static GeneratedVectorizer vectorizer(PgaiTestSchema db, String view) {
        return (GeneratedVectorizer) code.staticValue("Vectorizers", (db.schema() + "_" + view).toUpperCase(Locale.ROOT));
    }

    private static Vector query() {
        float[] values = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            values[i] = (float) Math.cos(i + 0.5);
        }
        return Vector.of(values);
    }

    private static String render(Field<?> field) {
        return DSL.using(SQLDialect.POSTGRES).render(field);
    }

    private static Select<?> helperQuery(DSLContext dsl, Table<?> view, String helper) {
        return GeneratedCode.call(view, helper, dsl.select(view.field("chunk")).from(view), query(), 5);
    }

    private static String plan(PgaiTestSchema db, Table<?> view, String helper) throws SQLException {
        try (Connection c = db.connection()) {
            try (Statement st = c.createStatement()) {
                st.execute("set enable_seqscan = off");
            }
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            return dsl.explain(helperQuery(dsl, view, helper)).plan();
        }
    }
}
