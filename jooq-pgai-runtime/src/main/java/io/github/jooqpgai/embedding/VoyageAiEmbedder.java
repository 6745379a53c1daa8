package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.util.List;

/**
 * {@code ai.embedding_voyageai}: {@code POST https://api.voyageai.com/v1/embeddings} with the body the pgai
 * worker's Voyage client (voyageai 0.3.1, as pgai 0.12.1 pins it) sends ({@code input}, {@code model},
 * {@code input_type}, {@code truncation: true}) and a bearer key, with two differences: {@code input_type} is
 * {@code query} where the worker sends the config's (a search embeds a query; a config without an input type
 * sends {@code null} as the worker, so both sides stay alike), and no {@code encoding_format: "base64"} (the
 * SDK's transport encoding of the same float32 values; this client reads the default JSON floats).
 */
final class VoyageAiEmbedder extends ProviderEmbedder {

    static final String DEFAULT_BASE_URL = "https://api.voyageai.com/v1";

    private final EmbeddingVoyageai voyage;

    VoyageAiEmbedder(EmbeddingVoyageai config, EmbedderSettings settings) {
        super(config, settings, join(settings.baseUrl() != null ? settings.baseUrl() : DEFAULT_BASE_URL, "/embeddings"));
        this.voyage = config;
    }

    @Override
    ObjectNode body(List<String> texts) {
        ObjectNode body = JsonEndpoint.JSON.createObjectNode();
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        body.put("model", voyage.model());
        if (voyage.inputType() != null) {
            body.put("input_type", VoyageInputType.QUERY.sql());
        } else {
            body.putNull("input_type");
        }
        body.put("truncation", true);
        return body;
    }

    @Override
    List<JsonNode> vectors(JsonNode answer) {
        return embeddingsByIndex(answer);
    }

    @Override
    String apiKeyName() {
        return voyage.apiKeyName() != null ? voyage.apiKeyName() : EmbeddingVoyageai.DEFAULT_API_KEY_NAME;
    }

    @Override
    String provider() {
        return "Voyage AI";
    }
}
