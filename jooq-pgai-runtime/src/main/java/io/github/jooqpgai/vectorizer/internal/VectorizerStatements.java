package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.CreateVectorizerLoadingStep;
import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.internal.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.util.List;
import java.util.Objects;
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
import org.jooq.impl.SQLDataType;

/**
 * The vectorizer statements as plain jOOQ queries (the static factories behind
 * {@code io.github.jooqpgai.PgaiDSL}). Unattached statements render for PostgreSQL and run through any
 * {@code DSLContext}, e.g. inside a transaction or a Flyway Java migration.
 *
 * <pre>{@code
 * ResultQuery<Record1<Integer>> create = VectorizerStatements.createVectorizer(null, BLOG)
 *         .loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768))
 *         .asQuery();
 * int id = anyDsl.fetchValue(create);
 * String script = create.getSQL(ParamType.INLINED);
 * }</pre>
 */
public final class VectorizerStatements {

    private VectorizerStatements() {
    }

    /**
     * {@code ai.create_vectorizer} on {@code source}; attached to {@code configuration} (may be null for
     * an unattached statement).
     */
    public static CreateVectorizerLoadingStep createVectorizer(Configuration configuration, Table<?> source) {
        return new CreateVectorizerBuilder(configuration, Objects.requireNonNull(source, "source"));
    }

    /**
     * {@code ai.create_vectorizer} on the table with this (qualified) name; {@code execute()} reads its
     * columns and primary key from the catalog for the Java checks, {@code asQuery()} cannot.
     */
    public static CreateVectorizerLoadingStep createVectorizer(Configuration configuration, Name source) {
        return createVectorizer(configuration, DSL.table(Objects.requireNonNull(source, "source")));
    }

    /**
     * The pgai config function call for a config value, as a jOOQ field, e.g. to see what pgai makes of
     * it: {@code dsl.select(VectorizerStatements.configFunction(Indexing.hnsw())).fetchOne()}.
     */
    public static Field<JSONB> configFunction(VectorizerConfigPart part) {
        return PgaiSql.config(Objects.requireNonNull(part, "part"));
    }

    /** {@code ai.drop_vectorizer} by name; a malformed name is rejected here. */
    public static DropVectorizerStatement dropVectorizer(Configuration configuration, String name) {
        return new DropVectorizer(configuration, VectorizerNames.checked(name), null, false, false);
    }

    /** {@code ai.drop_vectorizer} by id. */
    public static DropVectorizerStatement dropVectorizer(Configuration configuration, int id) {
        return new DropVectorizer(configuration, null, id, false, false);
    }

    /** {@code select ai.vectorizer_queue_pending(vectorizer_id => <id of name>, exact_count => ...)}. */
    public static ResultQuery<Record1<Long>> queuePending(Configuration configuration, String name, boolean exactCount) {
        return queuePending(configuration, idOf(name), exactCount);
    }

    /** {@code select ai.vectorizer_queue_pending(vectorizer_id => id, exact_count => ...)}. */
    public static ResultQuery<Record1<Long>> queuePending(Configuration configuration, int id, boolean exactCount) {
        return queuePending(configuration, id(id), exactCount);
    }

    /** {@code select ai.enable_vectorizer_schedule(vectorizer_id => <id of name>)}. */
    public static Query enableSchedule(Configuration configuration, String name) {
        return schedule(configuration, "enable_vectorizer_schedule", idOf(name));
    }

    /** {@code select ai.enable_vectorizer_schedule(vectorizer_id => id)}. */
    public static Query enableSchedule(Configuration configuration, int id) {
        return schedule(configuration, "enable_vectorizer_schedule", id(id));
    }

    /** {@code select ai.disable_vectorizer_schedule(vectorizer_id => <id of name>)}. */
    public static Query disableSchedule(Configuration configuration, String name) {
        return schedule(configuration, "disable_vectorizer_schedule", idOf(name));
    }

    /** {@code select ai.disable_vectorizer_schedule(vectorizer_id => id)}. */
    public static Query disableSchedule(Configuration configuration, int id) {
        return schedule(configuration, "disable_vectorizer_schedule", id(id));
    }

    /**
     * {@code select ai.set_scheduling(vectorizer_id => <id of name>, scheduling => ..., indexing => ...)}, returning
     * the updated config; both parts are required because pgai replaces both.
     */
    public static ResultQuery<Record1<JSONB>> setScheduling(Configuration configuration, String name, Scheduling scheduling, Indexing indexing) {
        return dsl(configuration).select(SetScheduling.call(idOf(name), scheduling, indexing));
    }

    /** {@code select ai.set_scheduling(vectorizer_id => id, scheduling => ..., indexing => ...)}. */
    public static ResultQuery<Record1<JSONB>> setScheduling(Configuration configuration, int id, Scheduling scheduling, Indexing indexing) {
        return dsl(configuration).select(SetScheduling.call(id(id), scheduling, indexing));
    }

    /**
     * {@code select ai.grant_vectorizer_usage(to_user => ..., admin => ...)}; the role travels as a quoted
     * identifier because pgai splices it into its GRANT statements unquoted.
     */
    public static Query grantVectorizerUsage(Configuration configuration, String role, boolean admin) {
        return dsl(configuration).query("select {0}", GrantVectorizerUsage.call(role, admin));
    }

    private static ResultQuery<Record1<Long>> queuePending(Configuration configuration, Field<Integer> vectorizerId, boolean exactCount) {
        Field<Long> call = PgaiSql.function("vectorizer_queue_pending", SQLDataType.BIGINT, List.of(
                new NamedArgument("vectorizer_id", vectorizerId),
                new NamedArgument("exact_count", PgaiSql.value(exactCount, SqlType.BOOL))));
        return dsl(configuration).select(call);
    }

    private static Query schedule(Configuration configuration, String function, Field<Integer> vectorizerId) {
        Field<Object> call = PgaiSql.function(function, SQLDataType.OTHER, List.of(new NamedArgument("vectorizer_id", vectorizerId)));
        return dsl(configuration).query("select {0}", call);
    }

    /**
     * {@code (select v.id from ai.vectorizer v where v.name = ?)}: null for an unknown name, which pgai's
     * id-based functions reject instead of silently doing nothing (drop, enable/disable: "query returned no
     * rows", P0002; queue pending: "vectorizer has no queue table", P0001), except set_scheduling (null).
     */
    static Field<Integer> idOf(String name) {
        VectorizerNames.checked(name);
        return DSL.field(DSL.select(DSL.field(DSL.name("v", "id"), SQLDataType.INTEGER))
                .from(DSL.table(DSL.name("ai", "vectorizer")).as("v"))
                .where(DSL.field(DSL.name("v", "name"), SQLDataType.VARCHAR).eq(DSL.val(name, SQLDataType.VARCHAR))));
    }

    /** {@code ?::int4}. */
    static Field<Integer> id(int id) {
        return DSL.field("{0}", SQLDataType.INTEGER, PgaiSql.value(id, SqlType.INT4));
    }

    static DSLContext dsl(Configuration configuration) {
        return configuration == null ? DSL.using(SQLDialect.POSTGRES) : configuration.dsl();
    }
}
