package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.types.BitVector;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The bit binding runs on the shared base: what it renders, checks and reads. */
class BitVectorBindingTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    private static DataType<BitVector> type(BitVectorBinding binding) {
        return SQLDataType.OTHER.asConvertedDataType(binding);
    }

    @Test
    void bindsAndInlinesAsVarbitNeverQualifiedWithPgvectorsSchema() {
        BitVector bits = BitVector.parse("101");
        assertThat(dsl.render(DSL.val(bits, type(new BitVectorBinding(3))))).isEqualTo("?::varbit");
        assertThat(dsl.renderInlined(DSL.val(bits, type(new BitVectorBinding(3))))).isEqualTo("'101'::varbit");
        assertThat(dsl.render(DSL.val(bits, type(new BitVectorBinding("extensions", 3))))).isEqualTo("?::varbit");
        assertThat(dsl.renderInlined(DSL.val(null, type(new BitVectorBinding())))).isEqualTo("null::varbit");
    }

    @Test
    void knowsItsLengthAndPgvectorsSchema() {
        assertThat(new BitVectorBinding().dimensions()).isEmpty();
        assertThat(new BitVectorBinding(1024).dimensions()).hasValue(1024);
        assertThat(new BitVectorBinding("extensions").pgvectorSchema()).hasValue("extensions");
        assertThat(new BitVectorBinding(8).pgvectorSchema()).isEmpty();
        assertThat(new BitVectorBinding("extensions", 8)).hasToString("BitVectorBinding[extensions](8)");
        assertThatThrownBy(() -> new BitVectorBinding(0)).hasMessage("bit length must be between 1 and 83886080, got 0");
        assertThatThrownBy(() -> new BitVectorBinding(" ")).hasMessage("schema of pgvector's types must not be null or blank, got ' '");
    }

    @Test
    void rejectsABitStringOfAnotherLengthNamingBoth() {
        Field<BitVector> code = DSL.field(DSL.name("code"), type(new BitVectorBinding(3)));
        assertThatThrownBy(() -> dsl.renderInlined(DSL.insertInto(DSL.table("t")).set(code, BitVector.parse("10"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bit string has 2 bits but the column is bit(3)");
    }

    @Test
    void converterReadsTextBinaryAndDriverObjects() {
        BitVectorBinding binding = new BitVectorBinding();
        byte[] binary = ByteBuffer.allocate(5).putInt(3).put((byte) 0xa0).array();
        assertThat(binding.converter().from("101")).isEqualTo(BitVector.parse("101"));
        assertThat(binding.converter().from("101".getBytes(StandardCharsets.US_ASCII))).isEqualTo(BitVector.parse("101"));
        assertThat(binding.converter().from(binary)).isEqualTo(BitVector.parse("101"));
        assertThat(binding.converter().from(null)).isNull();
        assertThat(binding.converter().to(BitVector.parse("011"))).isEqualTo("011");
    }
}
