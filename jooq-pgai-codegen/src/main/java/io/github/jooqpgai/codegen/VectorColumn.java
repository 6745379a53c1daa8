package io.github.jooqpgai.codegen;

import java.util.Objects;

/**
 * A column of a pgvector type found in the catalog, with its dimensions when they are declared and the
 * schema the type lives in (where pgvector is installed).
 *
 * <pre>{@code
 * new VectorColumn("public", "blog_embedding", "embedding", VectorKind.VECTOR, 768);
 * new VectorColumn("public", "blog", "embedding", VectorKind.VECTOR, 768, "extensions")
 *     .bindingExpression();   // new io.github.jooqpgai.bindings.VectorBinding("extensions", 768)
 * }</pre>
 *
 * @param schema     the table's schema
 * @param table      the table or view
 * @param column     the column
 * @param kind       the pgvector type
 * @param dimensions the declared dimensions ({@code vector(768)}), {@link #UNDECLARED} for a plain {@code vector}
 * @param typeSchema the schema of the column's type, pgvector's schema
 */
record VectorColumn(String schema, String table, String column, VectorKind kind, int dimensions,
                           String typeSchema) {

    /** pgvector's usual schema; bindings for types in it stay unqualified, as they always were. */
    static final String DEFAULT_TYPE_SCHEMA = "public";

    /** The dimensions of a column declared without them ({@code vector}). */
    static final int UNDECLARED = 0;

    /** Validates. */
    VectorColumn {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeSchema, "typeSchema");
    }

    /** A column whose type lives in {@code public}. */
    VectorColumn(String schema, String table, String column, VectorKind kind, int dimensions) {
        this(schema, table, column, kind, dimensions, DEFAULT_TYPE_SCHEMA);
    }

    /** The same column with the given dimensions. */
    VectorColumn withDimensions(int dims) {
        return new VectorColumn(schema, table, column, kind, dims, typeSchema);
    }

    /**
     * The binding expression for the generated field: qualified with the type's schema unless that is
     * {@code public}, so that casts and operators work when pgvector's schema is not on the search path.
     */
    /** Whether the column declares its dimensions. */
    boolean dimensionsDeclared() {
        return dimensions != UNDECLARED;
    }

    String bindingExpression() {
        if (DEFAULT_TYPE_SCHEMA.equals(typeSchema)) {
            return dimensionsDeclared() ? kind.bindingExpression(dimensions) : kind.bindingClass();
        }
        String schemaLiteral = JavaLiterals.string(typeSchema);
        return "new " + kind.bindingClass() + "(" + schemaLiteral
                + (dimensionsDeclared() ? ", " + dimensions : "") + ")";
    }
}
