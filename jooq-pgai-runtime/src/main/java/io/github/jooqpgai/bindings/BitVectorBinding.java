package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.BitVector;

/**
 * jOOQ binding for {@code bit(n)} columns holding {@link BitVector}s: renders {@code ?::varbit} (or
 * {@code '1010'::varbit} inlined), which PostgreSQL coerces to {@code bit} for pgvector's Hamming and
 * Jaccard operators and their HNSW/IVFFlat indexes.
 *
 * <pre>{@code
 * Field<BitVector> code = DSL.field(DSL.name("code"), VectorTypes.bit(1024));
 * dsl.selectFrom(T).orderBy(VectorDSL.hammingDistance(code, query)).limit(10).fetch();
 * }</pre>
 */
public final class BitVectorBinding extends AbstractVectorBinding<BitVector> {

    private static final long serialVersionUID = 1L;

    private static final int MAX_LENGTH = 83_886_080;

    /** A binding for bit strings of any length. */
    public BitVectorBinding() {
        super(BitVector.class, "varbit", null, 0, Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE);
    }

    /**
     * A binding for bit strings of any length whose distance operators come from pgvector installed in
     * {@code schema}: {@code OPERATOR("extensions".<~>)}.
     */
    public BitVectorBinding(String schema) {
        super(BitVector.class, "varbit", checkSchema(schema), 0, Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE);
    }

    /** A binding for a {@code bit(length)} column compared with pgvector installed in {@code schema}. */
    public BitVectorBinding(String schema, int length) {
        super(BitVector.class, "varbit", checkSchema(schema), checkLength(length), Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE);
    }

    /** A binding for a {@code bit(length)} column; bit strings of another length are rejected. */
    public BitVectorBinding(int length) {
        super(BitVector.class, "varbit", null, checkLength(length), Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE);
    }

    private static int checkLength(int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("bit length must be between 1 and " + MAX_LENGTH + ", got " + length);
        }
        return length;
    }

    @Override
    BitVector decode(byte[] bytes) {
        return BitVector.fromWire(bytes);
    }

    @Override
    BitVector parse(String text) {
        return BitVector.parse(text);
    }

    @Override
    int sizeOf(BitVector value) {
        return value.length();
    }

    @Override
    String sizeMismatch(int size, int declared) {
        return "bit string has " + size + " bits but the column is bit(" + declared + ")";
    }

    @Override
    Object parameter(BitVector value) {
        return value.toString();
    }
}
