package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code ai.vectorizer} as the code generator sees it: its source key and the parts of its stored config generated code uses, in the runtime's
 * config records.
 *
 * @param id               the vectorizer id
 * @param name             the vectorizer name (unique in the database)
 * @param sourceSchema     schema of the source table
 * @param sourceTable      name of the source table
 * @param sourcePk         the source's primary key columns in key order
 * @param sourcePkName     the name of the source's primary key constraint
 * @param destination      where the embeddings go, as stored
 * @param embedding        how the chunks are embedded, as stored
 * @param indexing         the stored indexing, or {@link Indexing#defaults()} when it could not be read
 */
record CatalogVectorizer(
        int id,
        String name,
        String sourceSchema,
        String sourceTable,
        List<String> sourcePk,
        String sourcePkName,
        Destination destination,
        Embedding embedding,
        Indexing indexing) {

    CatalogVectorizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceSchema, "sourceSchema");
        Objects.requireNonNull(sourceTable, "sourceTable");
        sourcePk = List.copyOf(sourcePk);
        Objects.requireNonNull(sourcePkName, "sourcePkName");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(indexing, "indexing");
    }

    /** The table destination (store and view), if the embeddings go to one. */
    Optional<DestinationTable> tableDestination() {
        return destination instanceof DestinationTable t ? Optional.of(t) : Optional.empty();
    }

    /** The pgvector operator class of the vectorizer's index, if it indexes (diskann indexes with cosine). */
    Optional<String> indexOpclass() {
        if (indexing instanceof IndexingHnsw hnsw && hnsw.opclass() != null) {
            return Optional.of(hnsw.opclass().sql());
        }
        return indexing instanceof IndexingDiskann ? Optional.of("vector_cosine_ops") : Optional.empty();
    }
}
