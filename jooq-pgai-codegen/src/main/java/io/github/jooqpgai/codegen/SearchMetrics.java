package io.github.jooqpgai.codegen;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The metrics the similarity helpers of one embedding column are generated for: one per metric an index on the
 * column serves, plus the primary metric of {@code nearest(...)} / {@code distanceTo(...)}. The primary metric is
 * the configured one (pgai's indexing opclass, cosine by default) when an index serves it; otherwise the first
 * indexed metric in the order cosine, L2, inner product, L1; with no index, the configured one.
 *
 * <pre>{@code
 * SearchMetrics m = new SearchMetrics(DistanceMetric.COSINE, List.of(l2HnswIndex));
 * m.primary();          // L2: the only metric an index serves
 * m.indexedMetrics();   // [L2]
 * }</pre>
 *
 * @param configured the vectorizer's configured metric
 * @param indexes    the indexes on the column
 */
record SearchMetrics(DistanceMetric configured, List<VectorIndex> indexes) {

    /** Tie-break among indexed metrics when the configured one has no index. */
    private static final List<DistanceMetric> PREFERENCE =
            List.of(DistanceMetric.COSINE, DistanceMetric.L2, DistanceMetric.INNER_PRODUCT, DistanceMetric.L1);

    SearchMetrics {
        Objects.requireNonNull(configured, "configured");
        indexes = List.copyOf(indexes);
    }

    /** The metric of {@code nearest(...)} and {@code distanceTo(...)}. */
    DistanceMetric primary() {
        if (indexes.isEmpty() || isIndexed(configured)) {
            return configured;
        }
        return indexedMetrics().get(0);
    }

    /** The distinct metrics served by an index, in the order cosine, L2, inner product, L1. */
    List<DistanceMetric> indexedMetrics() {
        return PREFERENCE.stream().filter(this::isIndexed).toList();
    }

    /** The indexes serving {@code metric}, in name order. */
    List<VectorIndex> indexesFor(DistanceMetric metric) {
        return indexes.stream().filter(i -> i.metric() == metric).toList();
    }

    /**
     * Why the primary metric is not the configured one, when indexes exist but none serves the configured metric:
     * {@code configured COSINE, but index l2_idx (hnsw, vector_l2_ops) serves L2; nearest(...) and searchMetric() use L2}.
     */
    Optional<String> disagreement() {
        if (indexes.isEmpty() || isIndexed(configured)) {
            return Optional.empty();
        }
        boolean one = indexes.size() == 1;
        return Optional.of("configured " + configured.name() + ", but " + (one ? "index " : "indexes ")
                + indexes.stream().map(i -> i.name() + " (" + i.accessMethod() + ", " + i.opclass() + ")").collect(Collectors.joining(", "))
                + (one ? " serves " : " serve ") + indexedMetrics().stream().map(DistanceMetric::name).collect(Collectors.joining(", "))
                + "; nearest(...) and searchMetric() use " + primary().name());
    }

    /** Whether an index serves {@code metric}. */
    boolean isIndexed(DistanceMetric metric) {
        return indexes.stream().anyMatch(i -> i.metric() == metric);
    }
}
