package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.Collection;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;

/**
 * The optional parts of {@code ai.create_vectorizer}, then {@link #execute()} (on a
 * {@code PgaiDSLContext}) or {@link #asQuery()} (a plain jOOQ query for any {@code DSLContext}, a
 * transaction, a Flyway Java migration, or {@code getSQL(ParamType.INLINED)} for a SQL script).
 * Parts not set are left out of the call, so pgai's defaults apply.
 *
 * <pre>{@code
 * int id = pgai.createVectorizer(BLOG)
 *         .loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768))
 *         .chunking(Chunking.characterTextSplitter(800, 400).withSeparator("."))
 *         .formatting(Formatting.pythonTemplate("$title - $chunk"))
 *         .destination(Destination.table("blog_embeddings"))
 *         .name("blog_embeddings")
 *         .execute();
 * }</pre>
 */
public interface CreateVectorizerFinalStep {

    /** The vectorizer's name ({@code ^[a-z][a-z_0-9]*$}). */
    CreateVectorizerFinalStep name(String name);

    /** Where the embeddings go. */
    CreateVectorizerFinalStep destination(Destination destination);

    /** How documents are parsed. */
    CreateVectorizerFinalStep parsing(Parsing parsing);

    /** How text is chunked. */
    CreateVectorizerFinalStep chunking(Chunking chunking);

    /** Which index pgai creates. */
    CreateVectorizerFinalStep indexing(Indexing indexing);

    /** How chunks are formatted. */
    CreateVectorizerFinalStep formatting(Formatting formatting);

    /** When the vectorizer runs. */
    CreateVectorizerFinalStep scheduling(Scheduling scheduling);

    /** How the worker batches. */
    CreateVectorizerFinalStep processing(Processing processing);

    /** The queue's schema (default {@code ai}). */
    CreateVectorizerFinalStep queueSchema(String queueSchema);

    /** The queue table (default {@code _vectorizer_q_<id>}). */
    CreateVectorizerFinalStep queueTable(String queueTable);

    /**
     * Roles granted access to the vectorizer's objects, passed as {@code ai.grant_to(role, ...)}, which
     * adds the roles in the setting {@code ai.grant_to_default}. Not calling it grants to those default
     * roles only (pgai's default {@code ai.grant_to()}).
     *
     * @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException if no role is given: use {@link #grantToNone()}
     */
    CreateVectorizerFinalStep grantTo(String... roles);

    /** Like {@link #grantTo(String...)}. */
    CreateVectorizerFinalStep grantTo(Collection<String> roles);

    /**
     * Grants access to nobody, not even the roles in {@code ai.grant_to_default}: passes
     * {@code grant_to => null}, so pgai runs no {@code GRANT} at all.
     */
    CreateVectorizerFinalStep grantToNone();

    /** Whether rows already in the source are queued (default true). */
    CreateVectorizerFinalStep enqueueExisting(boolean enqueueExisting);

    /**
     * Returns the existing vectorizer's id instead of failing when the name is taken. pgai compares only
     * the name: {@link #execute()} also fails (SQLSTATE 42710, naming both tables) when the existing
     * vectorizer belongs to another source table, but a vectorizer of the same name on the same table is
     * returned whatever its config is. {@link #asQuery()} cannot check the table: it returns whatever
     * pgai returns.
     */
    CreateVectorizerFinalStep ifNotExists();

    /**
     * The checked specification: everything the call will say, validated.
     *
     * @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException if the parts do not fit together
     */
    VectorizerSpec spec();

    /** The call {@code ai.create_vectorizer(source => ..., ...)} returning the id, as a field. */
    Field<Integer> asField();

    /** {@code select ai.create_vectorizer(...)}: a plain jOOQ query returning the vectorizer id. */
    ResultQuery<Record1<Integer>> asQuery();

    /**
     * Creates the vectorizer and returns its id. On the same connection it first reads the source
     * table's columns, types and primary key from the catalog and runs the same Java checks as for a
     * generated table (so a {@code DSL.name(...)} source is checked too); {@link #asQuery()} can only
     * check the columns and primary key the jOOQ table declares.
     *
     * @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException if the source table as it is in the database does not fit
     * @throws io.github.jooqpgai.vectorizer.PgaiException with pgai's message and SQLSTATE if the database rejects it
     * @throws org.jooq.exception.DetachedException if this statement was not created from a {@code PgaiDSLContext}
     */
    int execute();
}
