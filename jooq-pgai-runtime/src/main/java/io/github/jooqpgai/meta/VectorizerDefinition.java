package io.github.jooqpgai.meta;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Table;

/**
 * What the code generator knew about one pgai vectorizer: the constants of a generated {@code Vectorizers}
 * class are instances of this record.
 *
 * <pre>{@code
 * VectorizerDefinition v = Vectorizers.BLOG_EMBEDDING;
 * Table<?> view = v.embeddingView().orElseThrow();          // BlogEmbedding.BLOG_EMBEDDING
 * dsl.selectFrom(view).orderBy(v.searchMetric().distance(...)).limit(5);
 * int dims = v.dimensions();                                 // 768
 * }</pre>
 *
 * @param name        the vectorizer's name in {@code ai.vectorizer}
 * @param source      the source table
 * @param destination where the embeddings are: an embedding view or a column of the source
 * @param dimensions  the embedding's dimensions
 * @param embedding   the embedding implementation and model
 * @param indexMetric the distance metric of the vectorizer's index, if it has one
 */
public record VectorizerDefinition(
        String name,
        Table<?> source,
        VectorizerDestination destination,
        int dimensions,
        EmbeddingModel embedding,
        Optional<DistanceMetric> indexMetric) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null or {@code dimensions} is not positive
     */
    public VectorizerDefinition {
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        requireNonNull(destination, "destination");
        requireNonNull(embedding, "embedding");
        requireNonNull(indexMetric, "indexMetric");
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got " + dimensions + " for vectorizer " + name);
        }
    }

    /** The embedding view for a table destination; empty for a column destination. */
    public Optional<Table<?>> embeddingView() {
        return destination instanceof VectorizerDestination.EmbeddingView v ? Optional.of(v.view()) : Optional.empty();
    }

    /** The metric similarity search should use: the index's metric, else cosine (pgai's default opclass). */
    public DistanceMetric searchMetric() {
        return indexMetric.orElse(DistanceMetric.COSINE);
    }

    private static void requireNonNull(Object value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
    }
}
