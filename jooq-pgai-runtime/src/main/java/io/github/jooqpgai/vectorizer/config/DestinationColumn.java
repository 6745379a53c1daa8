package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.destination_column}: pgai adds a {@code vector(dimensions)} column to the source table.
 * Requires {@code chunking => ai.chunking_none()}.
 *
 * <pre>{@code
 * DestinationColumn d = Destination.column("content_embedding");
 * }</pre>
 *
 * @param embeddingColumn the column pgai adds
 */
public record DestinationColumn(String embeddingColumn) implements Destination {

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a missing, empty or over-long name */
    public DestinationColumn {
        ConfigChecks.requiredIdentifier("embedding_column", embeddingColumn);
    }
}
