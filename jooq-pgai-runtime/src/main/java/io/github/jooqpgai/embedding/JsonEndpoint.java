package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One provider endpoint taking JSON POSTs: sends a body with an optional bearer key, retries connection
 * failures, timeouts and HTTP 408/409/429/5xx with exponential backoff (honouring {@code Retry-After}), and
 * turns every failure into an {@link EmbeddingException} naming the endpoint, the status and the provider's
 * message, with the key removed from everything it reports. Requests go through the {@link SharedHttpClients}
 * client for the settings' connect timeout.
 */
final class JsonEndpoint {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final System.Logger LOG = System.getLogger(JsonEndpoint.class.getPackageName());
    private static final int MAX_PROVIDER_MESSAGE = 500;

    private final HttpClient client;
    private final EmbedderSettings settings;
    private final URI uri;

    JsonEndpoint(EmbedderSettings settings, URI uri) {
        this.settings = settings;
        this.uri = uri;
        this.client = SharedHttpClients.forConnectTimeout(settings.connectTimeout());
    }

    URI uri() {
        return uri;
    }

    /**
     * POSTs {@code body} and returns the parsed JSON answer.
     *
     * @param key the bearer key, or null to send none
     * @throws EmbeddingException after the last failed attempt, or at once for a status that is not retried
     */
    JsonNode post(JsonNode body, String key) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body of JSON nodes is always serialisable", e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + redact(e.getMessage(), key));
                if (last) {
                    throw new EmbeddingException("POST " + uri + " failed after " + attempt + " attempt(s): " + what, uri.toString(), -1, null, null);
                }
                pause(attempt, backoff(attempt), what);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddingException("POST " + uri + " was interrupted", uri.toString(), -1, null, null);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return parse(response.body(), status, key);
            }
            String message = providerMessage(response.body(), key);
            if (last || !retried(status)) {
                throw new EmbeddingException("POST " + uri + " answered HTTP " + status
                        + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + message, uri.toString(), status, message, null);
            }
            int failed = attempt;
            pause(attempt, retryAfter(response).orElseGet(() -> backoff(failed)), "HTTP " + status);
        }
    }

    private JsonNode parse(byte[] body, int status, String key) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            String text = clip(redact(new String(body, StandardCharsets.UTF_8), key));
            throw new EmbeddingException("POST " + uri + " answered HTTP " + status + " with a body that is not a JSON object: " + text,
                    uri.toString(), status, null, null);
        }
    }

    static boolean retried(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private void pause(int attempt, Duration wait, String why) {
        LOG.log(System.Logger.Level.DEBUG, () -> "POST " + uri + ": " + why + " (attempt " + attempt + " of " + settings.maxAttempts()
                + "), retrying in " + wait.toMillis() + " ms");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("POST " + uri + " was interrupted while waiting to retry after " + why, uri.toString(), -1, null, null);
        }
    }

    /** Exponential backoff with up to 25% jitter off, as the worker's OpenAI client. */
    private Duration backoff(int attempt) {
        long initial = settings.initialBackoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(), initial << Math.min(attempt - 1, 20));
        long jitter = capped == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - jitter);
    }

    /** {@code Retry-After} in seconds or as an HTTP date, if present and at most 60 s. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(JsonEndpoint::parseRetryAfter)
                .filter(d -> !d.isNegative() && d.compareTo(EmbedderSettings.MAX_RETRY_AFTER) <= 0);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * The provider's error message: OpenAI's and Voyage's {@code error.message} / {@code detail}, Ollama's
     * {@code error}; else the body text, clipped. The key is replaced wherever it appears.
     */
    static String providerMessage(byte[] body, String key) {
        String text = new String(body, StandardCharsets.UTF_8);
        String message = null;
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                JsonNode error = node.get("error");
                if (error != null && error.isObject() && error.path("message").isTextual()) {
                    message = error.get("message").textValue();
                } else if (error != null && error.isTextual()) {
                    message = error.textValue();
                } else if (node.path("detail").isTextual()) {
                    message = node.get("detail").textValue();
                } else if (node.path("message").isTextual()) {
                    message = node.get("message").textValue();
                }
            }
        } catch (IOException notJson) {
            // the plain body below
        }
        if (message == null) {
            message = text.isBlank() ? "(empty body)" : text;
        }
        return clip(redact(message, key));
    }

    static String redact(String text, String key) {
        return key == null || key.isEmpty() ? text : text.replace(key, "***");
    }

    private static String clip(String text) {
        return text.length() <= MAX_PROVIDER_MESSAGE ? text : text.substring(0, MAX_PROVIDER_MESSAGE) + "...";
    }
}
