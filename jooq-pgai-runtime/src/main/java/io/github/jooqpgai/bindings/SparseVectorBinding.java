package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.SparseVector;

/**
 * jOOQ binding for pgvector's {@code sparsevec}: renders {@code ?::sparsevec} (or
 * {@code '{…}/n'::sparsevec} when inlined).
 *
 * <pre>{@code
 * DataType<SparseVector> type = SQLDataType.OTHER.asConvertedDataType(new SparseVectorBinding(30522));
 * // or simply VectorTypes.sparsevec(30522)
 * }</pre>
 */
public final class SparseVectorBinding extends AbstractVectorBinding<SparseVector> {

    private static final long serialVersionUID = 1L;

    /** A binding for a {@code sparsevec} column of any dimension. */
    public SparseVectorBinding() {
        super(SparseVector.class, "sparsevec", null, 0, Placeholder.TEXT_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code sparsevec(dimensions)} column; values of another dimension are rejected. */
    public SparseVectorBinding(int dimensions) {
        super(SparseVector.class, "sparsevec", null, checkDimensions("sparsevec", dimensions, 1_000_000_000),
                Placeholder.TEXT_CAST_TO_PGVECTOR_TYPE);
    }

    /**
     * A binding for a {@code sparsevec} column of any dimension whose type lives in {@code schema} (where pgvector
     * is installed, e.g. {@code extensions}): casts render {@code ::"extensions".sparsevec}.
     */
    public SparseVectorBinding(String schema) {
        super(SparseVector.class, "sparsevec", checkSchema(schema), 0, Placeholder.TEXT_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code sparsevec(dimensions)} column whose type lives in {@code schema}. */
    public SparseVectorBinding(String schema, int dimensions) {
        super(SparseVector.class, "sparsevec", checkSchema(schema), checkDimensions("sparsevec", dimensions, 1_000_000_000),
                Placeholder.TEXT_CAST_TO_PGVECTOR_TYPE);
    }

    @Override
    SparseVector decode(byte[] bytes) {
        return SparseVector.fromWire(bytes);
    }

    @Override
    SparseVector parse(String text) {
        return SparseVector.parse(text);
    }

    @Override
    int sizeOf(SparseVector value) {
        return value.dimensions();
    }

    @Override
    String sizeMismatch(int size, int declared) {
        return "sparsevec value has " + size + " dimensions but the column is sparsevec(" + declared + ")";
    }

    @Override
    Object parameter(SparseVector value) {
        return value.toString();
    }
}
