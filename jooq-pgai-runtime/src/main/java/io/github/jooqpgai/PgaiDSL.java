package io.github.jooqpgai;

import io.github.jooqpgai.bindings.PgvectorBinaryReceive;
import io.github.jooqpgai.bindings.VectorWireFormat;
import io.github.jooqpgai.vectorizer.CreateVectorizerLoadingStep;
import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.internal.VectorizerStatements;
import java.sql.Connection;
import javax.sql.DataSource;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Entry point of jooq-pgai: {@link #using} gives a {@link PgaiDSLContext} (a full jOOQ
 * {@code DSLContext} plus the vectorizer calls); the static factories give the same statements as
 * plain, unattached jOOQ queries for any {@code DSLContext}, transaction, Flyway Java migration, or
 * inlined SQL script.
 *
 * <pre>{@code
 * PgaiDSLContext pgai = PgaiDSL.using(dataSource);
 * int id = pgai.createVectorizer(BLOG)
 *         .loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768))
 *         .name("blog_embeddings")
 *         .execute();
 *
 * String script = PgaiDSL.createVectorizer(BLOG)
 *         .loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768))
 *         .asQuery().getSQL(ParamType.INLINED);
 * }</pre>
 */
public final class PgaiDSL {

    private PgaiDSL() {
    }

    /**
     * A context over a JDBC connection (the caller closes it); its queries receive pgvector's columns in
     * binary (see {@link PgvectorBinaryReceive}).
     */
    public static PgaiDSLContext using(Connection connection) {
        return using(connection, VectorWireFormat.BINARY);
    }

    /** A context over a JDBC connection (the caller closes it) receiving pgvector's columns in {@code format}. */
    public static PgaiDSLContext using(Connection connection, VectorWireFormat format) {
        return using(DSL.using(connection, SQLDialect.POSTGRES).configuration(), format);
    }

    /** A context over a data source; its queries receive pgvector's columns in binary (see {@link PgvectorBinaryReceive}). */
    public static PgaiDSLContext using(DataSource dataSource) {
        return using(dataSource, VectorWireFormat.BINARY);
    }

    /** A context over a data source receiving pgvector's columns in {@code format}. */
    public static PgaiDSLContext using(DataSource dataSource, VectorWireFormat format) {
        return using(DSL.using(dataSource, SQLDialect.POSTGRES).configuration(), format);
    }

    /**
     * A context over an existing jOOQ configuration (its dialect should be a PostgreSQL one), with
     * {@link PgvectorBinaryReceive} appended to its execute listeners unless it has it already.
     */
    public static PgaiDSLContext using(Configuration configuration) {
        return using(configuration, VectorWireFormat.BINARY);
    }

    /**
     * A context over an existing jOOQ configuration; {@link VectorWireFormat#BINARY} appends
     * {@link PgvectorBinaryReceive} unless the configuration has it, {@link VectorWireFormat#TEXT} uses the
     * configuration as it is.
     */
    public static PgaiDSLContext using(Configuration configuration, VectorWireFormat format) {
        if (configuration == null) {
            throw new IllegalArgumentException("configuration must not be null");
        }
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
        return new PgaiDSLContext(format == VectorWireFormat.BINARY ? PgvectorBinaryReceive.enable(configuration) : configuration);
    }

    /** An unattached {@code ai.create_vectorizer} on {@code source}. */
    public static CreateVectorizerLoadingStep createVectorizer(Table<?> source) {
        return VectorizerStatements.createVectorizer(null, source);
    }

    /** An unattached {@code ai.create_vectorizer} on the table with this qualified name. */
    public static CreateVectorizerLoadingStep createVectorizer(Name source) {
        return VectorizerStatements.createVectorizer(null, source);
    }

    /** An unattached {@code ai.drop_vectorizer} by name; use {@code asQuery()}. */
    public static DropVectorizerStatement dropVectorizer(String name) {
        return VectorizerStatements.dropVectorizer(null, name);
    }

    /** An unattached {@code ai.drop_vectorizer} by id; use {@code asQuery()}. */
    public static DropVectorizerStatement dropVectorizer(int id) {
        return VectorizerStatements.dropVectorizer(null, id);
    }

    /** An unattached {@code select ai.vectorizer_queue_pending(vectorizer_id => <id of name>, exact_count => ...)}. */
    public static ResultQuery<Record1<Long>> queuePending(String name, boolean exactCount) {
        return VectorizerStatements.queuePending(null, name, exactCount);
    }

    /** An unattached {@code select ai.vectorizer_queue_pending(vectorizer_id => id, exact_count => ...)}. */
    public static ResultQuery<Record1<Long>> queuePending(int id, boolean exactCount) {
        return VectorizerStatements.queuePending(null, id, exactCount);
    }

    /** An unattached {@code select ai.enable_vectorizer_schedule(vectorizer_id => <id of name>)}. */
    public static Query enableSchedule(String name) {
        return VectorizerStatements.enableSchedule(null, name);
    }

    /** An unattached {@code select ai.enable_vectorizer_schedule(vectorizer_id => id)}. */
    public static Query enableSchedule(int id) {
        return VectorizerStatements.enableSchedule(null, id);
    }

    /** An unattached {@code select ai.disable_vectorizer_schedule(vectorizer_id => <id of name>)}. */
    public static Query disableSchedule(String name) {
        return VectorizerStatements.disableSchedule(null, name);
    }

    /** An unattached {@code select ai.disable_vectorizer_schedule(vectorizer_id => id)}. */
    public static Query disableSchedule(int id) {
        return VectorizerStatements.disableSchedule(null, id);
    }

    /** An unattached {@code select ai.set_scheduling(...)} by name, returning the updated config. */
    public static ResultQuery<Record1<JSONB>> setScheduling(String name, Scheduling scheduling, Indexing indexing) {
        return VectorizerStatements.setScheduling(null, name, scheduling, indexing);
    }

    /** An unattached {@code select ai.set_scheduling(...)} by id, returning the updated config. */
    public static ResultQuery<Record1<JSONB>> setScheduling(int id, Scheduling scheduling, Indexing indexing) {
        return VectorizerStatements.setScheduling(null, id, scheduling, indexing);
    }

    /** An unattached {@code select ai.grant_vectorizer_usage(to_user => ..., admin => ...)}, e.g. for a migration script. */
    public static Query grantVectorizerUsage(String role, boolean admin) {
        return VectorizerStatements.grantVectorizerUsage(null, role, admin);
    }

    /**
     * The pgai config function call a config value renders to, as a jOOQ field: select it to see what pgai
     * makes of the value, e.g. {@code dsl.select(PgaiDSL.configFunction(Indexing.hnsw())).fetchOne()}.
     */
    public static Field<JSONB> configFunction(VectorizerConfigPart part) {
        return VectorizerStatements.configFunction(part);
    }

    /**
     * The statements as a PostgreSQL script with every value inlined, one per line ending in {@code ;}: paste it
     * into a Flyway SQL migration ({@code V7__blog_vectorizer.sql}) or a Liquibase {@code <sql>} change.
     *
     * <pre>{@code
     * System.out.print(PgaiDSL.inlinedSql(PgaiDSL.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
     *         .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").asQuery()));
     * // select ai.create_vectorizer(source => '"public"."blog"'::regclass, name => 'blog_embeddings', ...);
     * }</pre>
     */
    public static String inlinedSql(Query... statements) {
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        StringBuilder script = new StringBuilder();
        for (Query statement : statements) {
            script.append(postgres.renderInlined(java.util.Objects.requireNonNull(statement, "statement"))).append(";\n");
        }
        return script.toString();
    }
}
