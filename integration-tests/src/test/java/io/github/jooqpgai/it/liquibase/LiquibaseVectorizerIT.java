package io.github.jooqpgai.it.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.it.support.CatalogSnapshot;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Our Liquibase change types in real Liquibase runs against the real pgai catalog: update, rollback
 * (automatic for createVectorizer, explicit for drop/alter), a changeset failing half-way, validation.
 * Each test works in a schema of its own and drops it with its vectorizers.
 */
@PgaiTest
class LiquibaseVectorizerIT {

    @Test
    void upgradeDowngradeUpgradeLeavesTheSameCatalog(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_cycle");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog.xml");
            List<String> empty = snapshot(db, schema);

            run.update();
            List<String> first = snapshot(db, schema);
            String rollbackSql = run.rollbackSql(2);
            run.rollback(2);
            List<String> downgraded = snapshot(db, schema);
            run.update();

            assertThat(first).as("the first update made the table, the vectorizer and its objects")
                    .contains("rel blog r", "rel blog_embeddings_store r", "rel blog_embeddings v", "trg blog._vectorizer_src_trg_<id>")
                    .anyMatch(line -> line.startsWith("vec <id> " + run.vectorizer() + " "));
            assertThat(downgraded).as("the downgrade removed everything but Liquibase's own tables").isEqualTo(empty);
            assertThat(snapshot(db, schema)).as("the second update").isEqualTo(first);
            assertThat(rollbackSql.indexOf("drop_vectorizer")).as(rollbackSql).isPositive()
                    .isLessThan(rollbackSql.indexOf("DROP TABLE"));
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void liquibaseStoresTheSameVectorizerAsTheDsl(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_oracle");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog.xml");
            run.update();
            List<String> byLiquibase = snapshot(db, schema);
            db.dsl().execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = ?", run.vectorizer());

            PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(schema, "blog"))
                    .loading(Loading.column("content"))
                    .embedding(Embedding.openai("text-embedding-3-small", 768))
                    .chunking(Chunking.characterTextSplitter(800, 400).withSeparator("."))
                    .formatting(Formatting.pythonTemplate("$title - $chunk"))
                    .destination(Destination.table("blog_embeddings"))
                    .scheduling(Scheduling.none())
                    .indexing(Indexing.none())
                    .name(run.vectorizer())
                    .execute();

            assertThat(snapshot(db, schema)).as("the same objects and the same stored config").isEqualTo(byLiquibase);
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void rollbackOfCreateVectorizerRemovesEveryObjectItMade(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_rollback");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog.xml");
            run.update(1);
            List<String> tableOnly = CatalogSnapshot.of(db, schema);

            run.update();
            assertThat(CatalogSnapshot.of(db, schema)).as("the vectorizer changeset made objects").hasSizeGreaterThan(tableOnly.size() + 5);
            run.rollback(1);

            assertThat(CatalogSnapshot.of(db, schema)).isEqualTo(tableOnly);
            assertThat(vectorizers(db, run.vectorizer())).isZero();
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void aChangesetFailingHalfWayLeavesNothing(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_halfway");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog-failing.xml");
            run.update(1);
            List<String> before = CatalogSnapshot.of(db, schema);
            List<String> history = history(db, schema);

            assertThatThrownBy(run::update).isInstanceOf(LiquibaseException.class)
                    .hasStackTraceContaining("null value in column \"id\"");

            assertThat(CatalogSnapshot.of(db, schema)).isEqualTo(before);
            assertThat(vectorizers(db, run.vectorizer())).isZero();
            assertThat(history(db, schema)).isEqualTo(history);
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void dropRollsBackThroughItsExplicitRollback(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_drop");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog-drop.xml");
            run.update(2);
            List<String> created = snapshot(db, schema);

            run.update(1);
            assertThat(vectorizers(db, run.vectorizer())).as("dropped by changeset 3").isZero();
            assertThat(snapshot(db, schema)).as("drop_all removed the store table and the view")
                    .noneMatch(line -> line.contains("blog_embeddings"));
            run.rollback(1);

            assertThat(snapshot(db, schema)).as("recreated by the rollback of changeset 3").isEqualTo(created);
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void alterFailsInPgaiAsHandWrittenSqlDoesAndChangesNothing(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_alter");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog-alter.xml");
            run.update(2);
            List<String> before = CatalogSnapshot.of(db, schema);
            List<String> history = history(db, schema);
            String oracle = handWrittenError(db, "select ai.set_scheduling((select id from ai.vectorizer where name = '"
                    + run.vectorizer() + "'), ai.scheduling_default(), ai.indexing_default())");
            assertThat(oracle).as("no TimescaleDB here: pgai's set_scheduling always fails")
                    .startsWith("ERROR: function public.delete_job(integer) does not exist");

            assertThatThrownBy(run::update).isInstanceOf(LiquibaseException.class)
                    .hasStackTraceContaining(oracle);

            assertThat(CatalogSnapshot.of(db, schema)).isEqualTo(before);
            assertThat(history(db, schema)).isEqualTo(history);
        } finally {
            dropSchema(db, schema);
        }
    }

    @Test
    void validationErrorsNameTheAttributeAndTouchNothing(PgaiTestSchema db) throws Exception {
        String schema = createSchema(db, "_invalid");
        try {
            LiquibaseRun run = new LiquibaseRun(db, schema, "liquibase/blog-invalid.yaml");
            List<String> before = snapshot(db, schema);

            assertThatThrownBy(run::update).isInstanceOf(LiquibaseException.class)
                    .hasRootCauseInstanceOf(ValidationFailedException.class)
                    .rootCause().hasMessageContaining("createVectorizer chunking.chunkOverlap: invalid chunk_overlap = 900: "
                            + "must be at least 0 and less than chunk_size (800)");

            assertThat(snapshot(db, schema)).as("not even the table of changeset 1").isEqualTo(before).isEmpty();
        } finally {
            dropSchema(db, schema);
        }
    }

    /** {@link CatalogSnapshot} without vectorizer ids, which a second create does not reuse. */
    private static List<String> snapshot(PgaiTestSchema db, String schema) {
        return CatalogSnapshot.of(db, schema).stream()
                .filter(line -> !line.contains("databasechangelog"))
                .map(line -> line.replaceFirst("^vec \\d+ ", "vec <id> ").replaceAll("(_vectorizer_[a-z_]*?_)\\d+", "$1<id>"))
                .sorted()
                .toList();
    }

    /** PostgreSQL's message (with hint and context) for hand-written SQL: the oracle. */
    private static String handWrittenError(PgaiTestSchema db, String sql) throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected pgai to fail: " + sql);
    }

    private static int vectorizers(PgaiTestSchema db, String name) {
        return db.value(Integer.class, "select count(*)::int from ai.vectorizer where name = ?", name);
    }

    private static List<String> history(PgaiTestSchema db, String schema) {
        return db.values(String.class, "select id || ' ' || exectype from " + schema + ".databasechangelog order by orderexecuted");
    }

    private static String createSchema(PgaiTestSchema db, String suffix) {
        String schema = db.schema() + suffix;
        db.dsl().execute("create schema " + schema);
        return schema;
    }

    private static void dropSchema(PgaiTestSchema db, String schema) {
        db.dsl().execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where source_schema = ?", schema);
        db.dsl().execute("drop schema " + schema + " cascade");
    }
}
