package com.example;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.DeclaredVectorizers;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;

/** The vectorizers this application declares; the plugin's check goal compares them with the database. */
public class AppVectorizers implements DeclaredVectorizers {

    @Override
    public List<VectorizerSpec> vectorizers() {
        List<VectorizerSpec> declared = new ArrayList<>();
        declared.add(PgaiDSL.createVectorizer(DSL.table(DSL.name("jooq_pgai_it_check_drift", "blog")))
                .loading(Loading.column("contents"))
                .embedding(Embedding.openai("text-embedding-3-large", 768))
                .chunking(Chunking.recursiveCharacterTextSplitter(800, 100))
                .name("jooq_pgai_it_check_drift_blog")
                .spec());
        declared.add(PgaiDSL.createVectorizer(DSL.table(DSL.name("jooq_pgai_it_check_drift", "blog")))
                .loading(Loading.column("title"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .name("jooq_pgai_it_check_drift_titles")
                .spec());
        return declared;
    }
}
