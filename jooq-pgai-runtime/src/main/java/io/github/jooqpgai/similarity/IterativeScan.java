package io.github.jooqpgai.similarity;

/**
 * pgvector's {@code hnsw.iterative_scan} setting (pgvector 0.8+). An HNSW index scan returns at most
 * {@code hnsw.ef_search} candidates (40 by default) and the {@code WHERE} clause filters them afterwards,
 * so a selective filter returns fewer than {@code k} rows. With iterative scans the index keeps scanning
 * until {@code k} rows pass the filter or {@code hnsw.max_scan_tuples} tuples were visited.
 *
 * <pre>{@code
 * dsl.transaction(tx -> {
 *     tx.dsl().execute(VectorDSL.hnswIterativeScan(IterativeScan.STRICT_ORDER));
 *     nearestNeighbours(tx.dsl().select(ITEMS.ID).from(ITEMS).where(ITEMS.LANG.eq("is")),
 *             ITEMS.EMBEDDING, DistanceMetric.COSINE, query, 10).fetch();
 * });
 * }</pre>
 */
public enum IterativeScan {

    /** No iterative scan (pgvector's default): a filtered query may return fewer than {@code k} rows. */
    OFF("off"),

    /** Keeps scanning; results may be slightly out of distance order (re-sort them if the order matters). */
    RELAXED_ORDER("relaxed_order"),

    /** Keeps scanning; results are in exact distance order. */
    STRICT_ORDER("strict_order");

    private final String setting;

    IterativeScan(String setting) {
        this.setting = setting;
    }

    /** The value of {@code hnsw.iterative_scan}, e.g. {@code strict_order}. */
    public String setting() {
        return setting;
    }
}
