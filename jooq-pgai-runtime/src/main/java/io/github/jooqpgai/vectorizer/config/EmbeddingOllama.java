package io.github.jooqpgai.vectorizer.config;

import java.util.Map;

/**
 * {@code ai.embedding_ollama}: embeddings from an Ollama server.
 *
 * <pre>{@code
 * EmbeddingOllama e = Embedding.ollama("nomic-embed-text", 768)
 *         .withBaseUrl("http://ollama:11434")
 *         .withOptions(Map.of("num_ctx", 4096))
 *         .withKeepAlive("10m");
 * }</pre>
 *
 * @param model the model name
 * @param dimensions 1..16000
 * @param baseUrl the Ollama URL, or null
 * @param options Ollama model options (JSON object), or null
 * @param keepAlive how long Ollama keeps the model loaded (e.g. {@code 5m}), or null
 */
public record EmbeddingOllama(String model, int dimensions, String baseUrl, JsonOptions options, String keepAlive) implements Embedding {

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a missing model or dimensions out of range */
    public EmbeddingOllama {
        ConfigChecks.requiredText("model", model);
        ConfigChecks.dimensions(dimensions);
        ConfigChecks.text("base_url", baseUrl);
        ConfigChecks.text("keep_alive", keepAlive);
    }

    /** A copy with another server URL (null for the worker's default). */
    public EmbeddingOllama withBaseUrl(String baseUrl) {
        return new EmbeddingOllama(model, dimensions, baseUrl, options, keepAlive);
    }

    /** A copy with these model options (null for none). */
    public EmbeddingOllama withOptions(JsonOptions options) {
        return new EmbeddingOllama(model, dimensions, baseUrl, options, keepAlive);
    }

    /** A copy with these model options, written as JSON. */
    public EmbeddingOllama withOptions(Map<String, ?> options) {
        return withOptions(JsonOptions.of(options));
    }

    /** A copy with these model options given as JSON object text. */
    public EmbeddingOllama withOptionsJson(String json) {
        return withOptions(JsonOptions.parse(json));
    }

    /** A copy with another keep-alive (null for the server's default). */
    public EmbeddingOllama withKeepAlive(String keepAlive) {
        return new EmbeddingOllama(model, dimensions, baseUrl, options, keepAlive);
    }

    @Override
    public String implementation() {
        return "ollama";
    }
}
