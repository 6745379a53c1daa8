package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.VectorizerConfig;

/**
 * One row of {@code ai.vectorizer}, with its config parsed into the Java config types.
 *
 * <pre>{@code
 * VectorizerInfo info = pgai.vectorizer("blog_embeddings").orElseThrow();
 * info.config().chunking(); // ChunkingCharacterTextSplitter[chunkSize=800, ...]
 * }</pre>
 *
 * @param id the vectorizer id
 * @param name the unique name
 * @param sourceSchema the source table's schema
 * @param sourceTable the source table
 * @param queueSchema the queue's schema
 * @param queueTable the queue table
 * @param disabled whether the schedule is disabled
 * @param config the stored configuration
 */
public record VectorizerInfo(int id, String name, String sourceSchema, String sourceTable, String queueSchema, String queueTable,
        boolean disabled, VectorizerConfig config) {
}
