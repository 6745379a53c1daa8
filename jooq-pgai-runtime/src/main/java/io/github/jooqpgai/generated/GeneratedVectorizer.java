package io.github.jooqpgai.generated;

import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.Embedders;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A pgai vectorizer as the code generator read it from {@code ai.vectorizer}: the constants of a generated
 * {@code Vectorizers} class. Its destination, embedding and indexing are the same config records the
 * vectorizer DSL creates vectorizers with and {@code PgaiDSLContext.vectorizer(name)} reads back, so a
 * constant's embedding and indexing equal the stored config's, and its destination does once resolved for the
 * source.
 *
 * <pre>{@code
 * GeneratedVectorizer v = Vectorizers.BLOG_EMBEDDINGS;
 * Vector q = v.queryEmbedder().embed("question");          // embedded as the worker embeds documents
 * Table<?> view = v.embeddings();                            // BlogEmbeddings.BLOG_EMBEDDINGS
 * dsl.selectFrom(view).orderBy(v.searchMetric().distance(BLOG_EMBEDDINGS.EMBEDDING, query)).limit(5);
 * v.embedding().equals(Embedding.openai("text-embedding-3-small", 768)); // as stored
 * }</pre>
 *
 * @param name        the vectorizer's name in {@code ai.vectorizer}
 * @param source      the source table
 * @param embeddings  where the embeddings are read: the embedding view of a table destination, the source
 *                    itself for a column destination (the generated table where there is one)
 * @param destination where the embeddings go, as stored but with the schemas that are the source's left out
 *                    (as {@code Destination.table()...} writes it); {@code resolvedFor(schema, table)} of a
 *                    table destination gives the stored form
 * @param embedding   the embedding config, as stored
 * @param indexing    the indexing config, as stored; {@link Indexing#defaults()} when code generation
 *                    could not read it (it warned), which searches with pgai's default metric
 */
public record GeneratedVectorizer(String name, Table<?> source, Table<?> embeddings, Destination destination, Embedding embedding,
        Indexing indexing) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public GeneratedVectorizer {
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        requireNonNull(embeddings, "embeddings");
        requireNonNull(destination, "destination");
        requireNonNull(embedding, "embedding");
        requireNonNull(indexing, "indexing");
    }

    /** The embedding's dimensions. */
    public int dimensions() {
        return embedding.dimensions();
    }

    /**
     * The query embedder for this vectorizer's embedding config ({@link Embedders#forQueries(Embedding)}): the same
     * provider, model and dimensions the pgai worker uses, its API key from the environment variable named by the
     * config's {@code api_key_name}, as the worker reads it. Shared per config, so cheap to call per search.
     *
     * @throws UnsupportedOperationException for a LiteLLM embedding (pass your own {@link Embedder} instead)
     */
    public Embedder queryEmbedder() {
        return Embedders.forQueries(embedding);
    }

    /** The embedding view of a table destination ({@link #embeddings()}); empty for a column destination. */
    public Optional<Table<?>> embeddingView() {
        return destination instanceof DestinationTable ? Optional.of(embeddings) : Optional.empty();
    }

    /** The source's embedding column of a column destination; empty for a table destination. */
    public Optional<Field<?>> embeddingColumn() {
        if (!(destination instanceof DestinationColumn column)) {
            return Optional.empty();
        }
        Field<?> generated = embeddings.field(column.embeddingColumn());
        return Optional.of(generated != null ? generated : DSL.field(embeddings.getQualifiedName().append(column.embeddingColumn())));
    }

    /** The metric similarity search should use: an hnsw index's opclass metric, else cosine (pgai's default opclass, and diskann's). */
    public DistanceMetric searchMetric() {
        if (indexing instanceof IndexingHnsw hnsw && hnsw.opclass() != null) {
            return DistanceMetric.findByOpclass(hnsw.opclass().sql()).orElse(DistanceMetric.COSINE);
        }
        return DistanceMetric.COSINE;
    }

    private static void requireNonNull(Object value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
    }
}
