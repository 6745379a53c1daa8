package io.github.jooqpgai.it.migration.flyway.updown;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import org.jooq.impl.DSL;

/** The blog vectorizer, declared once: used by the migrations that create it and by drift checks. */
public final class BlogVectorizer {

    private BlogVectorizer() {
    }

    /** The vectorizer's name: unique per schema, because vectorizer names are global in the database. */
    public static String name(String schema) {
        return "blog_" + schema;
    }

    /** The create statement on {@code connection}, for the schema the migration runs in. */
    public static CreateVectorizerFinalStep create(Connection connection, String schema) {
        return PgaiDSL.using(connection)
                .createVectorizer(DSL.table(DSL.name(schema, "blog")))
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .chunking(Chunking.recursiveCharacterTextSplitter(700, 100))
                .destination(Destination.table("blog_embeddings"))
                .name(name(schema));
    }
}
