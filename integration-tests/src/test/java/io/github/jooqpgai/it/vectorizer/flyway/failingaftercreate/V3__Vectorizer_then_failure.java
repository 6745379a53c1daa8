package io.github.jooqpgai.it.vectorizer.flyway.failingaftercreate;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.it.vectorizer.flyway.ok.V2__Blog_vectorizer;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Adds a column and creates a vectorizer on it (both succeed), then fails: Flyway's rollback must take the
 * vectorizer, its store, view, queue and trigger back too.
 */
public class V3__Vectorizer_then_failure extends BaseJavaMigration {

    /** The vectorizer this migration creates before it fails. */
    public static String name(String schema) {
        return V2__Blog_vectorizer.name(schema) + "_summary";
    }

    @Override
    public void migrate(Context context) {
        String schema = context.getConfiguration().getSchemas()[0];
        PgaiDSL.using(context.getConnection()).execute("alter table blog add column summary text");
        PgaiDSL.using(context.getConnection())
                .createVectorizer(DSL.table(DSL.name("blog")))
                .loading(Loading.column("summary"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .destination(Destination.table("summary_embeddings"))
                .name(name(schema))
                .execute();
        PgaiDSL.using(context.getConnection()).execute("insert into blog (id) values (null)");
    }
}
