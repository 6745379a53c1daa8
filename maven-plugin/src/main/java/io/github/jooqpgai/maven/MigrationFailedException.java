package io.github.jooqpgai.maven;

/**
 * A migration could not be applied; the message names the file and carries PostgreSQL's (or pgai's) message.
 *
 * <pre>{@code
 * throw new MigrationFailedException("V2__vectorizer.sql failed: ERROR: ...", cause);
 * }</pre>
 */
final class MigrationFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
