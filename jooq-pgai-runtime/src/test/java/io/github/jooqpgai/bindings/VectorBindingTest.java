package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class VectorBindingTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
    private final Field<Vector> embedding = DSL.field(DSL.name("embedding"), VectorTypes.vector(3));

    @Test
    void bindValuesRenderACast() {
        assertThat(dsl.render(DSL.val(Vector.of(1f, 2f, 3f), VectorTypes.VECTOR))).isEqualTo("?::real[]::vector");
        assertThat(dsl.render(DSL.val(HalfVector.of(1f), VectorTypes.HALFVEC))).isEqualTo("?::real[]::halfvec");
        assertThat(dsl.render(DSL.val(SparseVector.fromDense(1f), VectorTypes.SPARSEVEC))).isEqualTo("?::sparsevec");
    }

    @Test
    void inlinedValuesRenderALiteral() {
        assertThat(dsl.renderInlined(DSL.val(Vector.of(1f, 2.5f), VectorTypes.VECTOR))).isEqualTo("'[1.0,2.5]'::vector");
        assertThat(dsl.render(DSL.inline(SparseVector.parse("{2:1}/4"), VectorTypes.SPARSEVEC))).isEqualTo("'{2:1.0}/4'::sparsevec");
        assertThat(dsl.renderInlined(DSL.val(null, VectorTypes.HALFVEC))).isEqualTo("null::halfvec");
    }

    @Test
    void bindValuesOfTheWrongDimensionFailNamingBoth() {
        assertThatThrownBy(() -> dsl.renderInlined(DSL.insertInto(DSL.table("t")).set(embedding, Vector.of(1f, 2f))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vector value has 2 dimensions but the column is vector(3)");
    }

    @Test
    void exposesTheDeclaredDimension() {
        assertThat(new VectorBinding().dimensions()).isEmpty();
        assertThat(new VectorBinding(384).dimensions()).hasValue(384);
        assertThat(new HalfVectorBinding(4000).dimensions()).hasValue(4000);
        assertThat(new SparseVectorBinding(30522).dimensions()).hasValue(30522);
        assertThatThrownBy(() -> new VectorBinding(16_001)).hasMessage("vector dimensions must be between 1 and 16000, got 16001");
        assertThatThrownBy(() -> new HalfVectorBinding(0)).hasMessage("halfvec dimensions must be between 1 and 16000, got 0");
    }

    @Test
    void converterReadsTextBinaryAndDriverObjects() {
        VectorBinding binding = new VectorBinding();
        assertThat(binding.converter().from("[1,2]")).isEqualTo(Vector.of(1f, 2f));
        assertThat(binding.converter().from("[1,2]".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Vector.of(1f, 2f));
        assertThat(binding.converter().from(null)).isNull();
        assertThat(binding.converter().to(Vector.of(1f))).isEqualTo("[1.0]");
    }

    @Test
    void valuesWithoutADataTypeFindTheBindingOnceVectorTypesIsLoaded() {
        assertThat(VectorTypes.VECTOR).isNotNull();
        assertThat(dsl.render(DSL.val(Vector.of(1f)))).isEqualTo("?::real[]::vector");
        assertThat(dsl.renderInlined(DSL.val(SparseVector.fromDense(0f, 2f)))).isEqualTo("'{2:2.0}/2'::sparsevec");
    }
}
