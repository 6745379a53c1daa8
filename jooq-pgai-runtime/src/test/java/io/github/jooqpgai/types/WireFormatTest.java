package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The public readers of what {@code ResultSet.getBytes} returns for pgvector's types and {@code bit}: the text
 * format, or the binary one when pgjdbc's binary transfer is on, told apart by the first byte.
 */
class WireFormatTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsTheTextFormat() {
        assertThat(Vector.fromWire(ascii("[1,2.5,-3e-05]"))).isEqualTo(Vector.of(1f, 2.5f, -3e-05f));
        assertThat(HalfVector.fromWire(ascii("[1,0.5]"))).isEqualTo(HalfVector.of(1f, 0.5f));
        assertThat(SparseVector.fromWire(ascii("{1:1.5,3:2}/5"))).isEqualTo(SparseVector.of(5, new int[] {0, 2}, new float[] {1.5f, 2f}));
        assertThat(BitVector.fromWire(ascii("1011"))).isEqualTo(BitVector.parse("1011"));
        assertThat(BitVector.fromWire(ascii("0"))).isEqualTo(BitVector.of(false));
    }

    @Test
    void readsTheBinaryFormat() {
        byte[] vector = ByteBuffer.allocate(12).putShort((short) 2).putShort((short) 0).putFloat(1.5f).putFloat(-2f).array();
        byte[] half = ByteBuffer.allocate(8).putShort((short) 2).putShort((short) 0)
                .putShort((short) 0x3c00).putShort((short) 0xc000).array();
        byte[] sparse = ByteBuffer.allocate(28).putInt(5).putInt(2).putInt(0).putInt(0).putInt(2)
                .putFloat(1.5f).putFloat(2f).array();
        byte[] bits = ByteBuffer.allocate(6).putInt(9).put((byte) 0xa0).put((byte) 0x80).array();

        assertThat(Vector.fromWire(vector)).isEqualTo(Vector.of(1.5f, -2f));
        assertThat(HalfVector.fromWire(half)).isEqualTo(HalfVector.of(1f, -2f));
        assertThat(SparseVector.fromWire(sparse)).isEqualTo(SparseVector.parse("{1:1.5,3:2}/5"));
        assertThat(BitVector.fromWire(bits)).isEqualTo(BitVector.parse("101000001"));
    }

    @Test
    void rejectsNullAndMalformedBytesNamingTheType() {
        assertThatThrownBy(() -> Vector.fromWire(null)).hasMessage("vector bytes must not be null");
        assertThatThrownBy(() -> HalfVector.fromWire(null)).hasMessage("halfvec bytes must not be null");
        assertThatThrownBy(() -> SparseVector.fromWire(null)).hasMessage("sparsevec bytes must not be null");
        assertThatThrownBy(() -> BitVector.fromWire(null)).hasMessage("bit string bytes must not be null");
        assertThatThrownBy(() -> Vector.fromWire(ascii("[1,x]"))).hasMessage("invalid vector literal: '[1,x]'");
        assertThatThrownBy(() -> Vector.fromWire(new byte[0])).hasMessage("invalid binary vector: 0 bytes");
        assertThatThrownBy(() -> SparseVector.fromWire(ascii("{1:1}"))).hasMessageStartingWith("invalid sparsevec literal");
        assertThatThrownBy(() -> BitVector.fromWire(new byte[] {0, 0})).hasMessage("invalid binary bit string: 2 bytes");
        assertThatThrownBy(() -> BitVector.fromWire(ascii("10x"))).hasMessage("bit string may contain only 0 and 1, got 'x' at 2 in '10x'");
    }
}
