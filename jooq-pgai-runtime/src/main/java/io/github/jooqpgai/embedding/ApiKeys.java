package io.github.jooqpgai.embedding;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the provider clients of {@link Embedders} find API keys, by the {@code api_key_name} of the embedding
 * config (pgai's default names when it has none: {@code OPENAI_API_KEY}, {@code VOYAGE_API_KEY}). Like the
 * pgai worker, the default reads the environment variable of that name. Keys are looked up for each request,
 * never stored by the clients, and never appear in messages, logs or {@code toString()}.
 *
 * <pre>{@code
 * ApiKeys env = ApiKeys.fromEnvironment();                          // what the worker does
 * ApiKeys vault = ApiKeys.of("OPENAI_API_KEY", () -> vault.read("openai"));
 * Embedder e = Embedders.forQueries(config, EmbedderSettings.defaults().withApiKeys(vault));
 * }</pre>
 */
@FunctionalInterface
public interface ApiKeys {

    /** The key stored under {@code name}, or empty when there is none. */
    Optional<String> find(String name);

    /** The environment variable named like the key, as the pgai worker reads it. */
    static ApiKeys fromEnvironment() {
        return new EnvironmentApiKeys(System::getenv);
    }

    /** The environment as {@code environment} gives it (a map for tests, a secrets file, ...). */
    static ApiKeys fromEnvironment(Map<String, String> environment) {
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        Map<String, String> copy = Map.copyOf(environment);
        return new EnvironmentApiKeys(copy::get);
    }

    /** One named key from a supplier, asked at each request; every other name has none. */
    static ApiKeys of(String name, Supplier<String> key) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("api key name must not be blank, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (key == null) {
            throw new IllegalArgumentException("key supplier for " + name + " must not be null");
        }
        return new SuppliedApiKey(name, key);
    }
}
