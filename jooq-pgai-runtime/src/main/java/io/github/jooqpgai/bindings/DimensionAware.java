package io.github.jooqpgai.bindings;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A binding that may know the declared dimension of its column, e.g. {@code vector(384)}, and the schema
 * pgvector is installed in when that is not on the search path.
 * {@code io.github.jooqpgai.similarity.VectorDSL#dimensionOf(org.jooq.Field)} reads it to reject query
 * vectors of the wrong dimension before they reach the database.
 *
 * <pre>{@code
 * DimensionAware b = new VectorBinding(384);
 * b.dimensions();                       // OptionalInt[384]
 * new VectorBinding().dimensions();     // OptionalInt.empty(): any dimension
 * new VectorBinding("extensions", 384).pgvectorSchema();   // Optional[extensions]
 * }</pre>
 */
public interface DimensionAware {

    /** The declared dimension, or empty when the column accepts any dimension. */
    OptionalInt dimensions();

    /**
     * The schema of pgvector's types and operators when casts and operators must name it
     * ({@code ::"extensions".vector}, {@code OPERATOR("extensions".<=>)}), or empty to leave them unqualified.
     */
    default Optional<String> pgvectorSchema() {
        return Optional.empty();
    }
}
