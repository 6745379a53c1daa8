package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.embedding_openai}: OpenAI embeddings, or any OpenAI-compatible endpoint via {@code base_url}.
 *
 * <pre>{@code
 * EmbeddingOpenai e = Embedding.openai("text-embedding-3-small", 768)
 *         .withChatUser("blog-app")
 *         .withApiKeyName("OPENAI_API_KEY")
 *         .withBaseUrl("http://127.0.0.1:8080/v1");
 * }</pre>
 *
 * @param model the model name
 * @param dimensions 1..16000
 * @param chatUser OpenAI's {@code user} field (stored as JSON key {@code user}), or null
 * @param apiKeyName the name of the secret holding the key (default {@code OPENAI_API_KEY}), or null
 * @param baseUrl the API base URL, or null for OpenAI's
 */
public record EmbeddingOpenai(String model, int dimensions, String chatUser, String apiKeyName, String baseUrl) implements Embedding {

    /** pgai's default api_key_name. */
    public static final String DEFAULT_API_KEY_NAME = "OPENAI_API_KEY";

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a missing model or dimensions out of range */
    public EmbeddingOpenai {
        ConfigChecks.requiredText("model", model);
        ConfigChecks.dimensions(dimensions);
        ConfigChecks.text("chat_user", chatUser);
        ConfigChecks.text("api_key_name", apiKeyName);
        ConfigChecks.text("base_url", baseUrl);
    }

    /** A copy with OpenAI's {@code user} set (null for none). */
    public EmbeddingOpenai withChatUser(String chatUser) {
        return new EmbeddingOpenai(model, dimensions, chatUser, apiKeyName, baseUrl);
    }

    /** A copy reading the key from the named secret (null for none). */
    public EmbeddingOpenai withApiKeyName(String apiKeyName) {
        return new EmbeddingOpenai(model, dimensions, chatUser, apiKeyName, baseUrl);
    }

    /** A copy calling another OpenAI-compatible endpoint (null for OpenAI's). */
    public EmbeddingOpenai withBaseUrl(String baseUrl) {
        return new EmbeddingOpenai(model, dimensions, chatUser, apiKeyName, baseUrl);
    }

    @Override
    public String implementation() {
        return "openai";
    }
}
