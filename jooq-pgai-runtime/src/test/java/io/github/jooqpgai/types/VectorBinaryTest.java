package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class VectorBinaryTest {

    @Test
    void decodesPgvectorBinaryVector() {
        byte[] wire = ByteBuffer.allocate(12).putShort((short) 2).putShort((short) 0).putFloat(1.5f).putFloat(-2f).array();
        assertThat(VectorBinary.vector(wire)).isEqualTo(Vector.of(1.5f, -2f));
    }

    @Test
    void decodesPgvectorBinaryHalfVector() {
        byte[] wire = ByteBuffer.allocate(8).putShort((short) 2).putShort((short) 0)
                .putShort((short) 0x3c00).putShort((short) 0xc000).array();
        assertThat(VectorBinary.halfVector(wire)).isEqualTo(HalfVector.of(1f, -2f));
    }

    @Test
    void decodesPgvectorBinarySparseVector() {
        byte[] wire = ByteBuffer.allocate(28).putInt(5).putInt(2).putInt(0).putInt(0).putInt(2)
                .putFloat(1.5f).putFloat(2f).array();
        assertThat(VectorBinary.sparseVector(wire)).isEqualTo(SparseVector.parse("{1:1.5,3:2}/5"));
    }

    @Test
    void rejectsTruncatedInput() {
        byte[] wire = ByteBuffer.allocate(8).putShort((short) 2).putShort((short) 0).putFloat(1f).array();
        assertThatThrownBy(() -> VectorBinary.vector(wire)).hasMessage("invalid binary vector: 8 bytes, expected 12");
    }
}
