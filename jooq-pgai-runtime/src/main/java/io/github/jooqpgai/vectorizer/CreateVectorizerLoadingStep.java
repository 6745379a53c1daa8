package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.Loading;

/**
 * The first step of {@code createVectorizer(source)}: the loading config is required.
 *
 * <pre>{@code
 * pgai.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))...
 * }</pre>
 */
public interface CreateVectorizerLoadingStep {

    /**
     * Where the text comes from; with a source whose fields are known, the column must be one of them.
     *
     * @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException if the column is not in the source
     */
    CreateVectorizerEmbeddingStep loading(Loading loading);
}
