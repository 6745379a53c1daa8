package io.github.jooqpgai.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BitVectorTest {

    @Test
    void packsMostSignificantBitFirst() {
        BitVector b = BitVector.parse("101000001");
        assertThat(b.length()).isEqualTo(9);
        assertThat(b.toByteArray()).containsExactly((byte) 0xa0, (byte) 0x80);
        assertThat(b.get(0)).isTrue();
        assertThat(b.get(1)).isFalse();
        assertThat(b.get(8)).isTrue();
        assertThat(b.toString()).isEqualTo("101000001");
        assertThat(b).isEqualTo(BitVector.of(true, false, true, false, false, false, false, false, true))
                .isEqualTo(BitVector.fromBytes(9, new byte[] {(byte) 0xa0, (byte) 0x80}))
                .isNotEqualTo(BitVector.parse("1010000010"));
    }

    @Test
    void rejectsBadInputNamingIt() {
        assertThatThrownBy(() -> BitVector.parse("10x1")).hasMessage("bit string may contain only 0 and 1, got 'x' at 2 in '10x1'");
        assertThatThrownBy(() -> BitVector.parse("")).hasMessage("bit string length must be between 1 and 83886080, got 0");
        assertThatThrownBy(() -> BitVector.fromBytes(9, new byte[1])).hasMessage("9 bits need 2 bytes, got 1");
        assertThatThrownBy(() -> BitVector.fromBytes(7, new byte[] {1})).hasMessage("bits after position 7 must be zero");
        assertThatThrownBy(() -> BitVector.parse("1").get(1)).hasMessage("bit 1 is outside 0..0");
    }
}
