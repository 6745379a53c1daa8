package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.Vector;

/**
 * jOOQ binding for pgvector's {@code vector}: renders {@code ?::real[]::vector} (or {@code '[…]'::vector}
 * when inlined), sends a binary {@code float4[]} and reads the driver's raw bytes without building a
 * {@code String}.
 *
 * <pre>{@code
 * DataType<Vector> type = SQLDataType.OTHER.asConvertedDataType(new VectorBinding(384));
 * Field<Vector> embedding = DSL.field(DSL.name("embedding"), type);
 * // or simply VectorTypes.vector(384)
 * }</pre>
 */
public final class VectorBinding extends AbstractVectorBinding<Vector> {

    private static final long serialVersionUID = 1L;

    /** A binding for a {@code vector} column of any dimension. */
    public VectorBinding() {
        super(Vector.class, "vector", null, 0, Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code vector(dimensions)} column; values of another dimension are rejected. */
    public VectorBinding(int dimensions) {
        super(Vector.class, "vector", null, checkDimensions("vector", dimensions, 16_000),
                Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /**
     * A binding for a {@code vector} column of any dimension whose type lives in {@code schema} (where pgvector
     * is installed, e.g. {@code extensions}): casts render {@code ::"extensions".vector}.
     */
    public VectorBinding(String schema) {
        super(Vector.class, "vector", checkSchema(schema), 0, Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    /** A binding for a {@code vector(dimensions)} column whose type lives in {@code schema}. */
    public VectorBinding(String schema, int dimensions) {
        super(Vector.class, "vector", checkSchema(schema), checkDimensions("vector", dimensions, 16_000),
                Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE);
    }

    @Override
    Vector decode(byte[] bytes) {
        return Vector.fromWire(bytes);
    }

    @Override
    Vector parse(String text) {
        return Vector.parse(text);
    }

    @Override
    int sizeOf(Vector value) {
        return value.dimensions();
    }

    @Override
    String sizeMismatch(int size, int declared) {
        return "vector value has " + size + " dimensions but the column is vector(" + declared + ")";
    }

    @Override
    Object parameter(Vector value) {
        return value.toArray();
    }
}
