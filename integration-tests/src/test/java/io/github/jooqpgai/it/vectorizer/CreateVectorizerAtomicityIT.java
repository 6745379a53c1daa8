package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.CatalogSnapshot;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Atomicity where it matters: our multi-statement operations ({@code createVectorizer(...).execute()} reads
 * the catalog, creates, and with {@code ifNotExists()} checks the result; {@code dropVectorizer(...).execute()}
 * checks, then drops), a user's transaction around them, and a create that pgai rejects half-way. After each
 * failure the catalog ({@link CatalogSnapshot}: relations, columns, triggers, functions, grants,
 * {@code ai.vectorizer} rows, orphaned queues) is exactly as before. Flyway: {@code FlywayJavaMigrationIT}.
 */
@PgaiTest
class CreateVectorizerAtomicityIT {

    private static List<String> snapshot(PgaiTestSchema db) {
        return CatalogSnapshot.of(db, db.schema());
    }

    private static int createOn(PgaiDSLContext pgai, PgaiTestSchema db, String table, String name) {
        return pgai.createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).execute();
    }

    @Test
    void aCreateFailingHalfWayLeavesNothingBehind(PgaiTestSchema db) {
        db.dsl().execute("create table clashing (id int primary key, content text, chunk_seq int)");
        List<String> before = snapshot(db);

        // as a plain query nothing reads the catalog first: pgai creates the store table, then fails on the view
        assertThatThrownBy(() -> db.dsl().fetchValue(PgaiDSL.createVectorizer(DSL.name(db.schema(), "clashing"))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(uniqueName(db)).asQuery()))
                .isInstanceOfSatisfying(DataAccessException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42701");
                    assertThat(e.getMessage()).contains("column \"chunk_seq\" specified more than once");
                });
        assertThat(snapshot(db)).isEqualTo(before);

        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "clashing"))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute())
                .as("execute() reads the source from the catalog and rejects it before pgai runs")
                .isInstanceOf(InvalidVectorizerConfigException.class);
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Test
    void executeRejectedByPgaiAfterItsCatalogReadLeavesNothingBehind(PgaiTestSchema db) {
        blog(db, "taken");
        db.dsl().execute("create table taken_embedding (x int)");
        List<String> before = snapshot(db);

        assertThatThrownBy(() -> createOn(PgaiDSL.using(db.dataSource()), db, "taken", uniqueName(db)))
                .isInstanceOfSatisfying(PgaiException.class, e -> assertThat(e.sqlState()).isEqualTo("42710"));
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Test
    void aRejectedCreateInsideATransactionRollsBackTheWholeTransaction(PgaiTestSchema db) {
        blog(db, "first");
        blog(db, "second");
        db.dsl().execute("create table second_embedding (x int)");
        List<String> before = snapshot(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());

        assertThatThrownBy(() -> pgai.transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            createOn(inTrx, db, "first", uniqueName(db));
            inTrx.execute("insert into first values (1, 't', 'c')");
            createOn(inTrx, db, "second", uniqueName(db));
        })).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.sqlState()).isEqualTo("42710");
            assertThat(e.pgaiMessage()).isEqualTo("an object named " + db.schema() + ".second_embedding already exists. "
                    + "specify an alternate destination or view_name explicitly");
        });

        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(db.value(Integer.class, "select count(*) from first")).isZero();
    }

    @Test
    void executeInsideATransactionReadsTheTransactionsOwnTableAndRollsBackWithIt(PgaiTestSchema db) {
        List<String> before = snapshot(db);
        String name = uniqueName(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());

        assertThatThrownBy(() -> pgai.transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            inTrx.execute("create table fresh (id int primary key, title text not null, content text not null)");
            inTrx.execute("insert into fresh values (1, 't', 'c')");
            int id = createOn(inTrx, db, "fresh", name);
            assertThat(inTrx.vectorizer(name)).as("created in the transaction, catalog read on its connection")
                    .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(id));
            inTrx.execute("select 1 / 0");
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("22012"));

        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(pgai.vectorizer(name)).isEmpty();
        assertThat(db.value(String.class, "select to_regclass('fresh')::text")).isNull();
    }

    @Test
    void aDropInsideATransactionIsUndoneWithIt(PgaiTestSchema db) {
        blog(db, "kept");
        String name = uniqueName(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        createOn(pgai, db, "kept", name);
        db.dsl().execute("insert into kept values (1, 't', 'c')");
        List<String> before = snapshot(db);

        assertThatThrownBy(() -> pgai.transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            inTrx.dropVectorizer(name).dropAll().execute();
            assertThat(inTrx.vectorizer(name)).as("dropped inside the transaction").isEmpty();
            assertThat(inTrx.fetchValue("select to_regclass('kept_embedding')")).as("view dropped inside").isNull();
            inTrx.execute("select 1 / 0");
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("22012"));

        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(pgai.vectorizer(name)).isPresent();
        assertThat(db.value(Integer.class, "select count(*) from kept_embedding")).isZero();
        pgai.dropVectorizer(name).dropAll().execute();
    }

    @Test
    void aDropOfAnUnknownNameRollsBackTheTransactionsEarlierWork(PgaiTestSchema db) {
        blog(db, "earlier");
        List<String> before = snapshot(db);
        String unknown = uniqueName(db);

        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            inTrx.execute("insert into earlier values (1, 't', 'c')");
            inTrx.execute("alter table earlier add column extra text");
            inTrx.dropVectorizer(unknown).dropAll().execute();
        })).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.sqlState()).isEqualTo("P0002");
            assertThat(e.getMessage()).contains(unknown);
        });

        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(db.value(Integer.class, "select count(*) from earlier")).isZero();
    }

    @Test
    void ifNotExistsWithTheNameOfAVectorizerOnAnotherTableCreatesNothing(PgaiTestSchema db) {
        blog(db, "owner");
        blog(db, "other");
        String name = uniqueName(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        int existing = createOn(pgai, db, "owner", name);
        List<String> before = snapshot(db);

        assertThatThrownBy(() -> pgai.createVectorizer(DSL.name(db.schema(), "other")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).ifNotExists().execute())
                .isInstanceOfSatisfying(PgaiException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42710");
                    assertThat(e.getMessage()).contains("already exists on source table " + db.schema() + ".owner");
                });
        assertThat(snapshot(db)).as("autocommit").isEqualTo(before);

        assertThatThrownBy(() -> pgai.transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            inTrx.execute("insert into other values (1, 't', 'c')");
            inTrx.createVectorizer(DSL.name(db.schema(), "other")).loading(Loading.column("content"))
                    .embedding(Embedding.openai("m", 3)).name(name).ifNotExists().execute();
        })).isInstanceOfSatisfying(PgaiException.class, e -> assertThat(e.sqlState()).isEqualTo("42710"));
        assertThat(snapshot(db)).as("in a transaction").isEqualTo(before);
        assertThat(db.value(Integer.class, "select count(*) from other")).isZero();
        assertThat(pgai.vectorizer(name)).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(existing));
        pgai.dropVectorizer(name).dropAll().execute();
    }
}
