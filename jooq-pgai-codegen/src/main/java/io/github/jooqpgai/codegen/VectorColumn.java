package io.github.jooqpgai.codegen;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A column of a pgvector type found in the catalog, with its dimensions when they are declared and the
 * schema the type lives in (where pgvector is installed).
 *
 * <pre>{@code
 * new VectorColumn("public", "blog_embedding", "embedding", VectorKind.VECTOR, OptionalInt.of(768));
 * new VectorColumn("public", "blog", "embedding", VectorKind.VECTOR, OptionalInt.of(768), "extensions")
 *     .bindingExpression();   // new io.github.jooqpgai.bindings.VectorBinding("extensions", 768)
 * }</pre>
 *
 * @param schema     the table's schema
 * @param table      the table or view
 * @param column     the column
 * @param kind       the pgvector type
 * @param dimensions the declared dimensions ({@code vector(768)}), empty for a plain {@code vector}
 * @param typeSchema the schema of the column's type, pgvector's schema
 */
public record VectorColumn(String schema, String table, String column, VectorKind kind, OptionalInt dimensions,
                           String typeSchema) {

    /** pgvector's usual schema; bindings for types in it stay unqualified, as they always were. */
    static final String DEFAULT_TYPE_SCHEMA = "public";

    /** Validates. */
    public VectorColumn {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(typeSchema, "typeSchema");
    }

    /** A column whose type lives in {@code public}. */
    public VectorColumn(String schema, String table, String column, VectorKind kind, OptionalInt dimensions) {
        this(schema, table, column, kind, dimensions, DEFAULT_TYPE_SCHEMA);
    }

    /** The same column with the given dimensions. */
    public VectorColumn withDimensions(int dims) {
        return new VectorColumn(schema, table, column, kind, OptionalInt.of(dims), typeSchema);
    }

    /**
     * The binding expression for the generated field: qualified with the type's schema unless that is
     * {@code public}, so that casts and operators work when pgvector's schema is not on the search path.
     */
    public String bindingExpression() {
        if (DEFAULT_TYPE_SCHEMA.equals(typeSchema)) {
            return dimensions.isPresent() ? kind.bindingExpression(dimensions.getAsInt()) : kind.bindingClass();
        }
        String schemaLiteral = JavaLiterals.string(typeSchema);
        return "new " + kind.bindingClass() + "(" + schemaLiteral
                + (dimensions.isPresent() ? ", " + dimensions.getAsInt() : "") + ")";
    }
}
