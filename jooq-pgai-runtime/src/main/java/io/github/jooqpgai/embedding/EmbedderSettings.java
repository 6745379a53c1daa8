package io.github.jooqpgai.embedding;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How the provider clients of {@link Embedders} call their endpoint. The defaults follow the pgai worker
 * (its OpenAI client: 4 attempts, exponential backoff from 0.5 s to 8 s, a {@code Retry-After} of up to
 * 60 s honoured): keys and base-URL variables ({@code OPENAI_BASE_URL}, {@code OLLAMA_HOST}) from the
 * environment, 10 s to connect, 60 s per request.
 *
 * <pre>{@code
 * EmbedderSettings s = EmbedderSettings.defaults()
 *         .withApiKeys(ApiKeys.of("OPENAI_API_KEY", secrets::openAiKey))
 *         .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
 *         .withRetries(3, Duration.ofMillis(200), Duration.ofSeconds(2));
 * }</pre>
 *
 * @param apiKeys        where keys are found by {@code api_key_name}
 * @param environment    the environment variables the clients read besides keys ({@code OPENAI_BASE_URL},
 *                       {@code OLLAMA_HOST}), as the worker's provider libraries do
 * @param baseUrl        a base URL used instead of the config's and the provider's default (a proxy, a stand-in
 *                       server), or null
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 * @param maxAttempts    how many times a request is sent at most (1 = no retry); retried are connection
 *                       failures, timeouts and HTTP 408, 409, 429 and 5xx
 * @param initialBackoff the wait before the first retry, doubled for each further one
 * @param maxBackoff     the longest wait between attempts (a longer {@code Retry-After}, up to 60 s, is honoured)
 */
public record EmbedderSettings(ApiKeys apiKeys, UnaryOperator<String> environment, String baseUrl, Duration connectTimeout,
        Duration requestTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** The longest {@code Retry-After} honoured, as the OpenAI client the worker uses. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first component that is null, not positive, or (base URL)
     *                                  not an http(s) URL
     */
    public EmbedderSettings {
        requireNonNull(apiKeys, "apiKeys");
        requireNonNull(environment, "environment");
        if (baseUrl != null && !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("baseUrl must be an http:// or https:// URL, got '" + baseUrl + "'");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requireNonNull(initialBackoff, "initialBackoff");
        requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, got " + initialBackoff + " / " + maxBackoff);
        }
    }

    /** The worker's behaviour: environment keys and variables, 10 s connect, 60 s request, 4 attempts, 0.5 s to 8 s backoff. */
    public static EmbedderSettings defaults() {
        return new EmbedderSettings(ApiKeys.fromEnvironment(), System::getenv, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /** A copy finding keys in {@code apiKeys}. */
    public EmbedderSettings withApiKeys(ApiKeys apiKeys) {
        return new EmbedderSettings(apiKeys, environment, baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff);
    }

    /** A copy reading {@code OPENAI_BASE_URL}, {@code OLLAMA_HOST} and, unless {@link #withApiKeys} says otherwise, keys from this map. */
    public EmbedderSettings withEnvironment(Map<String, String> environment) {
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        Map<String, String> copy = Map.copyOf(environment);
        return new EmbedderSettings(apiKeys instanceof EnvironmentApiKeys ? ApiKeys.fromEnvironment(copy) : apiKeys, copy::get,
                baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff);
    }

    /** A copy calling {@code baseUrl} (e.g. {@code http://127.0.0.1:8080/v1}) whatever the config says. */
    public EmbedderSettings withBaseUrl(String baseUrl) {
        return new EmbedderSettings(apiKeys, environment, baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff);
    }

    /** A copy with these timeouts. */
    public EmbedderSettings withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        return new EmbedderSettings(apiKeys, environment, baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff);
    }

    /** A copy with this retry policy. */
    public EmbedderSettings withRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new EmbedderSettings(apiKeys, environment, baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff);
    }

    /** The environment variable {@code name}, or null. */
    String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static void requireNonNull(Object value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
    }

    private static void requirePositive(Duration value, String parameter) {
        requireNonNull(value, parameter);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(parameter + " must be positive, got " + value);
        }
    }
}
