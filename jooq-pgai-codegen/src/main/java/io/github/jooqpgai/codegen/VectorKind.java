package io.github.jooqpgai.codegen;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pgvector column types the generator maps, with the jooq-pgai Java type and binding of each.
 *
 * <pre>{@code
 * VectorKind.of("halfvec").orElseThrow().bindingExpression(768)
 *     // "new io.github.jooqpgai.bindings.HalfVectorBinding(768)"
 * }</pre>
 */
enum VectorKind {
    /** {@code vector}: {@code io.github.jooqpgai.types.Vector}. */
    VECTOR("vector", "io.github.jooqpgai.types.Vector", "io.github.jooqpgai.bindings.VectorBinding"),
    /** {@code halfvec}: {@code io.github.jooqpgai.types.HalfVector}. */
    HALFVEC("halfvec", "io.github.jooqpgai.types.HalfVector", "io.github.jooqpgai.bindings.HalfVectorBinding"),
    /** {@code sparsevec}: {@code io.github.jooqpgai.types.SparseVector}. */
    SPARSEVEC("sparsevec", "io.github.jooqpgai.types.SparseVector", "io.github.jooqpgai.bindings.SparseVectorBinding");

    private final String sqlType;
    private final String javaType;
    private final String bindingClass;

    VectorKind(String sqlType, String javaType, String bindingClass) {
        this.sqlType = sqlType;
        this.javaType = javaType;
        this.bindingClass = bindingClass;
    }

    /** The kind of a pgvector type name, if it is one. */
    static Optional<VectorKind> of(String sqlType) {
        return Arrays.stream(values()).filter(k -> k.sqlType.equals(sqlType)).findFirst();
    }

    /** The PostgreSQL type name. */
    String sqlType() {
        return sqlType;
    }

    /** The fully qualified Java type of the generated fields. */
    String javaType() {
        return javaType;
    }

    /** The fully qualified binding class. */
    String bindingClass() {
        return bindingClass;
    }

    /** The binding as jOOQ renders it into a generated field: a constructor call with the dimensions. */
    String bindingExpression(int dimensions) {
        return "new " + bindingClass + "(" + dimensions + ")";
    }
}
