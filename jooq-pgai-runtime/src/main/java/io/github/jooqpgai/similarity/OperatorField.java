package io.github.jooqpgai.similarity;

import io.github.jooqpgai.bindings.DimensionAware;
import java.util.Optional;
import org.jooq.Context;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Schema;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;

/**
 * A binary pgvector operator expression rendered as {@code (left <op> right)}, or as
 * {@code (left OPERATOR("extensions".<op>) right)} when an operand's binding names pgvector's schema (the
 * schema rendered through jOOQ's render mapping, left out when {@code renderSchema} is off).
 */
final class OperatorField<T> extends CustomField<T> {

    private static final long serialVersionUID = 1L;

    private final String operator;
    private final Field<?> left;
    private final Field<?> right;

    OperatorField(String operator, Field<?> left, Field<?> right, DataType<T> type) {
        super(DSL.name("distance"), type);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    /** The schema pgvector lives in, as {@code field}'s binding knows it. */
    static Optional<String> pgvectorSchema(Field<?> field) {
        return field.getDataType().getBinding() instanceof DimensionAware aware ? aware.pgvectorSchema() : Optional.empty();
    }

    @Override
    public void accept(Context<?> ctx) {
        ctx.sql('(').visit(left).sql(' ');
        Optional<Schema> schema = pgvectorSchema(left).or(() -> pgvectorSchema(right))
                .map(s -> ctx.dsl().map(DSL.schema(DSL.name(s))))
                .filter(mapped -> !mapped.getName().isEmpty());
        if (schema.isPresent()) {
            ctx.sql("OPERATOR(").visit(schema.get().getUnqualifiedName()).sql('.').sql(operator).sql(')');
        } else {
            ctx.sql(operator);
        }
        ctx.sql(' ').visit(right).sql(')');
    }
}
