package io.github.jooqpgai.it.vectorizer.flyway.failing;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.it.vectorizer.flyway.ok.V2__Blog_vectorizer;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Adds a column, then a vectorizer whose view name is taken: pgai rejects it, and Flyway's transaction
 * must take the column back with it.
 */
public class V3__Second_vectorizer_same_view extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        PgaiDSL.using(context.getConnection()).execute("alter table blog add column summary text");
        PgaiDSL.using(context.getConnection())
                .createVectorizer(DSL.table(DSL.name("blog")))
                .loading(Loading.column("summary"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .destination(Destination.table("blog_embeddings"))
                .name(V2__Blog_vectorizer.name(context.getConfiguration().getSchemas()[0]) + "_again")
                .execute();
    }
}
