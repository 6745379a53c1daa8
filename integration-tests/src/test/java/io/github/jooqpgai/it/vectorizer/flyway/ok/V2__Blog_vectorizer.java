package io.github.jooqpgai.it.vectorizer.flyway.ok;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/** The README's blog vectorizer as a Flyway Java migration. */
public class V2__Blog_vectorizer extends BaseJavaMigration {

    /** The vectorizer's name: unique per schema, because vectorizer names are global in the database. */
    public static String name(String schema) {
        return "blog_" + schema;
    }

    @Override
    public void migrate(Context context) {
        PgaiDSL.using(context.getConnection())
                .createVectorizer(DSL.table(DSL.name("blog")))
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .chunking(Chunking.characterTextSplitter(800, 400).withSeparator("."))
                .formatting(Formatting.pythonTemplate("$title - $chunk"))
                .destination(Destination.table("blog_embeddings"))
                .name(name(context.getConfiguration().getSchemas()[0]))
                .execute();
    }
}
