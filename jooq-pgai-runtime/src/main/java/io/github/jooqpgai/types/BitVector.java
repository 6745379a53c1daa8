package io.github.jooqpgai.types;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable bit string for PostgreSQL {@code bit(n)} columns, which pgvector compares with Hamming
 * ({@code <~>}) and Jaccard ({@code <%>}) distance (e.g. binary-quantized embeddings). Bits are packed
 * most significant first, as PostgreSQL and pgvector-java's {@code PGbit} do.
 *
 * <pre>{@code
 * BitVector b = BitVector.parse("1011");
 * b.length();               // 4
 * b.get(1);                 // false
 * BitVector.of(true, false).toString();   // "10"
 * }</pre>
 */
public final class BitVector implements Serializable {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's maximum bit string length. */
    static final int MAX_LENGTH = 83_886_080;

    private final int length;
    private final byte[] bytes;

    private BitVector(int length, byte[] bytes) {
        this.length = length;
        this.bytes = bytes;
    }

    /** A bit vector of these bits. */
    public static BitVector of(boolean... bits) {
        if (bits == null) {
            throw new IllegalArgumentException("bits must not be null");
        }
        checkLength(bits.length);
        byte[] packed = new byte[(bits.length + 7) / 8];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                packed[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
        }
        return new BitVector(bits.length, packed);
    }

    /**
     * A bit vector of {@code length} bits packed most significant bit first in {@code bytes}
     * ({@code ceil(length / 8)} bytes; unused trailing bits must be zero).
     */
    public static BitVector fromBytes(int length, byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        checkLength(length);
        if (bytes.length != (length + 7) / 8) {
            throw new IllegalArgumentException(length + " bits need " + ((length + 7) / 8) + " bytes, got " + bytes.length);
        }
        int unused = bytes.length * 8 - length;
        if (unused > 0 && (bytes[bytes.length - 1] & ((1 << unused) - 1)) != 0) {
            throw new IllegalArgumentException("bits after position " + length + " must be zero");
        }
        return new BitVector(length, bytes.clone());
    }

    /** Parses a string of {@code 0} and {@code 1} characters. */
    public static BitVector parse(CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("bit string must not be null");
        }
        checkLength(text.length());
        byte[] packed = new byte[(text.length() + 7) / 8];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '1') {
                packed[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            } else if (c != '0') {
                throw new IllegalArgumentException("bit string may contain only 0 and 1, got '" + c + "' at " + i
                        + " in '" + (text.length() > 80 ? text.subSequence(0, 80) + "…" : text) + "'");
            }
        }
        return new BitVector(text.length(), packed);
    }

    /**
     * Reads a {@code bit} string as the server sent it, which is what {@code ResultSet.getBytes} returns:
     * {@code 0}/{@code 1} characters in the text format or, with pgjdbc's binary transfer, PostgreSQL's
     * binary format (int32 bit count, then the bits packed most significant first).
     *
     * @throws IllegalArgumentException if {@code bytes} is null or not a valid bit string in either format
     */
    public static BitVector fromWire(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bit string bytes must not be null");
        }
        if (bytes.length > 0 && (bytes[0] == '0' || bytes[0] == '1')) {
            return parse(new String(bytes, StandardCharsets.US_ASCII));
        }
        if (bytes.length < 4) {
            throw new IllegalArgumentException("invalid binary bit string: " + bytes.length + " bytes");
        }
        int bits = ByteBuffer.wrap(bytes).getInt(0);
        return fromBytes(bits, Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    private static void checkLength(int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("bit string length must be between 1 and " + MAX_LENGTH + ", got " + length);
        }
    }

    /** The number of bits. */
    public int length() {
        return length;
    }

    /** The bit at a zero-based position. */
    public boolean get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("bit " + index + " is outside 0.." + (length - 1));
        }
        return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** The bits packed most significant first (a copy). */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The bits as booleans. */
    public boolean[] toBooleanArray() {
        boolean[] bits = new boolean[length];
        for (int i = 0; i < length; i++) {
            bits[i] = get(i);
        }
        return bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitVector other && length == other.length && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * length + Arrays.hashCode(bytes);
    }

    /** The bits as {@code 0}/{@code 1} characters, the PostgreSQL text form. */
    @Override
    public String toString() {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = get(i) ? '1' : '0';
        }
        return new String(chars);
    }

    /** Deserialized fields are checked again, like every other way of creating a BitVector. */
    private Object readResolve() {
        return fromBytes(length, bytes);
    }
}
