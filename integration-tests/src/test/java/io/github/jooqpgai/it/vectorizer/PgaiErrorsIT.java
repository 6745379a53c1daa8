package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
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
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Every pgai error that the typed API can still reach (the rest are prevented in Java, see
 * JavaSideChecksTest), with the exact message and SQLSTATE a user sees in the {@link PgaiException}.
 * Where {@code execute()} now rejects a source in Java after reading it from the catalog, the test
 * shows both sides: the Java rejection, and pgai's own error for the same call run as a plain query.
 */
@PgaiTest
class PgaiErrorsIT {

    private static void fails(ThrowingCallable call, String sqlState, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.pgaiMessage()).isEqualTo(message);
            assertThat(e.sqlState()).isEqualTo(sqlState);
            assertThat(e.getMessage()).startsWith(message + " [SQLSTATE " + sqlState + "]");
        });
    }

    /** The same call as a plain jOOQ query (no catalog lookup): pgai's own error. */
    private static void pgaiFails(PgaiTestSchema db, CreateVectorizerFinalStep call, String sqlState, String message) {
        fails(() -> {
            try {
                db.dsl().fetchValue(call.asQuery());
            } catch (RuntimeException e) {
                throw PgaiException.translate(e);
            }
        }, sqlState, message);
    }

    /** {@code execute()} reads the source from the catalog and rejects it in Java, before pgai runs. */
    private static void javaRejects(CreateVectorizerFinalStep call, String parameter, String message) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).isEqualTo(message);
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
        javaRejects(on(db, "nocol", "body"), "column_name",
                "invalid column_name = \"body\": is not a column of the source table nocol (columns: [content, id, title])");
        pgaiFails(db, on(db, "nocol", "body"), "P0001", "column_name in config does not exist in the table: body");
    }

    @Test
    void loadingColumnOfAnUnsupportedType(PgaiTestSchema db) {
        db.dsl().execute("create table intcol (id int primary key, n int)");
        javaRejects(on(db, "intcol", "n"), "column_name",
                "invalid column_name = \"n\": is of type INT4; pgai loads only text, varchar, char or bytea columns");
        pgaiFails(db, on(db, "intcol", "n"), "P0001",
                "column_name n in config is of invalid type int4. Supported types are: text, varchar, char, bpchar, bytea");
    }

    @Test
    void loadingUriFromAByteaColumn(PgaiTestSchema db) {
        db.dsl().execute("create table uribytes (id int primary key, doc bytea)");
        CreateVectorizerFinalStep call = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "uribytes"))
                .loading(Loading.uri("doc")).embedding(Embedding.openai("m", 3)).name(uniqueName(db));
        javaRejects(call, "column_name", "invalid column_name = \"doc\": is of type BYTEA; pgai loads URIs only from text, varchar or char columns");
        pgaiFails(db, call, "P0001",
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
        assertThatThrownBy(() -> on(db, "textdocs", "content").parsing(Parsing.docling()).execute())
                .as("docling is rejected in Java whatever the column (the 0.12.1 worker cannot run it)")
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("parsing"));
    }

    @Test
    void sourceColumnNamedChunk(PgaiTestSchema db) {
        db.dsl().execute("create table chunky (id int primary key, chunk text)");
        javaRejects(on(db, "chunky", "chunk"), "source", "invalid source = \"chunky\": has a column named \"chunk\", which pgai's "
                + "formatting_python_template (the only formatting) does not allow");
        pgaiFails(db, on(db, "chunky", "chunk"), "P0001",
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
    void sourceColumnsThatClashWithTheViewAreSeenInTheCatalog(PgaiTestSchema db) {
        db.dsl().execute("create table clashcols (id int primary key, content text, embedding text)");
        javaRejects(on(db, "clashcols", "content"), "source", "invalid source = \"clashcols\": has a column named \"embedding\", which clashes "
                + "with the view pgai creates for a table destination (embedding_uuid, chunk_seq, chunk, embedding)");
        pgaiFails(db, on(db, "clashcols", "content"), "42701", "column \"embedding\" specified more than once");
    }

    @Test
    void columnDestinationOnAnExistingTextColumnIsCaughtInJavaBecausePgaiSilentlyReusesIt(PgaiTestSchema db) {
        blog(db, "colexists");
        String name = uniqueName(db);
        CreateVectorizerFinalStep byName = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "colexists"))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(name).destination(Destination.column("title"))
                .chunking(Chunking.none());
        javaRejects(byName, "embedding_column", "invalid embedding_column = \"title\": already exists in the source table colexists with type TEXT; "
                + "pgai would silently reuse it without checking that it is a vector(3) column");
        db.dsl().fetchValue(byName.asQuery());
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

    @Test
    void theServersDetailAndContextAreKept(PgaiTestSchema db) {
        blog(db, "derived");
        // without a name pgai derives "<schema>_Mixed" from the store table, which breaks ai.vectorizer's name check
        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "derived"))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .destination(Destination.table().withTargetTable("Mixed")).execute())
                .isInstanceOfSatisfying(PgaiException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("23514");
                    assertThat(e.pgaiMessage()).isEqualTo("new row for relation \"vectorizer\" violates check constraint \"vectorizer_name_check\"");
                    assertThat(e.detail()).as("DETAIL").startsWith("Failing row contains (").contains(db.schema() + "_Mixed");
                    assertThat(e.hint()).as("HINT").isNull();
                    assertThat(e.where()).as("CONTEXT").startsWith("SQL statement \"insert into ai.vectorizer")
                            .contains("PL/pgSQL function ai.create_vectorizer(regclass,");
                    assertThat(e.getMessage()).isEqualTo("new row for relation \"vectorizer\" violates check constraint \"vectorizer_name_check\" "
                            + "[SQLSTATE 23514]\n  Detail: " + e.detail() + "\n  Where: " + e.where());
                });
    }

    @Test
    void theServersHintIsKeptExactlyAsJdbcReportsIt(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create table mixedpk (\"AuthorId\" int primary key, content text)");
        CreateVectorizerFinalStep call = on(db, "mixedpk", "content");
        ServerErrorMessage jdbc;
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            jdbc = catchThrowableOfType(PSQLException.class, () -> s.execute(call.asQuery().getSQL(ParamType.INLINED))).getServerErrorMessage();
        }
        assertThat(jdbc.getHint()).as("the oracle: PostgreSQL's hint through plain JDBC").isEqualTo("Perhaps you meant to reference the column \"t.AuthorId\".");
        RuntimeException translated = PgaiException.translate(catchThrowableOfType(DataAccessException.class, () -> db.dsl().fetchValue(call.asQuery())));
        assertThat(translated).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.pgaiMessage()).isEqualTo(jdbc.getMessage()).isEqualTo("column t.authorid does not exist");
            assertThat(e.sqlState()).isEqualTo(jdbc.getSQLState()).isEqualTo("42703");
            assertThat(e.hint()).isEqualTo(jdbc.getHint());
            assertThat(e.detail()).isEqualTo(jdbc.getDetail()).isNull();
            assertThat(e.where()).isEqualTo(jdbc.getWhere()).contains("PL/pgSQL function ai._vectorizer_create_view(");
            assertThat(e.getMessage()).isEqualTo("column t.authorid does not exist [SQLSTATE 42703]\n  Hint: " + jdbc.getHint() + "\n  Where: " + jdbc.getWhere());
        });
    }

    @Test
    void pgaisOwnErrorsCarryTheirContext(PgaiTestSchema db) {
        blog(db, "ctx");
        String name = uniqueName(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        pgai.createVectorizer(DSL.name(db.schema(), "ctx")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(name).execute();
        assertThatThrownBy(() -> pgai.createVectorizer(DSL.name(db.schema(), "ctx")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).destination(Destination.table("again")).execute())
                .isInstanceOfSatisfying(PgaiException.class, e -> {
                    assertThat(e.where()).matches("PL/pgSQL function ai\\.create_vectorizer\\(regclass,.*\\) line \\d+ at RAISE");
                    assertThat(e.detail()).isNull();
                    assertThat(e.hint()).isNull();
                });
    }
}
