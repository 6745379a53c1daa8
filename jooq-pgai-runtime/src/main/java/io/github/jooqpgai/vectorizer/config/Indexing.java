package io.github.jooqpgai.vectorizer.config;

/**
 * The vector index pgai creates on the store once it has enough rows ({@code indexing => ...}).
 * {@code default} is resolved by pgai at create time from the GUC {@code ai.indexing_default} (without
 * it: none). Automatic indexing needs scheduling (TimescaleDB).
 *
 * <pre>{@code
 * Indexing.none();
 * Indexing.hnsw().withOpclass(HnswOpclass.VECTOR_IP_OPS).withM(16).withEfConstruction(64);
 * Indexing.diskann().withStorageLayout(DiskannStorageLayout.PLAIN);
 * }</pre>
 */
public sealed interface Indexing extends VectorizerConfigPart permits Indexing.None, Indexing.Default, IndexingDiskann, IndexingHnsw {

    /** pgai's default {@code min_rows}. */
    int DEFAULT_MIN_ROWS = 100_000;

    /** {@code ai.indexing_none()}. */
    static None none() {
        return new None();
    }

    /** {@code ai.indexing_default()} (pgai's default; stored resolved). */
    static Default defaults() {
        return new Default();
    }

    /** {@code ai.indexing_hnsw()} with pgai's defaults (min_rows 100000, vector_cosine_ops). */
    static IndexingHnsw hnsw() {
        return new IndexingHnsw(DEFAULT_MIN_ROWS, HnswOpclass.VECTOR_COSINE_OPS, null, null, true);
    }

    /** {@code ai.indexing_diskann()} with pgai's defaults (min_rows 100000); needs pgvectorscale. */
    static IndexingDiskann diskann() {
        return new IndexingDiskann(DEFAULT_MIN_ROWS, null, null, null, null, null, null, true);
    }

    /** {@code ai.indexing_none()}. */
    record None() implements Indexing {
    }

    /** {@code ai.indexing_default()}. */
    record Default() implements Indexing {
    }
}
