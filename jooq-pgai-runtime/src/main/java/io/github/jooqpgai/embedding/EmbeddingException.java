package io.github.jooqpgai.embedding;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An embedding request that failed: the provider answered with an error (after the retries), could not be
 * reached, or returned something other than the configured number of vectors and dimensions. The message
 * names the endpoint, the HTTP status and the provider's own error message; it never contains an API key
 * (a key the provider echoes back is replaced by {@code ***}).
 *
 * <pre>{@code
 * try {
 *     embedder.embed("question");
 * } catch (EmbeddingException e) {
 *     log.warn("{} answered {}: {}", e.endpoint(), e.status(), e.providerMessage().orElse("-"));
 * }
 * }</pre>
 */
public class EmbeddingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final int status;
    private final String providerMessage;

    /**
     * An error from {@code endpoint}.
     *
     * @param message         the whole message (already free of keys)
     * @param endpoint        the URL called, or the provider's name when none was
     * @param status          the HTTP status, or -1 when there was no answer
     * @param providerMessage the provider's error message, or null
     * @param cause           the underlying exception, or null
     */
    public EmbeddingException(String message, String endpoint, int status, String providerMessage, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
        this.status = status;
        this.providerMessage = providerMessage;
    }

    /** The URL that was called (or the provider's name when no request was sent). */
    public String endpoint() {
        return endpoint;
    }

    /** The HTTP status of the last answer; empty when there was none (connection failure, timeout, no key). */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The provider's error message (e.g. OpenAI's {@code error.message}), keys removed. */
    public Optional<String> providerMessage() {
        return Optional.ofNullable(providerMessage);
    }
}
