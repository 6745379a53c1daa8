package io.github.jooqpgai.codegen;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A column of a pgvector type found in the catalog, with its dimensions when they are declared.
 *
 * <pre>{@code
 * new VectorColumn("public", "blog_embedding", "embedding", VectorKind.VECTOR, OptionalInt.of(768));
 * }</pre>
 *
 * @param schema     the table's schema
 * @param table      the table or view
 * @param column     the column
 * @param kind       the pgvector type
 * @param dimensions the declared dimensions ({@code vector(768)}), empty for a plain {@code vector}
 */
public record VectorColumn(String schema, String table, String column, VectorKind kind, OptionalInt dimensions) {

    /** Validates. */
    public VectorColumn {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dimensions, "dimensions");
    }

    /** The same column with the given dimensions. */
    public VectorColumn withDimensions(int dims) {
        return new VectorColumn(schema, table, column, kind, OptionalInt.of(dims));
    }

    /** The binding expression for the generated field. */
    public String bindingExpression() {
        return dimensions.isPresent() ? kind.bindingExpression(dimensions.getAsInt()) : kind.bindingClass();
    }
}
