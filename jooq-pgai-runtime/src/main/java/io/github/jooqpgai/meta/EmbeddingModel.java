package io.github.jooqpgai.meta;

/**
 * The embedding implementation and model of a vectorizer, as stored in its config.
 *
 * <pre>{@code
 * new EmbeddingModel("openai", "text-embedding-3-small");
 * }</pre>
 *
 * @param implementation pgai's embedding implementation: {@code openai}, {@code ollama}, {@code voyageai}, {@code litellm}
 * @param model          the model name
 */
public record EmbeddingModel(String implementation, String model) {

    /** Validates. */
    public EmbeddingModel {
        if (implementation == null) {
            throw new IllegalArgumentException("implementation must not be null");
        }
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
    }
}
