package io.github.jooqpgai.codegen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code ai.vectorizer} as the code generator sees it: where the vectorizer reads from, where it
 * writes to, which objects pgai manages for it and how it embeds.
 *
 * <pre>{@code
 * PgaiDatabase db = ...;
 * for (PgaiVectorizer v : db.vectorizers()) {
 *     if (v.destination() instanceof PgaiVectorizer.TableDestination t) {
 *         System.out.println(v.name() + " -> " + t.viewSchema() + "." + t.viewName());
 *     }
 * }
 * }</pre>
 *
 * @param id             the vectorizer id
 * @param name           the vectorizer name (unique in the database)
 * @param sourceSchema   schema of the source table
 * @param sourceTable    name of the source table
 * @param sourcePk       the source's primary key columns in key order
 * @param sourcePkName   the name of the source's primary key constraint
 * @param queueSchema    schema of the queue tables and the trigger function
 * @param queueTable     the queue table
 * @param failedQueueTable the failed-queue table
 * @param triggerName    name of the source triggers and of the trigger function
 * @param destination    where the embeddings go
 * @param embedding      how the chunks are embedded
 * @param indexOpclass   the pgvector operator class of the vectorizer's index, if it indexes
 */
public record PgaiVectorizer(
        int id,
        String name,
        String sourceSchema,
        String sourceTable,
        List<String> sourcePk,
        String sourcePkName,
        String queueSchema,
        String queueTable,
        String failedQueueTable,
        String triggerName,
        Destination destination,
        Embedding embedding,
        Optional<String> indexOpclass) {

    /** Validates and copies. */
    public PgaiVectorizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceSchema, "sourceSchema");
        Objects.requireNonNull(sourceTable, "sourceTable");
        sourcePk = List.copyOf(sourcePk);
        Objects.requireNonNull(sourcePkName, "sourcePkName");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(indexOpclass, "indexOpclass");
    }

    /**
     * Where a vectorizer stores its embeddings.
     *
     * <pre>{@code
     * if (vectorizer.destination() instanceof PgaiVectorizer.TableDestination t) {
     *     System.out.println(t.viewName());
     * }
     * }</pre>
     */
    public sealed interface Destination permits TableDestination, ColumnDestination {
    }

    /**
     * A store table plus a view joining the chunks back to the source.
     *
     * <pre>{@code
     * new PgaiVectorizer.TableDestination("public", "blog_embedding_store", "public", "blog_embedding");
     * }</pre>
     *
     * @param targetSchema schema of the store table
     * @param targetTable  the store table
     * @param viewSchema   schema of the embedding view
     * @param viewName     the embedding view
     */
    public record TableDestination(String targetSchema, String targetTable, String viewSchema, String viewName)
            implements Destination {

        /** Validates. */
        public TableDestination {
            Objects.requireNonNull(targetSchema, "targetSchema");
            Objects.requireNonNull(targetTable, "targetTable");
            Objects.requireNonNull(viewSchema, "viewSchema");
            Objects.requireNonNull(viewName, "viewName");
        }
    }

    /**
     * An embedding column added to the source table (no store, no view).
     *
     * <pre>{@code
     * new PgaiVectorizer.ColumnDestination("embedding");
     * }</pre>
     *
     * @param embeddingColumn the column on the source table
     */
    public record ColumnDestination(String embeddingColumn) implements Destination {

        /** Validates. */
        public ColumnDestination {
            Objects.requireNonNull(embeddingColumn, "embeddingColumn");
        }
    }

    /**
     * The embedding configuration that matters to generated code.
     *
     * <pre>{@code
     * new PgaiVectorizer.Embedding("openai", "text-embedding-3-small", 768);
     * }</pre>
     *
     * @param implementation pgai's embedding implementation ({@code openai}, {@code ollama}, ...)
     * @param model          the model name
     * @param dimensions     the embedding's dimensions
     */
    public record Embedding(String implementation, String model, int dimensions) {

        /** Validates. */
        public Embedding {
            Objects.requireNonNull(implementation, "implementation");
            Objects.requireNonNull(model, "model");
            if (dimensions < 1) {
                throw new IllegalArgumentException("dimensions must be positive, got " + dimensions);
            }
        }
    }
}
