package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SelectOrderByStep;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.codegen.JavaWriter;
import org.jooq.impl.DSL;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Writes the similarity-search helpers of an embedding view table class, on the view's {@code embedding} field
 * (whose binding carries the vectorizer's dimensions, so a query of another size is rejected before SQL runs):
 * <ul>
 *   <li>{@code distanceTo(query)} and {@code nearest(select, query, k)} with the primary metric of
 *       {@link SearchMetrics};</li>
 *   <li>for every metric an index on the store table's {@code embedding} serves, {@code <metric>DistanceTo(query)}
 *       and {@code nearestBy<Metric>(select, query, k)}, e.g. {@code l2DistanceTo} and {@code nearestByL2}.</li>
 * </ul>
 * The Javadoc of each names the index that serves it, or says there is none and how to create one.
 */
final class EmbeddingViewHelperWriter {

    private final PgaiDatabase database;
    private final GeneratorStrategy strategy;
    private final JavaWriter out;

    EmbeddingViewHelperWriter(PgaiDatabase database, GeneratorStrategy strategy, JavaWriter out) {
        this.database = database;
        this.strategy = strategy;
        this.out = out;
    }

    void write(TableDefinition view, CatalogVectorizer v) {
        ColumnDefinition embedding = view.getColumn(PgaiDatabase.EMBEDDING_COLUMN);
        Optional<VectorColumn> vectorColumn = embedding == null ? Optional.empty() : database.vectorColumn(embedding);
        if (vectorColumn.isEmpty() || !database.settings().mapVectorTypes()
                || !(v.destination() instanceof DestinationTable store)) {
            return;
        }
        Helpers helpers = new Helpers(v, store, database.searchMetrics(v), vectorColumn.get().kind(),
                strategy.getJavaIdentifier(embedding), embedding.getName(), view.getSchema().getOutputName());
        helpers.write("distanceTo", "nearest", helpers.metrics.primary());
        for (DistanceMetric metric : helpers.metrics.indexedMetrics()) {
            helpers.write(methodPrefix(metric) + "DistanceTo", "nearestBy" + methodSuffix(metric), metric);
        }
    }

    /** {@code l2}, {@code cosine}, {@code innerProduct}, {@code l1}: as in pgvector's {@code l2_distance}, .... */
    private static String methodPrefix(DistanceMetric metric) {
        String suffix = methodSuffix(metric);
        return Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
    }

    /** {@code L2}, {@code Cosine}, {@code InnerProduct}, {@code L1}. */
    private static String methodSuffix(DistanceMetric metric) {
        return switch (metric) {
            case L2 -> "L2";
            case COSINE -> "Cosine";
            case INNER_PRODUCT -> "InnerProduct";
            case L1 -> "L1";
        };
    }

    private static String displayName(DistanceMetric metric) {
        return switch (metric) {
            case L2 -> "L2";
            case COSINE -> "cosine";
            case INNER_PRODUCT -> "negative inner product";
            case L1 -> "L1";
        };
    }

    /** The helpers of one view; {@link #write} writes one pair. */
    private final class Helpers {

        private final CatalogVectorizer vectorizer;
        private final DestinationTable store;
        private final SearchMetrics metrics;
        private final VectorKind kind;
        private final String field;
        private final String column;
        private final String storeSchema;

        /** {@code viewOutputSchema}: the view's schema as configured {@code <outputSchema>} maps it. */
        Helpers(CatalogVectorizer vectorizer, DestinationTable store, SearchMetrics metrics, VectorKind kind,
                String field, String column, String viewOutputSchema) {
            this.vectorizer = vectorizer;
            this.store = store;
            this.metrics = metrics;
            this.kind = kind;
            this.field = field;
            this.column = column;
            this.storeSchema = store.targetSchema().equals(store.viewSchema()) ? viewOutputSchema : store.targetSchema();
        }

        void write(String distanceMethod, String nearestMethod, DistanceMetric metric) {
            String vectorType = out.ref(kind.javaType());
            String metricRef = out.ref(DistanceMetric.class) + "." + metric.name();
            int dims = vectorizer.embedding().dimensions();
            String index = indexSentence(metric);

            out.javadoc("The %s distance between {@link #%s} and {@code query} (vectorizer %s). %s "
                    + "A query that is not %s-dimensional is rejected with an {@link IllegalArgumentException}.",
                    displayName(metric), field, JavaLiterals.javadocCode(vectorizer.name()), index, dims);
            out.println("public %s<%s> %s(%s query) {", out.ref(Field.class), out.ref(Double.class), distanceMethod, vectorType);
            out.println("return %s.distance(%s, query);", metricRef, field);
            out.println("}");

            out.javadoc("The {@code k} rows of {@code select} nearest to {@code query} by %s distance (vectorizer %s): %s. %s "
                    + "Filter in {@code select}, e.g. on a source column through the path to the source table. A query "
                    + "that is not %s-dimensional, or a {@code k} below 1, is rejected with an {@link IllegalArgumentException}.",
                    displayName(metric), JavaLiterals.javadocCode(vectorizer.name()),
                    JavaLiterals.javadocCode("ORDER BY " + column + " " + metric.operator() + " ? LIMIT k"), index, dims);
            out.println("public <R extends %s> %s<R> %s(%s<R> select, %s query, int k) {",
                    out.ref(Record.class), out.ref(SelectLimitPercentStep.class), nearestMethod, out.ref(SelectOrderByStep.class), vectorType);
            out.println("return %s.nearestNeighbours(select, %s, %s, query, k);", out.ref(VectorDSL.class), field, metricRef);
            out.println("}");
        }

        private String indexSentence(DistanceMetric metric) {
            String table = sql(DSL.name(storeSchema, store.targetTable()));
            String storeColumn = table + " (" + sql(DSL.name(PgaiDatabase.EMBEDDING_COLUMN)) + ")";
            List<VectorIndex> indexes = metrics.indexesFor(metric);
            if (indexes.isEmpty()) {
                String create = "CREATE INDEX ON " + table + " USING hnsw (" + sql(DSL.name(PgaiDatabase.EMBEDDING_COLUMN)) + " "
                        + metric.opclass(kind.sqlType()) + ")";
                return "No index on " + JavaLiterals.javadocCode(storeColumn) + " served a metric when this code was generated, "
                        + "so this is the vectorizer's configured metric (" + (vectorizer.indexOpclass().isPresent() ? "its indexing opclass" : "pgai's default")
                        + ") and the query is a sequential scan. Create an index with " + JavaLiterals.javadocCode(create) + " and regenerate.";
            }
            return "Served by " + (indexes.size() == 1 ? "index " : "indexes ") + indexes.stream()
                    .map(i -> JavaLiterals.javadocCode(i.name()) + " (" + i.accessMethod() + ", " + i.opclass() + ")")
                    .collect(Collectors.joining(", ")) + " on " + JavaLiterals.javadocCode(storeColumn) + ".";
        }
    }

    private static String sql(Name name) {
        return DSL.using(SQLDialect.POSTGRES).render(name);
    }
}
