package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.VectorBinary;
import io.github.jooqpgai.types.VectorText;

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
        super(HalfVector.class, "halfvec", null, 0, true);
    }

    /** A binding for a {@code halfvec(dimensions)} column; values of another dimension are rejected. */
    public HalfVectorBinding(int dimensions) {
        super(HalfVector.class, "halfvec", null, checkDimensions("halfvec", dimensions, 16_000), true);
    }

    /**
     * A binding for a {@code halfvec} column of any dimension whose type lives in {@code schema} (where pgvector
     * is installed, e.g. {@code extensions}): casts render {@code ::"extensions".halfvec}.
     */
    public HalfVectorBinding(String schema) {
        super(HalfVector.class, "halfvec", checkSchema(schema), 0, true);
    }

    /** A binding for a {@code halfvec(dimensions)} column whose type lives in {@code schema}. */
    public HalfVectorBinding(String schema, int dimensions) {
        super(HalfVector.class, "halfvec", checkSchema(schema), checkDimensions("halfvec", dimensions, 16_000), true);
    }

    @Override
    HalfVector decode(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == '['
                ? VectorText.halfVector(bytes, 0, bytes.length)
                : VectorBinary.halfVector(bytes);
    }

    @Override
    HalfVector parse(String text) {
        return HalfVector.parse(text);
    }
}
