package io.github.jooqpgai.types;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * pgvector's binary wire format (what pgjdbc hands over when {@code binaryTransferEnable} lists the
 * type's OID): {@code vector} is int16 dimension, int16 unused, float4 values; {@code halfvec} the same
 * with float2 values; {@code sparsevec} is int32 dimension, int32 non-zero count, int32 unused, int32
 * zero-based indices, float4 values. All big-endian. Package-private: users call {@code Vector.fromWire}
 * and its siblings, which tell text from binary by the first byte.
 *
 * <pre>{@code
 * byte[] wire = resultSet.getBytes(1);   // binary transfer enabled for the vector OID
 * Vector v = VectorBinary.vector(wire);
 * }</pre>
 */
final class VectorBinary {

    private VectorBinary() {
    }

    /** Decodes a binary {@code vector}. */
    static Vector vector(byte[] wire) {
        ByteBuffer buffer = header(wire, 4, Vector.TYPE_NAME);
        int dimensions = Short.toUnsignedInt(buffer.getShort(0));
        expectLength(wire, 4 + 4L * dimensions, Vector.TYPE_NAME);
        float[] values = new float[dimensions];
        buffer.position(4);
        buffer.asFloatBuffer().get(values);
        return Vector.ofOwned(values);
    }

    /** Decodes a binary {@code halfvec}. */
    static HalfVector halfVector(byte[] wire) {
        ByteBuffer buffer = header(wire, 4, HalfVector.TYPE_NAME);
        int dimensions = Short.toUnsignedInt(buffer.getShort(0));
        expectLength(wire, 4 + 2L * dimensions, HalfVector.TYPE_NAME);
        float[] values = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            values[i] = HalfFloats.toFloat(buffer.getShort(4 + 2 * i));
        }
        return HalfVector.ofOwned(values);
    }

    /** Decodes a binary {@code sparsevec}. */
    static SparseVector sparseVector(byte[] wire) {
        ByteBuffer buffer = header(wire, 12, SparseVector.TYPE_NAME);
        int dimensions = buffer.getInt(0);
        int nonZero = buffer.getInt(4);
        if (nonZero < 0) {
            throw new IllegalArgumentException("invalid binary sparsevec: negative element count " + nonZero);
        }
        expectLength(wire, 12 + 8L * nonZero, SparseVector.TYPE_NAME);
        int[] indices = new int[nonZero];
        float[] values = new float[nonZero];
        buffer.position(12);
        buffer.asIntBuffer().get(indices);
        buffer.position(12 + 4 * nonZero);
        buffer.asFloatBuffer().get(values);
        return SparseVector.build(dimensions, indices, values);
    }

    private static ByteBuffer header(byte[] wire, int headerLength, String typeName) {
        if (wire.length < headerLength) {
            throw new IllegalArgumentException("invalid binary " + typeName + ": " + wire.length + " bytes");
        }
        return ByteBuffer.wrap(wire).order(ByteOrder.BIG_ENDIAN);
    }

    private static void expectLength(byte[] wire, long expected, String typeName) {
        if (wire.length != expected) {
            throw new IllegalArgumentException("invalid binary " + typeName + ": " + wire.length
                    + " bytes, expected " + expected);
        }
    }
}
