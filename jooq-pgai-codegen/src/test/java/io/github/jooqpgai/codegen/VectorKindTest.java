package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.bindings.HalfVectorBinding;
import io.github.jooqpgai.bindings.SparseVectorBinding;
import io.github.jooqpgai.bindings.VectorBinding;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VectorKindTest {

    @Test
    void knowsThePgvectorTypesOnly() {
        assertThat(VectorKind.of("vector")).contains(VectorKind.VECTOR);
        assertThat(VectorKind.of("halfvec")).contains(VectorKind.HALFVEC);
        assertThat(VectorKind.of("sparsevec")).contains(VectorKind.SPARSEVEC);
        assertThat(VectorKind.of("bit")).isEqualTo(Optional.empty());
        assertThat(VectorKind.of("VECTOR")).isEmpty();
    }

    @Test
    void namesTheRuntimeClassesThatExist() {
        assertThat(VectorKind.VECTOR.javaType()).isEqualTo(Vector.class.getName());
        assertThat(VectorKind.HALFVEC.javaType()).isEqualTo(HalfVector.class.getName());
        assertThat(VectorKind.SPARSEVEC.javaType()).isEqualTo(SparseVector.class.getName());
        assertThat(VectorKind.VECTOR.bindingClass()).isEqualTo(VectorBinding.class.getName());
        assertThat(VectorKind.HALFVEC.bindingClass()).isEqualTo(HalfVectorBinding.class.getName());
        assertThat(VectorKind.SPARSEVEC.bindingClass()).isEqualTo(SparseVectorBinding.class.getName());
        assertThat(VectorKind.HALFVEC.bindingExpression(768)).isEqualTo("new " + HalfVectorBinding.class.getName() + "(768)");
    }
}
