package io.github.jooqpgai.maven;

/**
 * The goal could not get a database; the message says why and what to do instead.
 *
 * <pre>{@code
 * throw new DatabaseUnavailableException("no Docker engine answers; use <url> or the embedded mode", cause);
 * }</pre>
 */
final class DatabaseUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
