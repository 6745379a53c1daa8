package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.embedding_voyageai}: Voyage AI embeddings.
 *
 * <pre>{@code
 * EmbeddingVoyageai e = Embedding.voyageai("voyage-3", 1024)
 *         .withInputType(VoyageInputType.QUERY)
 *         .withApiKeyName("VOYAGE_KEY");
 * }</pre>
 *
 * @param model the model name
 * @param dimensions 1..16000
 * @param inputType query or document (default document), or null to leave it unset
 * @param apiKeyName the name of the secret holding the key (default {@code VOYAGE_API_KEY}), or null
 */
public record EmbeddingVoyageai(String model, int dimensions, VoyageInputType inputType, String apiKeyName) implements Embedding {

    /** pgai's default api_key_name. */
    public static final String DEFAULT_API_KEY_NAME = "VOYAGE_API_KEY";

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a missing model or dimensions out of range */
    public EmbeddingVoyageai {
        ConfigChecks.requiredText("model", model);
        ConfigChecks.dimensions(dimensions);
        ConfigChecks.text("api_key_name", apiKeyName);
    }

    /** A copy with another input type. */
    public EmbeddingVoyageai withInputType(VoyageInputType inputType) {
        return new EmbeddingVoyageai(model, dimensions, inputType, apiKeyName);
    }

    /** A copy reading the key from the named secret (null for none). */
    public EmbeddingVoyageai withApiKeyName(String apiKeyName) {
        return new EmbeddingVoyageai(model, dimensions, inputType, apiKeyName);
    }

    @Override
    public String implementation() {
        return "voyageai";
    }
}
