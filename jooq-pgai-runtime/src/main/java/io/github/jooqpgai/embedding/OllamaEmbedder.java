package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ai.embedding_ollama}: {@code POST <base_url>/api/embed} with the body the pgai worker's Ollama
 * client sends ({@code model}, {@code input}, {@code options} and {@code keep_alive} when set; no
 * {@code dimensions}: Ollama's model decides, and the answer is checked against the config). No key. The
 * base URL is the config's, else {@code OLLAMA_HOST} (scheme and port 11434 added as the Ollama client does),
 * else {@code http://127.0.0.1:11434}.
 */
final class OllamaEmbedder extends ProviderEmbedder {

    static final String DEFAULT_HOST = "http://127.0.0.1:11434";

    private final EmbeddingOllama ollama;

    OllamaEmbedder(EmbeddingOllama config, EmbedderSettings settings) {
        super(config, settings, join(baseUrl(config, settings), "/api/embed"));
        this.ollama = config;
    }

    private static String baseUrl(EmbeddingOllama config, EmbedderSettings settings) {
        if (settings.baseUrl() != null) {
            return settings.baseUrl();
        }
        if (config.baseUrl() != null) {
            return config.baseUrl();
        }
        String host = settings.variable("OLLAMA_HOST");
        return host != null ? hostUrl(host) : DEFAULT_HOST;
    }

    /** {@code OLLAMA_HOST} as the Ollama client reads it: {@code http://} and port 11434 unless given. */
    static String hostUrl(String host) {
        String url = host.contains("://") ? host : "http://" + host;
        String authority = url.substring(url.indexOf("://") + 3);
        int slash = authority.indexOf('/');
        String hostPort = slash < 0 ? authority : authority.substring(0, slash);
        boolean hasPort = hostPort.startsWith("[") ? hostPort.contains("]:") : hostPort.contains(":");
        return hasPort ? url : url.substring(0, url.indexOf("://") + 3) + hostPort + ":11434" + (slash < 0 ? "" : authority.substring(slash));
    }

    @Override
    ObjectNode body(List<String> texts) {
        ObjectNode body = JsonEndpoint.JSON.createObjectNode();
        body.put("model", ollama.model());
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        if (ollama.options() != null) {
            try {
                body.set("options", JsonEndpoint.JSON.readTree(ollama.options().json()));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("stored options are always valid JSON", e);
            }
        }
        if (ollama.keepAlive() != null) {
            body.put("keep_alive", ollama.keepAlive());
        }
        return body;
    }

    @Override
    List<JsonNode> vectors(JsonNode answer) {
        List<JsonNode> vectors = new ArrayList<>();
        answer.get("embeddings").forEach(vectors::add);
        return vectors;
    }

    @Override
    String apiKeyName() {
        return null;
    }

    @Override
    String provider() {
        return "Ollama";
    }
}
