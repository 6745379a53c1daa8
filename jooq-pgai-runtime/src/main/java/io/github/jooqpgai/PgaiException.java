package io.github.jooqpgai;

import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An error reported by the database while running a pgai vectorizer statement, carrying pgai's own
 * message and the SQLSTATE. Also thrown by jooq-pgai for database-side conditions that pgai silently
 * ignores, such as dropping a vectorizer name that does not exist (SQLSTATE {@code P0002}).
 *
 * <pre>{@code
 * try {
 *     pgai.dropVectorizer("no_such_vectorizer").execute();
 * } catch (PgaiException e) {
 *     e.sqlState();      // "P0002"
 *     e.pgaiMessage();   // "vectorizer \"no_such_vectorizer\" does not exist"
 * }
 * }</pre>
 */
public class PgaiException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    private final String pgaiMessage;
    private final String state;

    /**
     * @param pgaiMessage the server's (or jooq-pgai's) message without decoration
     * @param sqlState the five-character SQLSTATE
     * @param cause the underlying exception, may be null
     */
    public PgaiException(String pgaiMessage, String sqlState, Throwable cause) {
        super(pgaiMessage + " [SQLSTATE " + sqlState + "]", cause);
        this.pgaiMessage = pgaiMessage;
        this.state = sqlState;
    }

    /** pgai's message, e.g. {@code template must contain $chunk placeholder}. */
    public String pgaiMessage() {
        return pgaiMessage;
    }

    @Override
    public String sqlState() {
        return state;
    }

    /**
     * Converts a jOOQ exception from executing a pgai statement into a {@code PgaiException} with the
     * server's primary message; other exceptions are returned unchanged.
     */
    public static RuntimeException translate(RuntimeException e) {
        if (e instanceof PgaiException || !(e instanceof DataAccessException dae)) {
            return e;
        }
        PSQLException psql = dae.getCause(PSQLException.class);
        if (psql == null) {
            return new PgaiException(dae.getMessage(), dae.sqlState(), dae);
        }
        ServerErrorMessage server = psql.getServerErrorMessage();
        String message = server != null && server.getMessage() != null ? server.getMessage() : psql.getMessage();
        String state = psql.getSQLState() != null ? psql.getSQLState() : dae.sqlState();
        return new PgaiException(message, state, dae);
    }
}
