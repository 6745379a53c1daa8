package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.indexing_diskann}: a pgvectorscale StreamingDiskANN index on the store's embedding column.
 *
 * <pre>{@code
 * IndexingDiskann i = Indexing.diskann().withStorageLayout(DiskannStorageLayout.MEMORY_OPTIMIZED).withNumNeighbors(50);
 * }</pre>
 *
 * @param minRows the row count that triggers index creation (>= 0, default 100000)
 * @param storageLayout memory_optimized or plain, or null for pgvectorscale's default
 * @param numNeighbors {@code num_neighbors} (> 0) or null
 * @param searchListSize {@code search_list_size} (> 0) or null
 * @param maxAlpha {@code max_alpha} (finite, > 0) or null
 * @param numDimensions {@code num_dimensions} (>= 0) or null
 * @param numBitsPerDimension {@code num_bits_per_dimension} (> 0) or null
 * @param createWhenQueueEmpty only create the index once the queue is empty (default true)
 */
public record IndexingDiskann(int minRows, DiskannStorageLayout storageLayout, Integer numNeighbors, Integer searchListSize,
        Double maxAlpha, Integer numDimensions, Integer numBitsPerDimension, boolean createWhenQueueEmpty) implements Indexing {

    /** @throws InvalidVectorizerConfigException for out-of-range values */
    public IndexingDiskann {
        ConfigChecks.range("min_rows", minRows, 0, Integer.MAX_VALUE, "");
        ConfigChecks.optionalRange("num_neighbors", numNeighbors, 1, Integer.MAX_VALUE, "");
        ConfigChecks.optionalRange("search_list_size", searchListSize, 1, Integer.MAX_VALUE, "");
        ConfigChecks.optionalRange("num_dimensions", numDimensions, 0, PgaiLimits.MAX_DIMENSIONS, "");
        ConfigChecks.optionalRange("num_bits_per_dimension", numBitsPerDimension, 1, 32, "");
        if (maxAlpha != null && (!Double.isFinite(maxAlpha) || maxAlpha <= 0)) {
            throw new InvalidVectorizerConfigException("max_alpha", maxAlpha, "must be a finite number greater than 0");
        }
    }

    /** A copy with another row threshold. */
    public IndexingDiskann withMinRows(int minRows) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another storage layout (null for the default). */
    public IndexingDiskann withStorageLayout(DiskannStorageLayout storageLayout) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another {@code num_neighbors}. */
    public IndexingDiskann withNumNeighbors(Integer numNeighbors) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another {@code search_list_size}. */
    public IndexingDiskann withSearchListSize(Integer searchListSize) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another {@code max_alpha}. */
    public IndexingDiskann withMaxAlpha(Double maxAlpha) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another {@code num_dimensions}. */
    public IndexingDiskann withNumDimensions(Integer numDimensions) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy with another {@code num_bits_per_dimension}. */
    public IndexingDiskann withNumBitsPerDimension(Integer numBitsPerDimension) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }

    /** A copy that does (or does not) wait for an empty queue. */
    public IndexingDiskann withCreateWhenQueueEmpty(boolean createWhenQueueEmpty) {
        return new IndexingDiskann(minRows, storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions, numBitsPerDimension, createWhenQueueEmpty);
    }
}
