package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * {@code grant_to} against the privileges a real create leaves, with {@code ai.grant_to_default} set:
 * not calling grantTo (pgai's {@code ai.grant_to()}, the default roles), {@code grantTo(role)} (the role
 * plus the default roles) and {@code grantToNone()} (nobody at all).
 */
@PgaiTest
class CreateVectorizerGrantToIT {

    @Test
    void grantToNoneGrantsNothingEvenWithADefaultRole(PgaiTestSchema db) throws Exception {
        String defaultRole = db.schema() + "_default_reader";
        String listedRole = db.schema() + "_listed_reader";
        db.dsl().execute("create role " + defaultRole);
        db.dsl().execute("create role " + listedRole);
        try (Connection c = db.connection()) {
            PgaiDSLContext pgai = PgaiDSL.using(c);
            pgai.fetch("select set_config('ai.grant_to_default', ?, false)", defaultRole);

            int byDefault = create(pgai, db, "by_default", UnaryOperator.identity());
            int listed = create(pgai, db, "listed", s -> s.grantTo(listedRole));
            int none = create(pgai, db, "nobody", CreateVectorizerFinalStep::grantToNone);

            assertThat(readable(db, defaultRole, "by_default", byDefault)).as("default role, grantTo not called").containsOnly(true);
            assertThat(readable(db, listedRole, "by_default", byDefault)).as("listed role, grantTo not called").containsOnly(false);
            assertThat(readable(db, defaultRole, "listed", listed)).as("default role, grantTo(listed)").containsOnly(true);
            assertThat(readable(db, listedRole, "listed", listed)).as("listed role, grantTo(listed)").containsOnly(true);
            assertThat(readable(db, defaultRole, "nobody", none)).as("default role, grantToNone()").containsOnly(false);
            assertThat(readable(db, listedRole, "nobody", none)).as("listed role, grantToNone()").containsOnly(false);
        } finally {
            for (String role : List.of(defaultRole, listedRole)) {
                db.dsl().execute("drop owned by " + role);
                db.dsl().execute("drop role " + role);
            }
        }
    }

    private static int create(PgaiDSLContext pgai, PgaiTestSchema db, String table, UnaryOperator<CreateVectorizerFinalStep> grant) {
        pgai.execute("create table " + table + " (id int primary key, content text)");
        return grant.apply(pgai.createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(uniqueName(db))).execute();
    }

    /** has_table_privilege(role, ..., 'select') on the source, the store table, the view and the queue. */
    private static List<Boolean> readable(PgaiTestSchema db, String role, String table, int id) {
        return db.values(Boolean.class, "select has_table_privilege(?, t, 'select') from unnest(array[?, ?, ?, ?]) t", role,
                db.schema() + "." + table, db.schema() + "." + table + "_embedding_store", db.schema() + "." + table + "_embedding",
                "ai._vectorizer_q_" + id);
    }
}
