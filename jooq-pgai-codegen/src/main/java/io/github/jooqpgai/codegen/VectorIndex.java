package io.github.jooqpgai.codegen;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.Objects;

/**
 * An index that serves {@code ORDER BY column <op> ? LIMIT k} on one pgvector column: a valid, non-partial
 * {@code hnsw}, {@code ivfflat} or {@code diskann} index whose only key is the plain column (no expression),
 * with the metric its operator class serves.
 *
 * <pre>{@code
 * new VectorIndex("blog_embedding_store_embedding_idx", "hnsw", "vector_l2_ops", DistanceMetric.L2);
 * }</pre>
 *
 * @param name          the index name
 * @param accessMethod  {@code hnsw}, {@code ivfflat} or {@code diskann}
 * @param opclass       the operator class, e.g. {@code vector_l2_ops}
 * @param metric        the distance metric the operator class serves
 */
record VectorIndex(String name, String accessMethod, String opclass, DistanceMetric metric) {

    VectorIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessMethod, "accessMethod");
        Objects.requireNonNull(opclass, "opclass");
        Objects.requireNonNull(metric, "metric");
    }
}
