package io.github.jooqpgai.vectorizer.config;

import org.jooq.Field;

/**
 * Where the embeddings go ({@code destination => ...}): a separate store table plus a view (default),
 * or a {@code vector} column added to the source table (needs {@link Chunking#none()}).
 *
 * <pre>{@code
 * Destination.table().withDestination("blog_embeddings");
 * Destination.table().withTargetTable("blog_store").withViewName("blog_view");
 * Destination.column("embedding_vec");
 * }</pre>
 */
public sealed interface Destination extends VectorizerConfigPart permits DestinationTable, DestinationColumn {

    /** {@code ai.destination_table()}: names derived from the source table. */
    static DestinationTable table() {
        return new DestinationTable(null, null, null, null, null);
    }

    /** {@code ai.destination_table(destination => base)}: store {@code <base>_store}, view {@code <base>}. */
    static DestinationTable table(String destination) {
        return table().withDestination(destination);
    }

    /** {@code ai.destination_column(embedding_column => name)}. */
    static DestinationColumn column(String embeddingColumn) {
        return new DestinationColumn(embeddingColumn);
    }

    /** {@code ai.destination_column(embedding_column => field's name)}. */
    static DestinationColumn column(Field<?> embeddingColumn) {
        return column(embeddingColumn.getName());
    }
}
