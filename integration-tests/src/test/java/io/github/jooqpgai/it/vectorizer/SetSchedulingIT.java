package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * {@code ai.set_scheduling} on the embedded database, which has no TimescaleDB: pgai's function calls
 * {@code public.delete_job(...)} in a PERFORM, which PostgreSQL resolves whenever the statement runs, so
 * every call that gets past pgai's argument checks fails, even {@code scheduling_none()} /
 * {@code indexing_none()}. The tests prove the rendering (bound and inlined) reaches pgai, that the typed
 * call reports exactly what a hand-written SQL call reports, and that the stored vectorizer is unchanged.
 */
@PgaiTest
class SetSchedulingIT {

    private static final String NO_DELETE_JOB = "function public.delete_job(integer) does not exist";
    private static final String INDEXING_NEEDS_SCHEDULING = "automatic indexing is not supported without scheduling. "
            + "set indexing=>ai.indexing_none() when scheduling=>ai.scheduling_none()";

    @Test
    void timescaledbSchedulingFailsInPgaiAsHandWrittenSqlDoesAndChangesNothing(PgaiTestSchema db) throws SQLException {
        int id = vectorizer(db, "tsdb");
        String name = nameOf(db, id);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String before = row(db, id);
        String handWritten = "select ai.set_scheduling(" + id + ", ai.scheduling_timescaledb(interval '10 minutes'), ai.indexing_hnsw())";
        PgaiException oracle = plainSqlError(db, handWritten);
        assertThat(oracle.sqlState()).isEqualTo("42883");
        assertThat(oracle.pgaiMessage()).isEqualTo(NO_DELETE_JOB);

        Scheduling every10Minutes = Scheduling.timescaledb(Duration.ofMinutes(10));
        typedFails(() -> pgai.setScheduling(name, every10Minutes, Indexing.hnsw()), oracle);
        typedFails(() -> pgai.setScheduling(id, every10Minutes, Indexing.hnsw()), oracle);
        fails(() -> db.dsl().fetchValue(PgaiDSL.setScheduling(name, every10Minutes, Indexing.hnsw())), oracle);
        fails(() -> plainSql(db, PgaiDSL.setScheduling(id, every10Minutes, Indexing.hnsw()).getSQL(ParamType.INLINED)), oracle);

        assertThat(row(db, id)).as("ai.vectorizer row after the failed calls").isEqualTo(before);
    }

    @Test
    void evenNoneNoneNeedsTimescaledbSoThereIsNoSuccessPathWithoutIt(PgaiTestSchema db) throws SQLException {
        int id = vectorizer(db, "nonenone");
        String name = nameOf(db, id);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String before = row(db, id);
        PgaiException oracle = plainSqlError(db, "select ai.set_scheduling(" + id + ", ai.scheduling_none(), ai.indexing_none())");
        assertThat(oracle.sqlState()).isEqualTo("42883");
        assertThat(oracle.pgaiMessage()).isEqualTo(NO_DELETE_JOB);
        assertThat(db.value(String.class, "select config->>'scheduling' from ai.vectorizer where id = ?", id))
                .as("the stored scheduling has no job_id, so pgai's delete_job would not even be called for a row")
                .isEqualTo(db.value(String.class, "select ai.scheduling_none()::text"));

        typedFails(() -> pgai.setScheduling(name, Scheduling.none(), Indexing.none()), oracle);
        typedFails(() -> pgai.setScheduling(id, Scheduling.defaults(), Indexing.defaults()), oracle);
        fails(() -> plainSql(db, PgaiDSL.setScheduling(name, Scheduling.none(), Indexing.none()).getSQL(ParamType.INLINED)), oracle);

        assertThat(row(db, id)).isEqualTo(before);
    }

    @Test
    void pgaiResolvesTheDefaultSchedulingToNoneAndThenRejectsAutomaticIndexing(PgaiTestSchema db) throws SQLException {
        int id = vectorizer(db, "dflt");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String before = row(db, id);
        PgaiException oracle = plainSqlError(db, "select ai.set_scheduling(" + id + ", ai.scheduling_default(), ai.indexing_hnsw())");
        assertThat(oracle.sqlState()).isEqualTo("P0001");
        assertThat(oracle.pgaiMessage()).isEqualTo(INDEXING_NEEDS_SCHEDULING);

        typedFails(() -> pgai.setScheduling(id, Scheduling.defaults(), Indexing.hnsw()), oracle);
        fails(() -> plainSql(db, PgaiDSL.setScheduling(id, Scheduling.defaults(), Indexing.hnsw()).getSQL(ParamType.INLINED)), oracle);

        assertThat(row(db, id)).isEqualTo(before);
    }

    /** The typed call throws a PgaiException with the oracle's message and SQLSTATE. */
    private static void typedFails(ThrowingCallable call, PgaiException expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.pgaiMessage()).isEqualTo(expected.pgaiMessage());
            assertThat(e.sqlState()).isEqualTo(expected.sqlState());
        });
    }

    /** The plain query fails with the oracle's message and SQLSTATE. */
    private static void fails(ThrowingCallable call, PgaiException expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DataAccessException.class, e -> {
            PgaiException actual = (PgaiException) PgaiException.translate(e);
            assertThat(actual.pgaiMessage()).isEqualTo(expected.pgaiMessage());
            assertThat(actual.sqlState()).isEqualTo(expected.sqlState());
        });
    }

    /** The error of a SQL text run through plain JDBC, as a PgaiException. */
    private static PgaiException plainSqlError(PgaiTestSchema db, String sql) {
        try {
            plainSql(db, sql);
        } catch (DataAccessException e) {
            return (PgaiException) PgaiException.translate(e);
        }
        throw new AssertionError("expected an error from " + sql);
    }

    private static void plainSql(PgaiTestSchema db, String sql) {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    private static int vectorizer(PgaiTestSchema db, String table) {
        blog(db, table);
        return PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute();
    }

    private static String nameOf(PgaiTestSchema db, int id) {
        return db.value(String.class, "select name from ai.vectorizer where id = ?", id);
    }

    private static String row(PgaiTestSchema db, int id) {
        return db.value(String.class, "select row(v.*)::text from ai.vectorizer v where id = ?", id);
    }
}
