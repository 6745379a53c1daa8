package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import java.util.List;

/**
 * {@code ai.embedding_openai}: {@code POST <base_url>/embeddings} with the body the pgai worker's OpenAI
 * client sends, in its order ({@code input}, {@code model}, {@code user} when set, {@code dimensions} except for
 * {@code text-embedding-ada-002}, {@code encoding_format: "float"}) and a bearer key. Unlike the worker it does not
 * truncate to the model's context length (it has no tokenizer): a query that long gets the provider's error. The base URL is the config's,
 * else {@code OPENAI_BASE_URL}, else OpenAI's.
 */
final class OpenAiEmbedder extends ProviderEmbedder {

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    static final String ADA_002 = "text-embedding-ada-002";

    private final EmbeddingOpenai openai;

    OpenAiEmbedder(EmbeddingOpenai config, EmbedderSettings settings) {
        super(config, settings, join(baseUrl(config, settings), "/embeddings"));
        if (ADA_002.equals(config.model()) && config.dimensions() != 1536) {
            throw new IllegalArgumentException("embedding: dimensions must be 1536 for " + ADA_002 + " (as the pgai worker requires), got "
                    + config.dimensions());
        }
        this.openai = config;
    }

    private static String baseUrl(EmbeddingOpenai config, EmbedderSettings settings) {
        if (settings.baseUrl() != null) {
            return settings.baseUrl();
        }
        if (config.baseUrl() != null) {
            return config.baseUrl();
        }
        String variable = settings.variable("OPENAI_BASE_URL");
        return variable != null ? variable : DEFAULT_BASE_URL;
    }

    @Override
    ObjectNode body(List<String> texts) {
        ObjectNode body = JsonEndpoint.JSON.createObjectNode();
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        body.put("model", openai.model());
        if (openai.chatUser() != null) {
            body.put("user", openai.chatUser());
        }
        if (!ADA_002.equals(openai.model())) {
            body.put("dimensions", openai.dimensions());
        }
        body.put("encoding_format", "float");
        return body;
    }

    @Override
    List<JsonNode> vectors(JsonNode answer) {
        return embeddingsByIndex(answer);
    }

    @Override
    String apiKeyName() {
        return openai.apiKeyName() != null ? openai.apiKeyName() : EmbeddingOpenai.DEFAULT_API_KEY_NAME;
    }

    @Override
    String provider() {
        return "OpenAI";
    }
}
