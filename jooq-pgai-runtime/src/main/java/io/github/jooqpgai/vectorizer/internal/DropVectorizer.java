package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;
import io.github.jooqpgai.vectorizer.internal.PgaiSql.NamedArgument;
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

/** The {@link DropVectorizerStatement} behind {@code dropVectorizer(...)}. */
final class DropVectorizer implements DropVectorizerStatement {

    private final Configuration configuration;
    private final String name;
    private final Integer id;
    private final boolean dropAll;
    private final boolean ifExists;

    DropVectorizer(Configuration configuration, String name, Integer id, boolean dropAll, boolean ifExists) {
        this.configuration = configuration;
        this.name = name;
        this.id = id;
        this.dropAll = dropAll;
        this.ifExists = ifExists;
    }

    @Override
    public DropVectorizerStatement dropAll() {
        return new DropVectorizer(configuration, name, id, true, ifExists);
    }

    @Override
    public DropVectorizerStatement ifExists() {
        return new DropVectorizer(configuration, name, id, dropAll, true);
    }

    @Override
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

    @Override
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
