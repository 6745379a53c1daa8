package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.types.VectorBinary;
import io.github.jooqpgai.types.VectorText;

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
        super(Vector.class, "vector", null, 0, true);
    }

    /** A binding for a {@code vector(dimensions)} column; values of another dimension are rejected. */
    public VectorBinding(int dimensions) {
        super(Vector.class, "vector", null, checkDimensions("vector", dimensions, 16_000), true);
    }

    /**
     * A binding for a {@code vector} column of any dimension whose type lives in {@code schema} (where pgvector
     * is installed, e.g. {@code extensions}): casts render {@code ::"extensions".vector}.
     */
    public VectorBinding(String schema) {
        super(Vector.class, "vector", checkSchema(schema), 0, true);
    }

    /** A binding for a {@code vector(dimensions)} column whose type lives in {@code schema}. */
    public VectorBinding(String schema, int dimensions) {
        super(Vector.class, "vector", checkSchema(schema), checkDimensions("vector", dimensions, 16_000), true);
    }

    @Override
    Vector decode(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == '[' ? VectorText.vector(bytes, 0, bytes.length) : VectorBinary.vector(bytes);
    }

    @Override
    Vector parse(String text) {
        return Vector.parse(text);
    }
}
