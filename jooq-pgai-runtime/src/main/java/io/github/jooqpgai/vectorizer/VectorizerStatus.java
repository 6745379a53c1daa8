package io.github.jooqpgai.vectorizer;

/**
 * One row of the {@code ai.vectorizer_status} view.
 *
 * <pre>{@code
 * VectorizerStatus s = pgai.vectorizerStatus("blog_embeddings").orElseThrow();
 * s.pendingItems(); // rows waiting for the worker (capped, see ai.vectorizer_queue_pending)
 * }</pre>
 *
 * @param id the vectorizer id
 * @param name the name
 * @param sourceTable the quoted, qualified source table
 * @param targetTable the quoted, qualified store table, or null for a column destination
 * @param view the quoted, qualified view, or null for a column destination
 * @param embeddingColumn the embedding column
 * @param pendingItems queued rows (null without select privilege on the queue)
 * @param disabled whether the schedule is disabled
 */
public record VectorizerStatus(int id, String name, String sourceTable, String targetTable, String view, String embeddingColumn,
        Long pendingItems, boolean disabled) {
}
