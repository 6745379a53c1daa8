package io.github.jooqpgai.generated;

import io.github.jooqpgai.bindings.PgvectorBinaryReceive;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.types.Vector;
import java.util.OptionalInt;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SelectOrderByStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Search by text, behind the {@code search(...)} and {@code nearestTo(...)} methods generated on embedding views:
 * embeds the text once with an {@link Embedder}, then runs the k-nearest-neighbour query an index serves
 * ({@code ORDER BY embedding <op> ? LIMIT k}, through {@link VectorDSL#nearestNeighbours}). Arguments are checked
 * before the text is embedded, and the embedder's vector against the column's dimensions before SQL runs.
 *
 * <pre>{@code
 * // generated: BLOG_EMBEDDING.search(dsl, "question", 5) calls
 * TextSearch.search(dsl, BLOG_EMBEDDING, BLOG_EMBEDDING.EMBEDDING, DistanceMetric.COSINE, embedder, "question", 5);
 * }</pre>
 */
public final class TextSearch {

    /** The name of the distance column {@link #search} selects. */
    public static final String DISTANCE = "distance";

    private TextSearch() {
    }

    /**
     * The {@code k} rows of {@code view} nearest to {@code text}, nearest first, each with its distance. The query
     * receives pgvector's columns in binary on any {@code dsl}, also a plain {@code DSL.using(...)} one: it runs on
     * {@code PgvectorBinaryReceive.enable(dsl.configuration())} (the configuration itself when it has the listener).
     *
     * @throws IllegalArgumentException for a null argument, an empty text, a {@code k} below 1, or an embedder
     *                                  returning a vector of another size than the column's
     * @throws io.github.jooqpgai.embedding.EmbeddingException when the text cannot be embedded
     */
    public static <R extends Record> List<SearchHit<R>> search(DSLContext dsl, Table<R> view, Field<Vector> embedding,
            DistanceMetric metric, Embedder embedder, String text, int k) {
        require(dsl, "dsl");
        require(view, "view");
        Vector query = embed(embedding, metric, embedder, text, k);
        Field<Double> distance = metric.distance(embedding, query).as(DISTANCE);
        SelectOrderByStep<Record> select = DSL.using(PgvectorBinaryReceive.enable(dsl.configuration()))
                .select(view.fields()).select(distance).from(view);
        return VectorDSL.nearestNeighbours(select, embedding, metric, query, k).fetch()
                .map(r -> new SearchHit<>(r.into(view), r.get(distance)));
    }

    /**
     * {@code select} ordered by the distance of {@code embedding} to {@code text}'s embedding and limited to {@code k}
     * rows: filters and joins in {@code select} (e.g. on source columns through the path) compose. The query stays
     * attached to {@code select}'s context and follows it: binary receive of pgvector's columns with a
     * {@code PgaiDSL.using(...)} context, text with a plain {@code DSL.using(...)} one.
     *
     * @throws IllegalArgumentException for a null argument, an empty text, a {@code k} below 1, or an embedder
     *                                  returning a vector of another size than the column's
     * @throws io.github.jooqpgai.embedding.EmbeddingException when the text cannot be embedded
     */
    public static <R extends Record> SelectLimitPercentStep<R> nearestTo(SelectOrderByStep<R> select, Field<Vector> embedding,
            DistanceMetric metric, Embedder embedder, String text, int k) {
        require(select, "select");
        return VectorDSL.nearestNeighbours(select, embedding, metric, embed(embedding, metric, embedder, text, k), k);
    }

    private static Vector embed(Field<Vector> embedding, DistanceMetric metric, Embedder embedder, String text, int k) {
        require(embedding, "embedding");
        require(metric, "metric");
        require(embedder, "embedder");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text must not be " + (text == null ? "null" : "empty"));
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Vector query = embedder.embed(text);
        if (query == null) {
            throw new IllegalArgumentException("embedder " + embedder + " returned null for the search text");
        }
        OptionalInt dimensions = VectorDSL.dimensionOf(embedding);
        if (dimensions.isPresent() && dimensions.getAsInt() != query.dimensions()) {
            throw new IllegalArgumentException("embedder " + embedder + " returned a " + query.dimensions() + "-dimensional vector, but "
                    + embedding.getName() + " is vector(" + dimensions.getAsInt() + "); use the vectorizer's model (its queryEmbedder())");
        }
        return query;
    }

    private static void require(Object value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
    }
}
