package io.github.jooqpgai.bindings;

import java.util.OptionalInt;

/**
 * A binding that may know the declared dimension of its column, e.g. {@code vector(384)}.
 * {@code io.github.jooqpgai.vector.VectorDSL#dimensionOf(org.jooq.Field)} reads it to reject query
 * vectors of the wrong dimension before they reach the database.
 *
 * <pre>{@code
 * DimensionAware b = new VectorBinding(384);
 * b.dimensions();                       // OptionalInt[384]
 * new VectorBinding().dimensions();     // OptionalInt.empty(): any dimension
 * }</pre>
 */
public interface DimensionAware {

    /** The declared dimension, or empty when the column accepts any dimension. */
    OptionalInt dimensions();
}
