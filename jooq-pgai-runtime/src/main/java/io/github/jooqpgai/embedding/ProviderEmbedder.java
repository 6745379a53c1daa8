package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.vectorizer.config.Embedding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The common part of the provider clients: one request for a list of texts, the answer's vectors checked
 * against the config's dimensions, the key looked up for each request.
 */
abstract class ProviderEmbedder implements Embedder {

    private final Embedding config;
    private final EmbedderSettings settings;
    private final JsonEndpoint endpoint;

    ProviderEmbedder(Embedding config, EmbedderSettings settings, String uri) {
        this.config = config;
        this.settings = settings;
        this.endpoint = new JsonEndpoint(settings, java.net.URI.create(uri));
    }

    /** The request body for {@code texts}. */
    abstract ObjectNode body(List<String> texts);

    /** The vectors of the answer, in input order. */
    abstract List<JsonNode> vectors(JsonNode answer);

    /** The embeddings of an OpenAI-shaped answer ({@code data[].embedding}, as OpenAI and Voyage AI send them) in input order. */
    static List<JsonNode> embeddingsByIndex(JsonNode answer) {
        List<JsonNode> data = new ArrayList<>();
        answer.get("data").forEach(data::add);
        data.sort(Comparator.comparingInt(item -> item.path("index").asInt()));
        return data.stream().map(item -> item.get("embedding")).toList();
    }

    /** The name of the key to send, or null for a provider without keys. */
    abstract String apiKeyName();

    /** The provider as the worker names it, for messages. */
    abstract String provider();

    @Override
    public final Vector embed(String text) {
        requireText(text, "text");
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public final List<Vector> embedAll(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("texts must not be " + (texts == null ? "null" : "empty"));
        }
        for (int i = 0; i < texts.size(); i++) {
            requireText(texts.get(i), "texts[" + i + "]");
        }
        String key = key();
        JsonNode answer = endpoint.post(body(texts), key);
        List<JsonNode> vectors;
        try {
            vectors = vectors(answer);
        } catch (RuntimeException e) {
            throw unexpected("an answer without the expected embeddings (" + e.getMessage() + ")");
        }
        if (vectors.size() != texts.size()) {
            throw unexpected(vectors.size() + " embeddings for " + texts.size() + " input(s)");
        }
        List<Vector> result = new ArrayList<>(vectors.size());
        for (JsonNode vector : vectors) {
            result.add(toVector(vector));
        }
        return List.copyOf(result);
    }

    private Vector toVector(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw unexpected("an embedding that is not a JSON array");
        }
        if (array.size() != config.dimensions()) {
            throw unexpected("a " + array.size() + "-dimensional embedding, but the vectorizer's embedding config ("
                    + config.implementation() + " " + config.model() + ") says " + config.dimensions() + " dimensions");
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isNumber()) {
                throw unexpected("an embedding with a non-number at index " + i);
            }
            values[i] = value.floatValue();
        }
        return Vector.of(values);
    }

    private String key() {
        String name = apiKeyName();
        if (name == null) {
            return null;
        }
        return settings.apiKeys().find(name).orElseThrow(() -> new EmbeddingException("no API key for " + provider() + " at "
                + endpoint.uri() + ": " + settings.apiKeys() + " has none named " + name
                + " (the api_key_name of the vectorizer's embedding config); set it, or pass EmbedderSettings.withApiKeys(...)",
                endpoint.uri().toString(), -1, null, null));
    }

    private EmbeddingException unexpected(String what) {
        return new EmbeddingException("POST " + endpoint.uri() + " returned " + what, endpoint.uri().toString(), 200, null, null);
    }

    private static void requireText(String text, String parameter) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must not be " + (text == null ? "null" : "empty"));
        }
    }

    Embedding config() {
        return config;
    }

    @Override
    public String toString() {
        String name = apiKeyName();
        return provider() + " query embedder (" + config.model() + ", " + config.dimensions() + " dimensions, POST " + endpoint.uri()
                + (name == null ? "" : ", key " + name) + ")";
    }

    /** {@code base} without trailing slashes plus {@code path}. */
    static String join(String base, String path) {
        String trimmed = base;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed + path;
    }
}
