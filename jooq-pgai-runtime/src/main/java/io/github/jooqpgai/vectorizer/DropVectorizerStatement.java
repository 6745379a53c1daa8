package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.config.ConfigFunctionCall.SqlType;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.exception.DetachedException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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
public final class DropVectorizerStatement {

    private final Configuration configuration;
    private final String name;
    private final Integer id;
    private final boolean dropAll;
    private final boolean ifExists;

    DropVectorizerStatement(Configuration configuration, String name, Integer id, boolean dropAll, boolean ifExists) {
        this.configuration = configuration;
        this.name = name;
        this.id = id;
        this.dropAll = dropAll;
        this.ifExists = ifExists;
    }

    /** Also drop the store table and the view ({@code drop_all => true}); a column destination's column stays. */
    public DropVectorizerStatement dropAll() {
        return new DropVectorizerStatement(configuration, name, id, true, ifExists);
    }

    /** Do nothing, without an error, if no vectorizer has this name or id (a malformed name is still rejected). */
    public DropVectorizerStatement ifExists() {
        return new DropVectorizerStatement(configuration, name, id, dropAll, true);
    }

    /**
     * {@code select ai.drop_vectorizer(...)} as a plain jOOQ query; with {@link #ifExists()}
     * {@code select ai.drop_vectorizer(vectorizer_id => v.id, ...) from ai.vectorizer v where ...}, which
     * drops nothing when no row matches.
     */
    public Query asQuery() {
        if (ifExists) {
            Table<?> vectorizer = DSL.table(DSL.name("ai", "vectorizer")).as("v");
            Field<Integer> vectorizerId = DSL.field(DSL.name("v", "id"), SQLDataType.INTEGER);
            Condition match = id != null
                    ? vectorizerId.eq(VectorizerStatements.id(id))
                    : DSL.field(DSL.name("v", "name"), SQLDataType.VARCHAR).eq(DSL.val(name, SQLDataType.VARCHAR));
            return VectorizerStatements.dsl(configuration).select(call(vectorizerId)).from(vectorizer).where(match);
        }
        Field<Integer> vectorizerId = id != null ? VectorizerStatements.id(id) : VectorizerStatements.idOf(name);
        return VectorizerStatements.dsl(configuration).query("select {0}", call(vectorizerId));
    }

    /**
     * Drops the vectorizer.
     *
     * @throws PgaiException (P0002) if no vectorizer has this name or id (unless {@link #ifExists()}), or with pgai's message
     * @throws DetachedException if this statement was not created from a {@code PgaiDSLContext}
     */
    public void execute() {
        if (configuration == null) {
            throw new DetachedException("this drop_vectorizer statement is not attached: use PgaiDSL.using(...).dropVectorizer(...) "
                    + "or run asQuery() through a DSLContext");
        }
        try {
            configuration.dsl().transaction(trx -> {
                DSLContext dsl = trx.dsl();
                if (!ifExists) {
                    if (id != null) {
                        VectorizerCatalog.requireId(dsl, id);
                    } else {
                        VectorizerCatalog.requireId(dsl, name);
                    }
                }
                dsl.execute(asQuery());
            });
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }

    private Field<Object> call(Field<Integer> vectorizerId) {
        return PgaiSql.function("drop_vectorizer", SQLDataType.OTHER, List.of(
                new NamedArgument("vectorizer_id", vectorizerId),
                new NamedArgument("drop_all", PgaiSql.value(dropAll, SqlType.BOOL))));
    }
}
