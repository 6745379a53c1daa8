package io.github.jooqpgai.vector;

import org.jooq.Context;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;

/** A binary pgvector operator expression rendered as {@code (left <op> right)}. */
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

    @Override
    public void accept(Context<?> ctx) {
        ctx.sql('(').visit(left).sql(' ').sql(operator).sql(' ').visit(right).sql(')');
    }
}
