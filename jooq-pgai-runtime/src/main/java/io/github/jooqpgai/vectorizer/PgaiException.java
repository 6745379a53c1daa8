package io.github.jooqpgai.vectorizer;

import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An error reported by the database while running a pgai vectorizer statement, carrying the server's
 * own fields: pgai's (or PostgreSQL's) message, the SQLSTATE, and the detail, hint and context
 * ("where") when the server sent them. The message of the exception shows all of them, like psql
 * does. Also thrown by jooq-pgai for database-side conditions that pgai silently accepts, such as
 * {@code ifNotExists()} finding a vectorizer of that name on a different source table.
 *
 * <pre>{@code
 * try {
 *     pgai.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").execute();
 * } catch (PgaiException e) {
 *     e.sqlState();      // "42710"
 *     e.pgaiMessage();   // "a vectorizer named blog_embeddings already exists."
 *     e.where();         // "PL/pgSQL function ai.create_vectorizer(regclass,...,boolean) line 150 at RAISE"
 *     e.detail();        // null: pgai's own errors carry no detail or hint
 * }
 * }</pre>
 */
public class PgaiException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    private final String pgaiMessage;
    private final String state;
    private final String detail;
    private final String hint;
    private final String where;

    /**
     * An error without detail, hint or context.
     *
     * @param pgaiMessage the server's (or jooq-pgai's) message without decoration
     * @param sqlState the five-character SQLSTATE
     * @param cause the underlying exception, may be null
     */
    public PgaiException(String pgaiMessage, String sqlState, Throwable cause) {
        this(pgaiMessage, sqlState, null, null, null, cause);
    }

    private PgaiException(String pgaiMessage, String sqlState, String detail, String hint, String where, Throwable cause) {
        super(message(pgaiMessage, sqlState, detail, hint, where), cause);
        this.pgaiMessage = pgaiMessage;
        this.state = sqlState;
        this.detail = detail;
        this.hint = hint;
        this.where = where;
    }

    private static String message(String message, String sqlState, String detail, String hint, String where) {
        StringBuilder out = new StringBuilder(String.valueOf(message)).append(" [SQLSTATE ").append(sqlState).append(']');
        if (detail != null) {
            out.append("\n  Detail: ").append(detail);
        }
        if (hint != null) {
            out.append("\n  Hint: ").append(hint);
        }
        if (where != null) {
            out.append("\n  Where: ").append(where);
        }
        return out.toString();
    }

    /** pgai's message, e.g. {@code template must contain $chunk placeholder}. */
    public String pgaiMessage() {
        return pgaiMessage;
    }

    @Override
    public String sqlState() {
        return state;
    }

    /** The server's DETAIL, e.g. {@code Failing row contains (...)}; null if it sent none. */
    public String detail() {
        return detail;
    }

    /** The server's HINT, e.g. {@code Perhaps you meant to reference the column "t.AuthorId".}; null if it sent none. */
    public String hint() {
        return hint;
    }

    /** The server's CONTEXT (the PL/pgSQL call stack), e.g. {@code PL/pgSQL function ai.create_vectorizer(...) line 150 at RAISE}; null if it sent none. */
    public String where() {
        return where;
    }

    /**
     * Converts a jOOQ exception from executing a pgai statement into a {@code PgaiException} with the
     * server's message, SQLSTATE, detail, hint and context; other exceptions are returned unchanged.
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
        String state = psql.getSQLState() != null ? psql.getSQLState() : dae.sqlState();
        if (server == null) {
            return new PgaiException(psql.getMessage(), state, dae);
        }
        String message = server.getMessage() != null ? server.getMessage() : psql.getMessage();
        return new PgaiException(message, state, server.getDetail(), server.getHint(), server.getWhere(), dae);
    }
}
