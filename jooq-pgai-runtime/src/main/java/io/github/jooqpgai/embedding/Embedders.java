package io.github.jooqpgai.embedding;

import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.EmbeddingLitellm;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query embedders built from a vectorizer's stored embedding config, so that a search text is embedded as
 * pgai's worker embeds the documents: same provider, model, {@code dimensions}, base URL, Ollama
 * {@code options} / {@code keep_alive}; Voyage AI with {@code input_type} {@code query}. Plain JDK
 * {@code HttpClient} and Jackson, no provider SDK. LiteLLM has no built-in client: pass your own
 * {@link Embedder}.
 *
 * <p>Embedders are cheap to build: all of them share one JDK {@code HttpClient} (its selector thread and its
 * pool of kept-alive connections) per distinct connect timeout, at most a few such clients in the JVM, so
 * building an embedder per search opens no new connection per search. Embedders are safe to use from many
 * threads.
 *
 * <pre>{@code
 * Embedder e = Embedders.forQueries(dsl.vectorizer("blog_body").orElseThrow().config().embedding());
 * Embedder local = Embedders.forQueries(Embedding.openai("all-MiniLM-L6-v2", 384),
 *         EmbedderSettings.defaults().withBaseUrl("http://127.0.0.1:8080/v1"));
 * }</pre>
 */
public final class Embedders {

    private static final Map<Embedding, Embedder> DEFAULTS = new ConcurrentHashMap<>();

    private Embedders() {
    }

    /**
     * The query embedder for {@code config} with {@link EmbedderSettings#defaults()} (keys and variables from the
     * environment, read at each request). One per config is kept and shared, so calling this per search is cheap.
     *
     * @throws IllegalArgumentException if {@code config} is null
     * @throws UnsupportedOperationException for a LiteLLM config
     */
    public static Embedder forQueries(Embedding config) {
        requireConfig(config);
        return DEFAULTS.computeIfAbsent(config, c -> forQueries(c, EmbedderSettings.defaults()));
    }

    /**
     * A new query embedder for {@code config} calling its endpoint as {@code settings} say. It sends its
     * requests through the HTTP client shared by all embedders with the same connect timeout, so building one
     * per call is cheap and reuses kept-alive connections.
     *
     * @throws IllegalArgumentException if an argument is null
     * @throws UnsupportedOperationException for a LiteLLM config
     */
    public static Embedder forQueries(Embedding config, EmbedderSettings settings) {
        requireConfig(config);
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        if (config instanceof EmbeddingOpenai openai) {
            return new OpenAiEmbedder(openai, settings);
        }
        if (config instanceof EmbeddingOllama ollama) {
            return new OllamaEmbedder(ollama, settings);
        }
        if (config instanceof EmbeddingVoyageai voyage) {
            return new VoyageAiEmbedder(voyage, settings);
        }
        EmbeddingLitellm litellm = (EmbeddingLitellm) config;
        throw new UnsupportedOperationException("embedding: LiteLLM (model '" + litellm.model() + "') has no built-in query client in "
                + "jooq-pgai; supply your own Embedder that embeds queries with the same model and " + litellm.dimensions()
                + " dimensions (e.g. through a LiteLLM proxy's OpenAI-compatible endpoint: Embedders.forQueries(Embedding.openai(model, "
                + litellm.dimensions() + "), EmbedderSettings.defaults().withBaseUrl(proxyUrl)))");
    }

    private static void requireConfig(Embedding config) {
        if (config == null) {
            throw new IllegalArgumentException("embedding config must not be null");
        }
    }
}
