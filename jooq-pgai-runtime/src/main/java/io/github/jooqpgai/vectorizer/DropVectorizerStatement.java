package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.PgaiException;
import io.github.jooqpgai.vectorizer.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.config.ConfigFunctionCall.SqlType;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.exception.DetachedException;
import org.jooq.impl.SQLDataType;

/**
 * {@code ai.drop_vectorizer(vectorizer_id => ..., drop_all => ...)}. Unlike pgai's by-name overload,
 * an unknown name is an error: {@link #execute()} throws a {@link PgaiException} (P0002) naming it, and
 * the plain query fails with pgai's "query returned no rows" (P0002).
 *
 * <pre>{@code
 * pgai.dropVectorizer("blog_embeddings").dropAll().execute();      // also drops the store table and view
 * Query q = PgaiDSL.dropVectorizer("blog_embeddings").dropAll().asQuery(); // for any DSLContext / script
 * }</pre>
 */
public final class DropVectorizerStatement {

    private final Configuration configuration;
    private final String name;
    private final Integer id;
    private final boolean dropAll;

    DropVectorizerStatement(Configuration configuration, String name, Integer id, boolean dropAll) {
        this.configuration = configuration;
        this.name = name;
        this.id = id;
        this.dropAll = dropAll;
    }

    /** Also drop the store table and the view ({@code drop_all => true}); a column destination's column stays. */
    public DropVectorizerStatement dropAll() {
        return new DropVectorizerStatement(configuration, name, id, true);
    }

    /** {@code select ai.drop_vectorizer(...)} as a plain jOOQ query. */
    public Query asQuery() {
        Field<Integer> vectorizerId = id != null ? castId(id) : VectorizerStatements.idOf(name);
        Field<Object> call = PgaiSql.function("drop_vectorizer", SQLDataType.OTHER, List.of(
                new NamedArgument("vectorizer_id", vectorizerId),
                new NamedArgument("drop_all", PgaiSql.value(dropAll, SqlType.BOOL))));
        return VectorizerStatements.dsl(configuration).query("select {0}", call);
    }

    /**
     * Drops the vectorizer.
     *
     * @throws PgaiException (P0002) if no vectorizer has this name or id, or with pgai's message
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
                boolean exists = id != null
                        ? dsl.fetchExists(dsl.selectOne().from("ai.vectorizer").where("id = ?", id))
                        : dsl.fetchExists(dsl.selectOne().from("ai.vectorizer").where("name = ?", name));
                if (!exists) {
                    throw new PgaiException("vectorizer " + (id != null ? "with id " + id : "named \"" + name + "\"") + " does not exist",
                            "P0002", null);
                }
                dsl.execute(asQuery());
            });
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }

    private static Field<Integer> castId(int id) {
        return org.jooq.impl.DSL.field("{0}", SQLDataType.INTEGER, PgaiSql.value(id, SqlType.INT4));
    }
}
