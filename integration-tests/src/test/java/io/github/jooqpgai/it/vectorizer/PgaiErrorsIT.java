package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.sql.Connection;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Every pgai error that the typed API can still reach (the rest are prevented in Java, see
 * JavaSideChecksTest), with the exact message and SQLSTATE a user sees in the {@link PgaiException}.
 */
@PgaiTest
class PgaiErrorsIT {

    private static void fails(ThrowingCallable call, String sqlState, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.pgaiMessage()).isEqualTo(message);
            assertThat(e.sqlState()).isEqualTo(sqlState);
            assertThat(e.getMessage()).isEqualTo(message + " [SQLSTATE " + sqlState + "]");
        });
    }

    private static CreateVectorizerFinalStep on(PgaiTestSchema db, String table, String column) {
        return PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), table))
                .loading(Loading.column(column)).embedding(Embedding.openai("m", 3)).name(uniqueName(db));
    }

    @Test
    void sourceWithoutPrimaryKey(PgaiTestSchema db) {
        db.dsl().execute("create table nopk (id int, content text)");
        fails(() -> on(db, "nopk", "content").execute(), "P0001", "source table must have a primary key constraint");
    }

    @Test
    void sourceThatDoesNotExist(PgaiTestSchema db) {
        fails(() -> on(db, "missing", "content").execute(), "42P01",
                "relation \"" + db.schema() + ".missing\" does not exist");
    }

    @Test
    void loadingColumnThatDoesNotExist(PgaiTestSchema db) {
        blog(db, "nocol");
        fails(() -> on(db, "nocol", "body").execute(), "P0001", "column_name in config does not exist in the table: body");
    }

    @Test
    void loadingColumnOfAnUnsupportedType(PgaiTestSchema db) {
        db.dsl().execute("create table intcol (id int primary key, n int)");
        fails(() -> on(db, "intcol", "n").execute(), "P0001",
                "column_name n in config is of invalid type int4. Supported types are: text, varchar, char, bpchar, bytea");
    }

    @Test
    void loadingUriFromAByteaColumn(PgaiTestSchema db) {
        db.dsl().execute("create table uribytes (id int primary key, doc bytea)");
        fails(() -> PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "uribytes"))
                        .loading(Loading.uri("doc")).embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute(), "P0001",
                "the type of the column `doc` in config is not compatible with `uri` loading implementation "
                        + "(type should be either text, varchar, char, bpchar, or bytea)");
    }

    @Test
    void parsingNoneOnBytea(PgaiTestSchema db) {
        db.dsl().execute("create table bytes (id int primary key, doc bytea)");
        fails(() -> on(db, "bytes", "doc").parsing(Parsing.none()).execute(), "P0001", "cannot use parsing_none with bytea columns");
    }

    @Test
    void parsingPymupdfOnText(PgaiTestSchema db) {
        blog(db, "textdocs");
        fails(() -> on(db, "textdocs", "content").parsing(Parsing.pymupdf()).execute(), "P0001", "parsing_pymupdf must be used with a bytea column");
        fails(() -> on(db, "textdocs", "content").parsing(Parsing.docling()).execute(), "P0001", "parsing_docling must be used with a bytea column");
    }

    @Test
    void sourceColumnNamedChunk(PgaiTestSchema db) {
        db.dsl().execute("create table chunky (id int primary key, chunk text)");
        fails(() -> on(db, "chunky", "chunk").execute(), "P0001",
                "formatting_python_template may not be used when source table has a column named \"chunk\"");
    }

    @Test
    void automaticIndexingWithoutScheduling(PgaiTestSchema db) {
        blog(db, "hnswnosched");
        fails(() -> on(db, "hnswnosched", "content").indexing(Indexing.hnsw()).execute(), "P0001",
                "automatic indexing is not supported without scheduling. set indexing=>ai.indexing_none() when scheduling=>ai.scheduling_none()");
        fails(() -> on(db, "hnswnosched", "content").indexing(Indexing.diskann()).execute(), "P0001",
                "automatic indexing is not supported without scheduling. set indexing=>ai.indexing_none() when scheduling=>ai.scheduling_none()");
    }

    @Test
    void timescaledbSchedulingWithoutTheAiExtension(PgaiTestSchema db) {
        blog(db, "tsdb");
        fails(() -> on(db, "tsdb", "content").scheduling(Scheduling.timescaledb(Duration.ofMinutes(10))).indexing(Indexing.hnsw()).execute(),
                "P0001", "ai extension not found but it is needed for timescaledb scheduling.");
    }

    @Test
    void duplicateName(PgaiTestSchema db) {
        blog(db, "dupname");
        String name = uniqueName(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        pgai.createVectorizer(DSL.name(db.schema(), "dupname")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(name).execute();
        fails(() -> pgai.createVectorizer(DSL.name(db.schema(), "dupname")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).destination(Destination.table("other")).execute(), "42710",
                "a vectorizer named " + name + " already exists.");
    }

    @Test
    void existingViewAndStoreTable(PgaiTestSchema db) {
        blog(db, "clash");
        db.dsl().execute("create table taken_view (x int)");
        fails(() -> on(db, "clash", "content").destination(Destination.table().withViewName("taken_view")).execute(), "42710",
                "an object named " + db.schema() + ".taken_view already exists. specify an alternate destination or view_name explicitly");
        fails(() -> on(db, "clash", "content").destination(Destination.table().withTargetTable("taken_view")).execute(), "42710",
                "an object named " + db.schema() + ".taken_view already exists. specify an alternate destination or target_table explicitly");
    }

    @Test
    void existingQueueTable(PgaiTestSchema db) {
        blog(db, "qclash");
        db.dsl().execute("create table taken_queue (x int)");
        fails(() -> on(db, "qclash", "content").queueSchema(db.schema()).queueTable("taken_queue").execute(), "42710",
                "an object named " + db.schema() + ".taken_queue already exists. specify an alternate queue_table explicitly");
    }

    @Test
    void sourceColumnsThatClashWithTheViewWhenJavaCannotSeeThem(PgaiTestSchema db) {
        db.dsl().execute("create table clashcols (id int primary key, content text, embedding text)");
        fails(() -> on(db, "clashcols", "content").execute(), "42701", "column \"embedding\" specified more than once");
    }

    @Test
    void columnDestinationOnAnExistingTextColumnIsCaughtInJavaBecausePgaiSilentlyReusesIt(PgaiTestSchema db) {
        blog(db, "colexists");
        String name = uniqueName(db);
        PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "colexists")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).destination(Destination.column("title")).chunking(Chunking.none()).execute();
        assertThat(db.value(String.class, "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = ?::regclass and attname = 'title'",
                db.schema() + ".colexists")).isEqualTo("text");

        BlogTable typed = new BlogTable(db.schema(), "colexists");
        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).createVectorizer(typed).loading(Loading.column(typed.CONTENT))
                .embedding(Embedding.openai("m", 3)).destination(Destination.column(typed.TITLE)).chunking(Chunking.none()).execute())
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid embedding_column = \"title\": already exists in the source table colexists with type CLOB; "
                        + "pgai would silently reuse it without checking that it is a vector(3) column");
    }

    @Test
    void notTheOwnerOfTheSource(PgaiTestSchema db) throws Exception {
        blog(db, "owned");
        String role = db.schema() + "_stranger";
        db.dsl().execute("create role " + role);
        db.dsl().execute("grant usage on schema " + db.schema() + ", ai to " + role);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            PgaiDSLContext pgai = PgaiDSL.using(c);
            pgai.execute("set local role " + role);
            fails(() -> pgai.createVectorizer(DSL.name(db.schema(), "owned")).loading(Loading.column("content"))
                    .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute(), "P0001",
                    "only a superuser or the owner of the source table may create a vectorizer on it");
            c.rollback();
        } finally {
            db.dsl().execute("drop owned by " + role);
            db.dsl().execute("drop role " + role);
        }
    }

    @Test
    void unknownNamesAreErrorsWherePgaiWouldSilentlyDoNothing(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String missing = db.schema() + "_missing";
        String message = "vectorizer named \"" + missing + "\" does not exist";
        fails(() -> pgai.dropVectorizer(missing).execute(), "P0002", message);
        fails(() -> pgai.dropVectorizer(missing).dropAll().execute(), "P0002", message);
        fails(() -> pgai.vectorizerQueuePending(missing), "P0002", message);
        fails(() -> pgai.enableVectorizerSchedule(missing), "P0002", message);
        fails(() -> pgai.disableVectorizerSchedule(missing), "P0002", message);
        fails(() -> pgai.vectorizerErrors(missing), "P0002", message);
        fails(() -> pgai.dropVectorizer(Integer.MAX_VALUE).execute(), "P0002", "vectorizer with id 2147483647 does not exist");
        assertThat(pgai.vectorizer(missing)).isEmpty();
        assertThat(pgai.vectorizerStatus(missing)).isEmpty();
    }

    @Test
    void thePlainDropQueryFailsForAnUnknownNameToo(PgaiTestSchema db) {
        String missing = db.schema() + "_missing";
        assertThatThrownBy(() -> db.dsl().execute(PgaiDSL.dropVectorizer(missing).asQuery()))
                .isInstanceOfSatisfying(DataAccessException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("P0002");
                    assertThat(e.getMessage()).contains("query returned no rows");
                });
    }
}
