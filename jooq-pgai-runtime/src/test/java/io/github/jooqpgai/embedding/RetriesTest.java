package io.github.jooqpgai.embedding;

import static io.github.jooqpgai.embedding.StandInServer.openAiAnswer;
import static io.github.jooqpgai.embedding.StandInServer.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.Embedding;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries with backoff on 429/5xx and connection failures, {@code Retry-After}, and the errors after them. */
class RetriesTest {

    private static final String KEY = "sk-retry-test-key-42";

    private static Embedder embedder(String baseUrl, int attempts) {
        return Embedders.forQueries(Embedding.openai("m", 3), EmbedderSettings.defaults()
                .withEnvironment(Map.of("OPENAI_API_KEY", KEY)).withBaseUrl(baseUrl)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(attempts, Duration.ofMillis(10), Duration.ofMillis(50)));
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheGivenWait() throws Exception {
        try (StandInServer server = new StandInServer(
                new StandInServer.Answer(429, Map.of("Retry-After", "1"), "{\"error\":{\"message\":\"Rate limit reached\"}}"),
                StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            embedder(server.url(""), 4).embed("q");

            List<StandInServer.Captured> requests = server.requests();
            assertThat(requests).hasSize(2);
            assertThat(Duration.ofNanos(requests.get(1).nanoTime() - requests.get(0).nanoTime()))
                    .as("Retry-After: 1 honoured over the 10-50 ms backoff").isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        }
    }

    @Test
    void persistent5xxFailsAfterMaxAttemptsNamingEndpointStatusAndProviderMessage() throws Exception {
        try (StandInServer server = new StandInServer(
                new StandInServer.Answer(503, Map.of(), "{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}"))) {
            Embedder embedder = embedder(server.url("/v1"), 3);

            assertThatThrownBy(() -> embedder.embed("q")).isInstanceOfSatisfying(EmbeddingException.class, e -> {
                assertThat(e).hasMessage("POST " + server.url("/v1/embeddings") + " answered HTTP 503 after 3 attempts: The server is overloaded");
                assertThat(e.status()).hasValue(503);
                assertThat(e.endpoint()).isEqualTo(server.url("/v1/embeddings"));
                assertThat(e.providerMessage()).hasValue("The server is overloaded");
            });
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void a400IsNotRetried() throws Exception {
        try (StandInServer server = new StandInServer(
                new StandInServer.Answer(400, Map.of(), "{\"error\":{\"message\":\"'$.input' is invalid.\"}}"))) {
            assertThatThrownBy(() -> embedder(server.url(""), 4).embed("q")).isInstanceOf(EmbeddingException.class)
                    .hasMessageEndingWith("answered HTTP 400: '$.input' is invalid.");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void ollamaAndVoyageErrorShapesAreRead() {
        assertThat(JsonEndpoint.providerMessage("{\"error\":\"model 'x' not found\"}".getBytes(), null)).isEqualTo("model 'x' not found");
        assertThat(JsonEndpoint.providerMessage("{\"detail\":\"Provided API key is invalid.\"}".getBytes(), null))
                .isEqualTo("Provided API key is invalid.");
        assertThat(JsonEndpoint.providerMessage("Bad Gateway".getBytes(), null)).isEqualTo("Bad Gateway");
        assertThat(JsonEndpoint.providerMessage(new byte[0], null)).isEqualTo("(empty body)");
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertThat(JsonEndpoint.parseRetryAfter("2")).hasValue(Duration.ofSeconds(2));
        assertThat(JsonEndpoint.parseRetryAfter("0.5")).hasValue(Duration.ofMillis(500));
        assertThat(JsonEndpoint.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).hasValueSatisfying(d -> assertThat(d).isNegative());
        assertThat(JsonEndpoint.parseRetryAfter("soon")).isEmpty();
    }

    @Test
    void badSettingsNameTheParameterAndValue() {
        EmbedderSettings defaults = EmbedderSettings.defaults();
        assertThatThrownBy(() -> defaults.withRetries(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be at least 1, got 0");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> defaults.withBaseUrl("ftp://x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an http:// or https:// URL, got 'ftp://x'");
        assertThatThrownBy(() -> defaults.withApiKeys(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKeys must not be null");
        assertThatThrownBy(() -> ApiKeys.of(" ", () -> "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("api key name must not be blank, got ' '");
    }

    @Test
    void anUnreachableEndpointIsRetriedThenReportedWithoutStatus() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        assertThatThrownBy(() -> embedder(base, 2).embed("q")).isInstanceOfSatisfying(EmbeddingException.class, e -> {
            assertThat(e.getMessage()).startsWith("POST " + base + "/embeddings failed after 2 attempt(s): ConnectException");
            assertThat(e.status()).isEmpty();
        });
    }
}
