package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.LogCapture;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code generation never aborts on a stored config it does not fully understand. Stored configs are rewritten
 * in {@code ai.vectorizer} (as {@link FixtureVectorizers#hnswIndexed} does): monthly schedules and schedules
 * written under each IntervalStyle are read without a word, garbage in fields generated code does not use is a
 * warning naming the vectorizer and the field, and a vectorizer whose needed field is garbage is skipped with a
 * warning while the others are generated. Warnings are captured from jOOQ's logger. Each test works in one
 * transaction that is rolled back, so the rewritten configs are never visible to other sessions of the shared
 * database (code generation reads the catalog through the same connection).
 */
@PgaiTest
class UnreadableConfigCodegenIT {

    private static final String PKG = "it.codegen.unreadable";
    private static final String READER_LOGGER = "io.github.jooqpgai.codegen.VectorizerCatalogReader";

    @Test
    void schedulesInEveryIntervalStyleAndGarbageInUnusedFieldsDoNotStopTheRun(PgaiTestSchema db, @TempDir Path dir) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                schedulesInEveryIntervalStyleAndGarbageInUnusedFieldsDoNotStopTheRun(db.schema(), c, db.jdbcUrl(), dir);
            } finally {
                c.rollback();
            }
        }
    }

    private static void schedulesInEveryIntervalStyleAndGarbageInUnusedFieldsDoNotStopTheRun(String s, Connection db, String jdbcUrl, Path dir)
            throws SQLException {
        List<String> names = List.of("monthly", "postgres", "iso_8601", "sql_standard", "postgres_verbose", "bad_chunking", "bad_schedule",
                "odd_index");
        fixture(db, s, names);
        rewrite(db, "postgres", s + "_monthly", "{scheduling}", "ai.scheduling_timescaledb(schedule_interval => '1 month')");
        for (String style : List.of("postgres", "iso_8601", "sql_standard", "postgres_verbose")) {
            rewrite(db, style, s + "_" + style, "{scheduling}",
                    "ai.scheduling_timescaledb(schedule_interval => '1 year -2 mons 3 days -04:05:06.789')");
        }
        rewrite(db, "postgres", s + "_bad_chunking", "{chunking,chunk_size}", "'\"lots\"'::jsonb");
        rewrite(db, "postgres", s + "_bad_schedule", "{scheduling}", "'{\"implementation\": \"timescaledb\", "
                + "\"config_type\": \"scheduling\", \"schedule_interval\": \"every tuesday\"}'::jsonb");
        rewrite(db, "postgres", s + "_odd_index", "{indexing}", "'{\"implementation\": \"ivfflat\", \"config_type\": \"indexing\"}'::jsonb");

        GeneratedCode code;
        List<String> warnings;
        try (LogCapture log = LogCapture.start()) {
            code = GeneratedCode.of(CodegenRun.pgai(jdbcUrl, s, PKG).connection(db), PKG, dir);
            warnings = ours(log, names.stream().map(n -> s + "_" + n).toList());
        }

        for (String name : names) {
            GeneratedVectorizer v = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_" + name).toUpperCase(Locale.ROOT));
            assertThat(v.dimensions()).as(name).isEqualTo(3);
        }
        assertThat(warnings).as("warnings about this test's vectorizers").containsExactly(
                "vectorizer \"" + s + "_bad_chunking\": field chunking.chunk_size cannot be read by jooq-pgai "
                        + "(invalid chunking.chunk_size = \"lots\": must be an integer); generated code does not use it, "
                        + "but PgaiDSLContext.vectorizer(\"" + s + "_bad_chunking\") fails on it",
                "vectorizer \"" + s + "_bad_schedule\": field scheduling.schedule_interval cannot be read by jooq-pgai "
                        + "(invalid scheduling.schedule_interval = \"every tuesday\": not a PostgreSQL interval (in any IntervalStyle): "
                        + "\"every tuesday\"); generated code does not use it, but PgaiDSLContext.vectorizer(\"" + s
                        + "_bad_schedule\") fails on it",
                "vectorizer \"" + s + "_odd_index\": field indexing.implementation cannot be read (invalid indexing.implementation = "
                        + "\"ivfflat\": not a pgai 0.12 indexing implementation); its search helpers use pgai's default metric (cosine)");
        assertThat(((GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_odd_index").toUpperCase(Locale.ROOT))).indexing())
                .as("indexing of the vectorizer with an unknown index").isEqualTo(Indexing.defaults());
    }

    @Test
    void aVectorizerWhoseNeededFieldIsUnreadableIsSkippedAndTheOthersAreGenerated(PgaiTestSchema db, @TempDir Path dir) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                aVectorizerWhoseNeededFieldIsUnreadableIsSkippedAndTheOthersAreGenerated(db.schema(), c, db.jdbcUrl(), dir);
            } finally {
                c.rollback();
            }
        }
    }

    private static void aVectorizerWhoseNeededFieldIsUnreadableIsSkippedAndTheOthersAreGenerated(String s, Connection db, String jdbcUrl,
            Path dir) throws SQLException {
        List<String> names = List.of("good", "no_dims", "odd_destination");
        fixture(db, s, names);
        rewrite(db, "postgres", s + "_no_dims", "{embedding,dimensions}", "'\"many\"'::jsonb");
        rewrite(db, "postgres", s + "_odd_destination", "{destination,implementation}", "'\"s3\"'::jsonb");

        GeneratedCode code;
        List<String> warnings;
        try (LogCapture log = LogCapture.start()) {
            code = GeneratedCode.of(CodegenRun.pgai(jdbcUrl, s, PKG).connection(db), PKG, dir);
            warnings = ours(log, names.stream().map(n -> s + "_" + n).toList());
        }

        assertThat(((GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_good").toUpperCase(Locale.ROOT))).dimensions()).isEqualTo(3);
        assertThat(code.type("Vectorizers").getFields()).as("Vectorizers constants").hasSize(1);
        assertThat(code.type("tables.GoodEmbedding").getMethods()).as("search helpers of the readable vectorizer's view")
                .anyMatch(m -> m.getName().equals("nearest"));
        assertThat(code.type("tables.NoDimsEmbedding").getMethods()).noneMatch(m -> m.getName().equals("nearest"));
        String skipped = "; no Vectorizers constant, embedding view keys or search helpers are generated for it";
        assertThat(warnings).containsExactly(
                "vectorizer \"" + s + "_no_dims\": field embedding.dimensions cannot be read "
                        + "(invalid embedding.dimensions = \"many\": must be an integer)" + skipped,
                "vectorizer \"" + s + "_odd_destination\": field destination.implementation cannot be read "
                        + "(invalid destination.implementation = \"s3\": not a pgai 0.12 destination implementation)" + skipped);
    }

    /** The captured warnings of the catalog reader about the given vectorizers, without jOOQ's padded title. */
    private static List<String> ours(LogCapture log, List<String> vectorizers) {
        return log.warnings(READER_LOGGER).stream()
                .map(w -> w.substring(w.indexOf(": ") + 2))
                .filter(w -> vectorizers.stream().anyMatch(v -> w.startsWith("vectorizer \"" + v + "\"")))
                .toList();
    }

    /** A table {@code <name>} and a vectorizer {@code <schema>_<name>} with 3 dimensions for each name. */
    private static void fixture(Connection db, String schema, List<String> names) {
        DSLContext dsl = DSL.using(db, SQLDialect.POSTGRES);
        for (String name : names) {
            dsl.execute("create table " + name + " (id int primary key, body text not null)");
            FixtureVectorizers.table(dsl, schema, name, schema + "_" + name, "body", 3, null, null, null, null);
        }
    }

    /** {@code config = jsonb_set(config, path, <expression>)} with the given IntervalStyle (reset afterwards). */
    private static void rewrite(Connection db, String intervalStyle, String vectorizer, String path, String expression)
            throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("set IntervalStyle = " + intervalStyle);
        }
        try (PreparedStatement ps = db.prepareStatement(
                "update ai.vectorizer set config = jsonb_set(config, ?::text[], " + expression + ") where name = ?")) {
            ps.setString(1, path);
            ps.setString(2, vectorizer);
            assertThat(ps.executeUpdate()).as("rewritten %s of %s", path, vectorizer).isEqualTo(1);
        }
        try (Statement st = db.createStatement()) {
            st.execute("reset IntervalStyle");
        }
    }
}
