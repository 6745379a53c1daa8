package io.github.jooqpgai.vectorizer.config;

import java.util.Map;

/**
 * {@code ai.embedding_litellm}: any provider LiteLLM supports.
 *
 * <pre>{@code
 * EmbeddingLitellm e = Embedding.litellm("azure/my-deployment", 1536)
 *         .withApiKeyName("AZURE_API_KEY")
 *         .withExtraOptions(Map.of("api_base", "https://example.openai.azure.com"));
 * }</pre>
 *
 * @param model the LiteLLM model name ({@code provider/model})
 * @param dimensions 1..16000
 * @param apiKeyName the name of the secret holding the key, or null
 * @param extraOptions extra LiteLLM options (JSON object), or null
 */
public record EmbeddingLitellm(String model, int dimensions, String apiKeyName, JsonOptions extraOptions) implements Embedding {

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a missing model or dimensions out of range */
    public EmbeddingLitellm {
        ConfigChecks.requiredText("model", model);
        ConfigChecks.dimensions(dimensions);
        ConfigChecks.text("api_key_name", apiKeyName);
    }

    /** A copy reading the key from the named secret (null for none). */
    public EmbeddingLitellm withApiKeyName(String apiKeyName) {
        return new EmbeddingLitellm(model, dimensions, apiKeyName, extraOptions);
    }

    /** A copy with these extra options (null for none). */
    public EmbeddingLitellm withExtraOptions(JsonOptions extraOptions) {
        return new EmbeddingLitellm(model, dimensions, apiKeyName, extraOptions);
    }

    /** A copy with these extra options, written as JSON. */
    public EmbeddingLitellm withExtraOptions(Map<String, ?> extraOptions) {
        return withExtraOptions(JsonOptions.of(extraOptions));
    }

    /** A copy with these extra options given as JSON object text. */
    public EmbeddingLitellm withExtraOptionsJson(String json) {
        return withExtraOptions(JsonOptions.parse(json));
    }

    @Override
    public String implementation() {
        return "litellm";
    }
}
