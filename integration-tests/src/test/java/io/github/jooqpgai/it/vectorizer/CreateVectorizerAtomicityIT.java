package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A create the database rejects leaves the catalog exactly as before: relations, columns, triggers,
 * functions and ai.vectorizer rows are compared as snapshots (the id sequence is consumed, by design).
 */
@PgaiTest
class CreateVectorizerAtomicityIT {

    /** Everything a vectorizer creates, in the test schema and in {@code ai}. */
    private static List<String> snapshot(PgaiTestSchema db) {
        String schema = db.schema();
        return db.values(String.class, """
                select 'rel ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname in (?, 'ai')
                union all
                select 'col ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                  from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and a.attnum > 0 and not a.attisdropped
                union all
                select 'trg ' || c.relname || '.' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and not t.tgisinternal
                union all
                select 'fn ' || n.nspname || '.' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname in (?, 'ai')
                union all
                select 'vec ' || id || ' ' || name || ' ' || config::text from ai.vectorizer
                union all
                select 'acl ' || c.relname || ' ' || coalesce(c.relacl::text, '') from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ?
                order by 1""", schema, schema, schema, schema, schema);
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
    void aRejectedCreateInsideATransactionRollsBackTheWholeTransaction(PgaiTestSchema db) {
        blog(db, "first");
        blog(db, "second");
        db.dsl().execute("create table second_embedding (x int)");
        List<String> before = snapshot(db);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());

        assertThatThrownBy(() -> pgai.transaction(trx -> {
            PgaiDSLContext inTrx = PgaiDSL.using(trx);
            inTrx.createVectorizer(DSL.name(db.schema(), "first")).loading(Loading.column("content"))
                    .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute();
            inTrx.execute("insert into first values (1, 't', 'c')");
            inTrx.createVectorizer(DSL.name(db.schema(), "second")).loading(Loading.column("content"))
                    .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute();
        })).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.sqlState()).isEqualTo("42710");
            assertThat(e.pgaiMessage()).isEqualTo("an object named " + db.schema() + ".second_embedding already exists. "
                    + "specify an alternate destination or view_name explicitly");
        });

        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(db.value(Integer.class, "select count(*) from first")).isZero();
    }
}
