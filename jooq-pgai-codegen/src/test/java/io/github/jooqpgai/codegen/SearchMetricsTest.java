package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchMetricsTest {

    private static VectorIndex index(String name, DistanceMetric metric) {
        return new VectorIndex(name, "hnsw", metric.opclass("vector"), metric);
    }

    @Test
    void withoutAnIndexTheConfiguredMetricIsPrimaryAndNothingIsIndexed() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.INNER_PRODUCT, List.of());
        assertThat(m.primary()).isEqualTo(DistanceMetric.INNER_PRODUCT);
        assertThat(m.indexedMetrics()).isEmpty();
        assertThat(m.indexesFor(DistanceMetric.INNER_PRODUCT)).isEmpty();
    }

    @Test
    void anIndexOfAnotherMetricWinsOverTheConfiguredOne() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.COSINE, List.of(index("a", DistanceMetric.L2)));
        assertThat(m.primary()).isEqualTo(DistanceMetric.L2);
        assertThat(m.indexedMetrics()).containsExactly(DistanceMetric.L2);
    }

    @Test
    void theConfiguredMetricStaysPrimaryWhenIndexed() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.L1,
                List.of(index("a", DistanceMetric.COSINE), index("b", DistanceMetric.L1), index("c", DistanceMetric.L2)));
        assertThat(m.primary()).isEqualTo(DistanceMetric.L1);
        assertThat(m.indexedMetrics()).containsExactly(DistanceMetric.COSINE, DistanceMetric.L2, DistanceMetric.L1);
    }

    @Test
    void amongOtherIndexedMetricsCosineThenL2ThenInnerProductThenL1() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.COSINE,
                List.of(index("a", DistanceMetric.L1), index("b", DistanceMetric.INNER_PRODUCT)));
        assertThat(m.primary()).isEqualTo(DistanceMetric.INNER_PRODUCT);
        assertThat(m.indexedMetrics()).containsExactly(DistanceMetric.INNER_PRODUCT, DistanceMetric.L1);
    }

    @Test
    void twoIndexesOfOneMetricGiveOneMetricWithBothIndexes() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.COSINE,
                List.of(index("hnsw_idx", DistanceMetric.L2), index("ivf_idx", DistanceMetric.L2)));
        assertThat(m.indexedMetrics()).containsExactly(DistanceMetric.L2);
        assertThat(m.indexesFor(DistanceMetric.L2)).extracting(VectorIndex::name).containsExactly("hnsw_idx", "ivf_idx");
    }

    @Test
    void anIndexOfAnotherMetricIsADisagreementNamingTheIndexAndTheMetricUsed() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.COSINE,
                List.of(new VectorIndex("knn_idx", "diskann", "vector_l2_ops", DistanceMetric.L2)));
        assertThat(m.disagreement()).contains(
                "configured COSINE, but index knn_idx (diskann, vector_l2_ops) serves L2; nearest(...) and searchMetric() use L2");
    }

    @Test
    void noDisagreementWithoutIndexesOrWhenTheConfiguredMetricIsIndexed() {
        assertThat(new SearchMetrics(DistanceMetric.L2, List.of()).disagreement()).isEmpty();
        assertThat(new SearchMetrics(DistanceMetric.L2, List.of(index("a", DistanceMetric.COSINE), index("b", DistanceMetric.L2)))
                .disagreement()).isEmpty();
    }

    @Test
    void severalIndexesOfOtherMetricsAreAllNamed() {
        SearchMetrics m = new SearchMetrics(DistanceMetric.L1,
                List.of(index("a", DistanceMetric.INNER_PRODUCT), index("b", DistanceMetric.L2)));
        assertThat(m.disagreement()).contains("configured L1, but indexes a (hnsw, vector_ip_ops), b (hnsw, vector_l2_ops) serve L2, INNER_PRODUCT;"
                + " nearest(...) and searchMetric() use L2");
    }
}
