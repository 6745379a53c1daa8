package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.Embedding;

/**
 * The second step of {@code createVectorizer(source)}: the embedding config is required.
 *
 * <pre>{@code
 * pgai.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
 *     .embedding(Embedding.openai("text-embedding-3-small", 768))...
 * }</pre>
 */
public interface CreateVectorizerEmbeddingStep {

    /** The embedding model. */
    CreateVectorizerFinalStep embedding(Embedding embedding);
}
