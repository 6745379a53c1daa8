package io.github.jooqpgai.embedded;

/**
 * Provisioning or running the embedded pgai database failed. The message names the cause and what to do
 * about it (install Python, check the package index, free a port, ...).
 *
 * <pre>{@code
 * try (EmbeddedPgai db = EmbeddedPgai.builder().port(5432).start()) {
 *     ...
 * } catch (EmbeddedPgaiException e) {
 *     System.err.println(e.getMessage()); // "port 5432 on 127.0.0.1 is taken by another process; ..."
 * }
 * }</pre>
 */
public final class EmbeddedPgaiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its cause and fix in {@code message}. */
    public EmbeddedPgaiException(String message) {
        super(message);
    }

    /** A failure with its cause and fix in {@code message}, caused by {@code cause}. */
    public EmbeddedPgaiException(String message, Throwable cause) {
        super(message, cause);
    }
}
