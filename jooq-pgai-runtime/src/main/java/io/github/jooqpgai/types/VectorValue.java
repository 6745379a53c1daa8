package io.github.jooqpgai.types;

/**
 * A pgvector value: {@link Vector} ({@code vector}), {@link HalfVector} ({@code halfvec}) or
 * {@link SparseVector} ({@code sparsevec}). All implementations are immutable.
 *
 * <pre>{@code
 * VectorValue v = Vector.of(1f, 2f, 3f);
 * int n = v.dimensions();        // 3
 * String sql = v.toString();     // "[1.0,2.0,3.0]", a valid pgvector literal
 * String type = v.typeName();    // "vector"
 * }</pre>
 */
public sealed interface VectorValue permits Vector, HalfVector, SparseVector {

    /** The number of dimensions (at least 1). */
    int dimensions();

    /** The PostgreSQL type name: {@code vector}, {@code halfvec} or {@code sparsevec}. */
    String typeName();

    /** All dimensions as a new dense array (zeros included for a sparse vector). */
    float[] toArray();

    /** The pgvector text literal of this value, e.g. {@code [1.0,2.5]} or {@code {1:1.5}/3}. */
    @Override
    String toString();
}
