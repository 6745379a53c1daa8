package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.indexing_hnsw}: a pgvector HNSW index on the store's embedding column.
 *
 * <pre>{@code
 * IndexingHnsw i = Indexing.hnsw().withMinRows(50_000).withOpclass(HnswOpclass.VECTOR_IP_OPS).withM(16).withEfConstruction(64);
 * }</pre>
 *
 * @param minRows the row count that triggers index creation (>= 0, default 100000)
 * @param opclass the operator class (default vector_cosine_ops)
 * @param m pgvector's {@code m} (2..100), or null for pgvector's default
 * @param efConstruction pgvector's {@code ef_construction} (4..1000, at least 2 * m), or null
 * @param createWhenQueueEmpty only create the index once the queue is empty (default true)
 */
public record IndexingHnsw(int minRows, HnswOpclass opclass, Integer m, Integer efConstruction, boolean createWhenQueueEmpty)
        implements Indexing {

    /** @throws InvalidVectorizerConfigException for values pgvector rejects */
    public IndexingHnsw {
        ConfigChecks.range("min_rows", minRows, 0, Integer.MAX_VALUE, "");
        if (opclass == null) {
            throw new InvalidVectorizerConfigException("opclass", null, "is required");
        }
        ConfigChecks.optionalRange("m", m, 2, 100, " (pgvector's limits)");
        ConfigChecks.optionalRange("ef_construction", efConstruction, 4, 1000, " (pgvector's limits)");
        int effectiveM = m == null ? 16 : m;
        if (efConstruction != null && efConstruction < 2 * effectiveM) {
            throw new InvalidVectorizerConfigException("ef_construction", efConstruction,
                    "must be at least 2 * m (" + 2 * effectiveM + "), pgvector rejects the index otherwise");
        }
    }

    /** A copy with another row threshold. */
    public IndexingHnsw withMinRows(int minRows) {
        return new IndexingHnsw(minRows, opclass, m, efConstruction, createWhenQueueEmpty);
    }

    /** A copy with another operator class. */
    public IndexingHnsw withOpclass(HnswOpclass opclass) {
        return new IndexingHnsw(minRows, opclass, m, efConstruction, createWhenQueueEmpty);
    }

    /** A copy with another {@code m} (null for pgvector's default 16). */
    public IndexingHnsw withM(Integer m) {
        return new IndexingHnsw(minRows, opclass, m, efConstruction, createWhenQueueEmpty);
    }

    /** A copy with another {@code ef_construction} (null for pgvector's default 64). */
    public IndexingHnsw withEfConstruction(Integer efConstruction) {
        return new IndexingHnsw(minRows, opclass, m, efConstruction, createWhenQueueEmpty);
    }

    /** A copy that does (or does not) wait for an empty queue. */
    public IndexingHnsw withCreateWhenQueueEmpty(boolean createWhenQueueEmpty) {
        return new IndexingHnsw(minRows, opclass, m, efConstruction, createWhenQueueEmpty);
    }
}
