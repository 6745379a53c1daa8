package io.github.jooqpgai.vectorizer.config;

/**
 * The embedding model ({@code embedding => ...}): OpenAI (or an OpenAI-compatible endpoint), Ollama,
 * Voyage AI or LiteLLM. API keys are never passed: pgai takes the NAME of the secret or environment
 * variable.
 *
 * <pre>{@code
 * Embedding.openai("text-embedding-3-small", 768).withApiKeyName("MY_OPENAI_KEY");
 * Embedding.ollama("nomic-embed-text", 768).withBaseUrl("http://ollama:11434");
 * Embedding.voyageai("voyage-3", 1024).withInputType(VoyageInputType.QUERY);
 * Embedding.litellm("cohere/embed-english-v3.0", 1024).withApiKeyName("COHERE_API_KEY");
 * }</pre>
 */
public sealed interface Embedding extends VectorizerConfigPart
        permits EmbeddingOpenai, EmbeddingOllama, EmbeddingVoyageai, EmbeddingLitellm {

    /** The model name as the provider knows it. */
    String model();

    /** The number of dimensions of the stored vectors (1..16000). */
    int dimensions();

    /** pgai's name for the provider, as stored in {@code config->'embedding'->>'implementation'}. */
    String implementation();

    /** {@code ai.embedding_openai(model, dimensions)} with api_key_name {@code OPENAI_API_KEY}. */
    static EmbeddingOpenai openai(String model, int dimensions) {
        return new EmbeddingOpenai(model, dimensions, null, EmbeddingOpenai.DEFAULT_API_KEY_NAME, null);
    }

    /** {@code ai.embedding_ollama(model, dimensions)}. */
    static EmbeddingOllama ollama(String model, int dimensions) {
        return new EmbeddingOllama(model, dimensions, null, null, null);
    }

    /** {@code ai.embedding_voyageai(model, dimensions)} with input_type document, api_key_name {@code VOYAGE_API_KEY}. */
    static EmbeddingVoyageai voyageai(String model, int dimensions) {
        return new EmbeddingVoyageai(model, dimensions, VoyageInputType.DOCUMENT, EmbeddingVoyageai.DEFAULT_API_KEY_NAME);
    }

    /** {@code ai.embedding_litellm(model, dimensions)}. */
    static EmbeddingLitellm litellm(String model, int dimensions) {
        return new EmbeddingLitellm(model, dimensions, null, null);
    }
}
