package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.HalfVector;

/**
 * jOOQ binding for pgvector's {@code halfvec}: renders {@code ?::real[]::halfvec} (or {@code '[…]'::halfvec}
 * when inlined).
 *
 * <pre>{@code
 * DataType<HalfVector> type = SQLDataType.OTHER.asConvertedDataType(new HalfVectorBinding(3072));
 * // or simply VectorTypes.halfvec(3072)
 * }</pre>
 */
public final class HalfVectorBinding extends AbstractVectorBinding<HalfVector> {

    private static final long serialVersionUID = 1L;

    /** A binding for a {@code halfvec} column of any dimension. */
    public HalfVectorBinding() {
        super(HalfVector.class, "halfvec", null, 0, Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code halfvec(dimensions)} column; values of another dimension are rejected. */
    public HalfVectorBinding(int dimensions) {
        super(HalfVector.class, "halfvec", null, checkDimensions("halfvec", dimensions, 16_000),
                Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /**
     * A binding for a {@code halfvec} column of any dimension whose type lives in {@code schema} (where pgvector
     * is installed, e.g. {@code extensions}): casts render {@code ::"extensions".halfvec}.
     */
    public HalfVectorBinding(String schema) {
        super(HalfVector.class, "halfvec", checkSchema(schema), 0, Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code halfvec(dimensions)} column whose type lives in {@code schema}. */
    public HalfVectorBinding(String schema, int dimensions) {
        super(HalfVector.class, "halfvec", checkSchema(schema), checkDimensions("halfvec", dimensions, 16_000),
                Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    @Override
    HalfVector decode(byte[] bytes) {
        return HalfVector.fromWire(bytes);
    }

    @Override
    HalfVector parse(String text) {
        return HalfVector.parse(text);
    }

    @Override
    int sizeOf(HalfVector value) {
        return value.dimensions();
    }

    @Override
    String sizeMismatch(int size, int declared) {
        return "halfvec value has " + size + " dimensions but the column is halfvec(" + declared + ")";
    }

    @Override
    Object parameter(HalfVector value) {
        return value.toArray();
    }
}
