package io.github.jooqpgai.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.types.Vector;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class DistanceMetricTest {

    @Test
    void operatorsAndOpclasses() {
        assertThat(DistanceMetric.L2.operator()).isEqualTo("<->");
        assertThat(DistanceMetric.COSINE.operator()).isEqualTo("<=>");
        assertThat(DistanceMetric.INNER_PRODUCT.operator()).isEqualTo("<#>");
        assertThat(DistanceMetric.L1.operator()).isEqualTo("<+>");
        assertThat(DistanceMetric.INNER_PRODUCT.opclasses()).containsExactly("vector_ip_ops", "halfvec_ip_ops", "sparsevec_ip_ops");
        assertThat(DistanceMetric.L1.opclass("HALFVEC")).isEqualTo("halfvec_l1_ops");
        assertThatThrownBy(() -> DistanceMetric.L1.opclass("bit")).hasMessage("typeName must be one of [vector, halfvec, sparsevec], got bit");
    }

    @Test
    void findsTheMetricOfAnOpclass() {
        assertThat(DistanceMetric.fromOpclass("vector_cosine_ops")).isEqualTo(DistanceMetric.COSINE);
        assertThat(DistanceMetric.fromOpclass("public.HALFVEC_L2_OPS")).isEqualTo(DistanceMetric.L2);
        assertThat(DistanceMetric.fromOpclass("sparsevec_ip_ops")).isEqualTo(DistanceMetric.INNER_PRODUCT);
        assertThat(DistanceMetric.findByOpclass("bit_hamming_ops")).isEmpty();
        assertThatThrownBy(() -> DistanceMetric.fromOpclass("bit_hamming_ops"))
                .hasMessage("opclass 'bit_hamming_ops' is not a pgvector vector/halfvec/sparsevec distance opclass");
        assertThat(DistanceMetric.fromOperator("<+>")).isEqualTo(DistanceMetric.L1);
    }

    @Test
    void rendersTheOperatorForm() {
        var field = DSL.field(DSL.name("embedding"), VectorTypes.VECTOR);
        for (DistanceMetric metric : DistanceMetric.values()) {
            assertThat(DSL.using(SQLDialect.POSTGRES).renderInlined(metric.distance(field, Vector.of(1f, 2f))))
                    .isEqualTo("(\"embedding\" " + metric.operator() + " '[1.0,2.0]'::vector)");
        }
    }
}
