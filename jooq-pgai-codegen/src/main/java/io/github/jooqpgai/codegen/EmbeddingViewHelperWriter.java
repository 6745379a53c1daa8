package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vector.DistanceMetric;
import io.github.jooqpgai.vector.VectorDSL;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SelectOrderByStep;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.codegen.JavaWriter;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Writes the similarity-search helpers of an embedding view table class: {@code distanceTo(query)} and
 * {@code nearest(select, query, k)}, both with the vectorizer's metric, on the view's {@code embedding} field
 * (whose binding carries the vectorizer's dimensions, so a query of another size is rejected before SQL runs).
 */
final class EmbeddingViewHelperWriter {

    private static final String EMBEDDING_COLUMN = "embedding";

    private final PgaiDatabase database;
    private final GeneratorStrategy strategy;
    private final JavaWriter out;

    EmbeddingViewHelperWriter(PgaiDatabase database, GeneratorStrategy strategy, JavaWriter out) {
        this.database = database;
        this.strategy = strategy;
        this.out = out;
    }

    void write(TableDefinition view, PgaiVectorizer v) {
        ColumnDefinition embedding = view.getColumn(EMBEDDING_COLUMN);
        Optional<VectorColumn> vectorColumn = embedding == null ? Optional.empty() : database.vectorColumn(embedding);
        if (vectorColumn.isEmpty() || !database.settings().mapVectorTypes()) {
            return;
        }
        DistanceMetric metric = v.indexOpclass().flatMap(DistanceMetric::findByOpclass).orElse(DistanceMetric.COSINE);
        String metricWhy = v.indexOpclass().isPresent() ? "the metric of its index" : "pgai's default; the vectorizer has no index";
        String vectorType = out.ref(vectorColumn.get().kind().javaType());
        String field = strategy.getJavaIdentifier(embedding);
        String metricRef = out.ref(DistanceMetric.class) + "." + metric.name();
        String name = JavaLiterals.javadocCode(v.name());
        int dims = v.embedding().dimensions();

        out.javadoc("The %s distance between {@link #%s} and {@code query}, the search metric of vectorizer %s (%s). "
                + "A query that is not %s-dimensional is rejected with an {@link IllegalArgumentException}.",
                metric.name().toLowerCase(java.util.Locale.ROOT), field, name, metricWhy, dims);
        out.println("public %s<%s> distanceTo(%s query) {", out.ref(Field.class), out.ref(Double.class), vectorType);
        out.println("return %s.distance(%s, query);", metricRef, field);
        out.println("}");

        out.javadoc("The {@code k} rows of {@code select} nearest to {@code query} by the search metric of vectorizer %s: "
                + "%s, the form its index serves. Filter in {@code select}, e.g. on a source column "
                + "through the path to the source table. A query that is not %s-dimensional, or a {@code k} below 1, is rejected "
                + "with an {@link IllegalArgumentException}.", name,
                JavaLiterals.javadocCode("ORDER BY " + embedding.getName() + " " + metric.operator() + " ? LIMIT k"), dims);
        out.println("public <R extends %s> %s<R> nearest(%s<R> select, %s query, int k) {",
                out.ref(Record.class), out.ref(SelectLimitPercentStep.class), out.ref(SelectOrderByStep.class), vectorType);
        out.println("return %s.nearestNeighbours(select, %s, %s, query, k);", out.ref(VectorDSL.class), field, metricRef);
        out.println("}");
    }
}
