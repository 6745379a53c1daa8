package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Fields, records and results holding pgvector values survive Java serialization, bindings included. */
class SerializationTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
    private final Field<Vector> vector = DSL.field(DSL.name("t", "v"), VectorTypes.vector(3));
    private final Field<HalfVector> half = DSL.field(DSL.name("t", "h"), VectorTypes.halfvec(2));
    private final Field<SparseVector> sparse = DSL.field(DSL.name("t", "s"), VectorTypes.sparsevec(4));
    private final Field<BitVector> bits = DSL.field(DSL.name("t", "b"), VectorTypes.bit(3));
    private final Field<Vector> anyVector = DSL.field(DSL.name("t", "any"), VectorTypes.VECTOR);

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void valuesRoundTripEqual() throws Exception {
        List<Object> values = List.of(Vector.of(1f, -2.5f, 3e-5f), HalfVector.of(0.5f, 2f),
                SparseVector.parse("{1:1.5,4:-2}/4"), BitVector.parse("1011001"));
        for (Object value : values) {
            assertThat(roundTrip(value)).as("%s", value).isEqualTo(value).hasToString(value.toString());
        }
    }

    @Test
    void tamperedValuesAreRejectedOnDeserialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Vector.of(1.5f, 2f));
        }
        byte[] stream = bytes.toByteArray();
        int at = indexOf(stream, new byte[] {0x3f, (byte) 0xc0, 0, 0});
        assertThat(at).as("1.5f in the stream").isPositive();
        stream[at] = 0x7f;   // 1.5f becomes NaN, which Vector.of rejects
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
            assertThatThrownBy(in::readObject)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vector element 0 is NaN");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void bindingsRoundTripWithTheirDimensionsAndConverters() throws Exception {
        for (DimensionAware binding : List.of(new VectorBinding(3), new HalfVectorBinding(), new SparseVectorBinding(4),
                new BitVectorBinding(3))) {
            DimensionAware copy = roundTrip(binding);
            assertThat(copy).as("%s", binding).hasToString(binding.toString());
            assertThat(copy.dimensions()).as("%s", binding).isEqualTo(binding.dimensions());
        }
        VectorBinding copy = roundTrip(new VectorBinding(2));
        assertThat(copy.converter().from("[1,2]")).isEqualTo(Vector.of(1f, 2f));
        assertThatThrownBy(() -> copy.converter().to(Vector.of(1f)))
                .hasMessage("vector value has 1 dimensions but the column is vector(2)");
    }

    @Test
    void fieldsRoundTripAndRenderTheSame() throws Exception {
        for (Field<?> field : List.of(vector, half, sparse, bits, anyVector)) {
            Field<?> copy = roundTrip(field);
            assertThat(dsl.renderInlined(copy)).isEqualTo(dsl.renderInlined(field));
            assertThat(copy.getDataType().getBinding()).hasToString(field.getDataType().getBinding().toString());
        }
        Field<Vector> copy = roundTrip(vector);
        assertThat(dsl.renderInlined(DSL.insertInto(DSL.table(DSL.name("t"))).set(copy, Vector.of(1f, 2f, 3f))))
                .isEqualTo("insert into \"t\" (\"v\") values ('[1.0,2.0,3.0]'::vector)");
        assertThatThrownBy(() -> dsl.renderInlined(DSL.insertInto(DSL.table(DSL.name("t"))).set(copy, Vector.of(1f))))
                .hasMessage("vector value has 1 dimensions but the column is vector(3)");
    }

    @Test
    void recordsAndResultsRoundTrip() throws Exception {
        Result<Record> result = dsl.newResult(List.of(vector, half, sparse, bits, anyVector).toArray(Field[]::new));
        Record first = dsl.newRecord(List.of(vector, half, sparse, bits, anyVector).toArray(Field[]::new));
        first.set(vector, Vector.of(1f, 2f, 3f));
        first.set(half, HalfVector.of(0.5f, 1f));
        first.set(sparse, SparseVector.parse("{2:7}/4"));
        first.set(bits, BitVector.parse("110"));
        first.set(anyVector, Vector.of(9f));
        Record nulls = dsl.newRecord(List.of(vector, half, sparse, bits, anyVector).toArray(Field[]::new));
        result.add(first);
        result.add(nulls);

        Record recordCopy = roundTrip(first);
        assertThat(recordCopy).isEqualTo(first);
        assertThat(recordCopy.get(sparse)).isEqualTo(SparseVector.parse("{2:7}/4"));

        Result<Record> copy = roundTrip(result);
        assertThat(copy).isEqualTo(result).hasSize(2);
        assertThat(copy.get(0).get(vector)).isEqualTo(Vector.of(1f, 2f, 3f));
        assertThat(copy.get(1).get(bits)).isNull();
        assertThat(copy.field(vector.getName()).getDataType().getBinding()).isInstanceOf(VectorBinding.class);
    }
}
