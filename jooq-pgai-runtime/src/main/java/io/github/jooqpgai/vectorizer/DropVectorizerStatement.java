package io.github.jooqpgai.vectorizer;

import org.jooq.Query;
import org.jooq.exception.DetachedException;

/**
 * {@code ai.drop_vectorizer(vectorizer_id => ..., drop_all => ...)}. Unlike pgai's by-name overload,
 * an unknown name is an error: {@link #execute()} throws a {@link PgaiException} (P0002) naming it, and
 * the plain query fails with pgai's "query returned no rows" (P0002). With {@link #ifExists()} an unknown
 * name or id does nothing. {@code drop_all} is false unless {@link #dropAll()} is called, as in pgai's
 * SQL (Alembic's {@code op.drop_vectorizer} defaults to {@code drop_all=True}).
 *
 * <pre>{@code
 * pgai.dropVectorizer("blog_embeddings").dropAll().execute();      // also drops the store table and view
 * pgai.dropVectorizer(42).ifExists().execute();                    // no error if there is no vectorizer 42
 * Query q = PgaiDSL.dropVectorizer("blog_embeddings").dropAll().asQuery(); // for any DSLContext / script
 * }</pre>
 */
public interface DropVectorizerStatement {

    /** Also drop the store table and the view ({@code drop_all => true}); a column destination's column stays. */
    DropVectorizerStatement dropAll();

    /** Do nothing, without an error, if no vectorizer has this name or id (a malformed name is still rejected). */
    DropVectorizerStatement ifExists();

    /**
     * {@code select ai.drop_vectorizer(...)} as a plain jOOQ query; with {@link #ifExists()}
     * {@code select ai.drop_vectorizer(vectorizer_id => v.id, ...) from ai.vectorizer v where ...}, which
     * drops nothing when no row matches.
     */
    Query asQuery();

    /**
     * Drops the vectorizer.
     *
     * @throws PgaiException (P0002) if no vectorizer has this name or id (unless {@link #ifExists()}), or with pgai's message
     * @throws DetachedException if this statement was not created from a {@code PgaiDSLContext}
     */
    void execute();
}
