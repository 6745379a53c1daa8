package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.json;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.stored;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The create_vectorizer parameters that are not config functions (name, queue_schema, queue_table,
 * grant_to, enqueue_existing, if_not_exists), the source forms, and the statement run as a plain jOOQ
 * query, in a transaction, and as inlined SQL.
 */
@PgaiTest
class CreateVectorizerParametersIT {

    @Test
    void typedSourceAndFieldAndTheExplicitName(PgaiTestSchema db) {
        blog(db, "typed");
        BlogTable blog = new BlogTable(db.schema(), "typed");
        String name = uniqueName(db);

        int id = PgaiDSL.using(db.dataSource()).createVectorizer(blog)
                .loading(Loading.column(blog.CONTENT))
                .embedding(Embedding.openai("m", 3))
                .name(name)
                .execute();

        assertThat(db.value(String.class, "select name from ai.vectorizer where id = ?", id)).isEqualTo(name);
        assertThat(db.value(String.class, "select source_schema || '.' || source_table from ai.vectorizer where id = ?", id))
                .isEqualTo(db.schema() + ".typed");
    }

    @Test
    void withoutANamePgaiDerivesItFromTheStoreTable(PgaiTestSchema db) {
        blog(db, "derived");
        int id = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "derived"))
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3))
                .execute();
        assertThat(db.value(String.class, "select name from ai.vectorizer where id = ?", id)).isEqualTo(db.schema() + "_derived_embedding_store");
    }

    @Test
    void mixedCaseQuotedSourceNames(PgaiTestSchema db) {
        db.dsl().execute("create table \"Blog Posts\" (id int primary key, \"Body\" text)");
        String name = uniqueName(db);
        int id = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "Blog Posts"))
                .loading(Loading.column("Body"))
                .embedding(Embedding.openai("m", 3))
                .name(name)
                .execute();
        assertThat(db.value(String.class, "select source_table from ai.vectorizer where id = ?", id)).isEqualTo("Blog Posts");
        assertThat(stored(db, name).get("loading").get("column_name").asText()).isEqualTo("Body");
    }

    @Test
    void queueSchemaAndQueueTable(PgaiTestSchema db) {
        blog(db, "queued");
        db.dsl().execute("insert into queued values (1, 't', 'c'), (2, 't', 'c')");
        String name = uniqueName(db);
        int id = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "queued"))
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3))
                .name(name)
                .queueSchema(db.schema())
                .queueTable("my_queue")
                .execute();
        assertThat(db.value(String.class, "select queue_schema || '.' || queue_table from ai.vectorizer where id = ?", id))
                .isEqualTo(db.schema() + ".my_queue");
        assertThat(db.value(Integer.class, "select count(*) from " + db.schema() + ".my_queue")).isEqualTo(2);
    }

    @Test
    void enqueueExistingFalseLeavesTheQueueEmpty(PgaiTestSchema db) {
        blog(db, "noenqueue");
        db.dsl().execute("insert into noenqueue values (1, 't', 'c'), (2, 't', 'c'), (3, 't', 'c')");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        pgai.createVectorizer(DSL.name(db.schema(), "noenqueue")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(name).enqueueExisting(false).execute();
        assertThat(pgai.vectorizerQueuePending(name, true)).isZero();

        blog(db, "enqueue");
        db.dsl().execute("insert into enqueue values (1, 't', 'c'), (2, 't', 'c'), (3, 't', 'c')");
        String other = uniqueName(db);
        pgai.createVectorizer(DSL.name(db.schema(), "enqueue")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(other).enqueueExisting(true).execute();
        assertThat(pgai.vectorizerQueuePending(other, true)).isEqualTo(3);
    }

    @Test
    void ifNotExistsReturnsTheExistingId(PgaiTestSchema db) {
        blog(db, "twice");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        int first = pgai.createVectorizer(DSL.name(db.schema(), "twice")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).execute();
        int second = pgai.createVectorizer(DSL.name(db.schema(), "twice")).loading(Loading.column("title"))
                .embedding(Embedding.openai("other", 5)).name(name).ifNotExists().execute();
        assertThat(second).isEqualTo(first);
        assertThat(stored(db, name).get("embedding").get("model").asText()).isEqualTo("m");
    }

    @Test
    void grantToGivesTheRolesAccess(PgaiTestSchema db) {
        String role = db.schema() + "_reader";
        db.dsl().execute("create role " + role);
        try {
            blog(db, "granted");
            String name = uniqueName(db);
            int id = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "granted"))
                    .loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                    .name(name).grantTo(role).execute();
            assertThat(db.value(Boolean.class, "select has_table_privilege(?, ?, 'select')", role, db.schema() + ".granted_embedding_store")).isTrue();
            assertThat(db.value(Boolean.class, "select has_table_privilege(?, ?, 'select')", role, "ai._vectorizer_q_" + id)).isTrue();
            assertThat(db.value(Boolean.class, "select has_table_privilege(?, ?, 'select')", role, db.schema() + ".granted")).isTrue();
            PgaiDSL.using(db.dataSource()).dropVectorizer(name).dropAll().execute();
        } finally {
            db.dsl().execute("drop owned by " + role);
            db.dsl().execute("drop role " + role);
        }
    }

    @Test
    void thePlainQueryRunsThroughAnyDslContextInsideATransaction(PgaiTestSchema db) {
        blog(db, "plain");
        String name = uniqueName(db);
        ResultQuery<Record1<Integer>> create = PgaiDSL.createVectorizer(DSL.name(db.schema(), "plain"))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(name).asQuery();
        DSLContext plain = DSL.using(db.dataSource(), SQLDialect.POSTGRES);

        int id = plain.transactionResult(trx -> trx.dsl().fetchValue(create));

        assertThat(db.value(Integer.class, "select id from ai.vectorizer where name = ?", name)).isEqualTo(id);
        plain.execute(PgaiDSL.dropVectorizer(name).dropAll().asQuery());
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", name)).isZero();
        assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + ".plain_embedding_store")).isNull();
    }

    @Test
    void onAMigrationToolsConnectionTheCreateCommitsWithItsTransaction(PgaiTestSchema db) throws Exception {
        blog(db, "migrated");
        String name = uniqueName(db);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            PgaiDSL.using(c).createVectorizer(DSL.name(db.schema(), "migrated"))
                    .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(name).execute();
            assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", name)).isZero();
            c.commit();
        }
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", name)).isOne();
    }

    @Test
    void theInlinedSqlRunsAsAScript(PgaiTestSchema db) throws Exception {
        blog(db, "scripted");
        String name = uniqueName(db);
        String createSql = PgaiDSL.createVectorizer(DSL.name(db.schema(), "scripted"))
                .loading(Loading.column("content")).embedding(Embedding.openai("it's \"m\" $$ {0} ?", 3).withBaseUrl("a\\b"))
                .name(name).asQuery().getSQL(ParamType.INLINED);
        String dropSql = PgaiDSL.dropVectorizer(name).dropAll().asQuery().getSQL(ParamType.INLINED);

        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(createSql)) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(stored(db, name).get("embedding")).isEqualTo(json("""
                    {"implementation": "openai", "config_type": "embedding", "model": "it's \\"m\\" $$ {0} ?", "dimensions": 3,
                     "api_key_name": "OPENAI_API_KEY", "base_url": "a\\\\b"}"""));
            s.execute(dropSql);
        }
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", name)).isZero();
    }
}
