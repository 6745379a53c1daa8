package io.github.jooqpgai.codegen;

import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.generated.SearchHit;
import io.github.jooqpgai.generated.TextSearch;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
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
 *       and {@code nearestBy<Metric>(select, query, k)}, e.g. {@code l2DistanceTo} and {@code nearestByL2};</li>
 *   <li>for a {@code vector} embedding, search by text with the primary metric: {@code search(dsl, [embedder,] text, k)}
 *       (typed records with their distance) and {@code nearestTo(select, [embedder,] text, k)} (a composable select),
 *       by default with the vectorizer's query embedder from its {@code Vectorizers} constant.</li>
 * </ul>
 * The Javadoc of each names the index that serves it, or says there is none and how to create one.
 */
final class EmbeddingViewHelperWriter {

    private final PgaiDatabase database;
    private final GeneratorStrategy strategy;
    private final JavaWriter out;

    private final String vectorizersClass;

    /** {@code vectorizersClass}: the fully qualified name of the schema's {@code Vectorizers} class. */
    EmbeddingViewHelperWriter(PgaiDatabase database, GeneratorStrategy strategy, JavaWriter out, String vectorizersClass) {
        this.database = database;
        this.strategy = strategy;
        this.out = out;
        this.vectorizersClass = vectorizersClass;
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
        if (helpers.kind == VectorKind.VECTOR) {
            helpers.writeTextSearch(strategy.getFullJavaClassName(view, org.jooq.codegen.GeneratorStrategy.Mode.RECORD));
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

        /** {@code search(...)} and {@code nearestTo(...)} by text, with and without an explicit embedder. */
        void writeTextSearch(String recordClass) {
            DistanceMetric metric = metrics.primary();
            String metricRef = out.ref(DistanceMetric.class) + "." + metric.name();
            String textSearch = out.ref(TextSearch.class);
            String embedder = out.ref(Embedder.class);
            String hits = out.ref(List.class) + "<" + out.ref(SearchHit.class) + "<" + out.ref(recordClass) + ">>";
            String defaultEmbedder = out.ref(vectorizersClass) + "." + VectorizersClassWriter.constantName(vectorizer) + ".queryEmbedder()";
            String vectorizerName = JavaLiterals.javadocCode(vectorizer.name());
            String select = JavaLiterals.javadocCode("ORDER BY " + column + " " + metric.operator() + " ? LIMIT k");

            out.javadoc("The {@code k} chunks nearest to {@code text} by %s distance (vectorizer %s), nearest first, each with its "
                    + "distance: embeds {@code text} once with {@code embedder}, then %s. %s The embedder must be the vectorizer's "
                    + "model: its %s-dimensional vector is checked. A null or empty text, or a {@code k} below 1, is rejected with an "
                    + "{@link IllegalArgumentException} before the text is embedded.", displayName(metric), vectorizerName, select,
                    indexSentence(metric), vectorizer.embedding().dimensions());
            out.println("public %s search(%s dsl, %s embedder, %s text, int k) {", hits, out.ref(DSLContext.class), embedder, out.ref(String.class));
            out.println("return %s.search(dsl, this, %s, %s, embedder, text, k);", textSearch, field, metricRef);
            out.println("}");

            out.javadoc("{@link #search(DSLContext, Embedder, String, int)} with the vectorizer's own query embedder (%s embeddings, %s): "
                    + "the model the pgai worker embeds the documents with, its API key from the environment variable the config names.",
                    JavaLiterals.javadocHtml(vectorizer.embedding().implementation()), JavaLiterals.javadocCode(vectorizer.embedding().model()));
            out.println("public %s search(%s dsl, %s text, int k) {", hits, out.ref(DSLContext.class), out.ref(String.class));
            out.println("return search(dsl, %s, text, k);", defaultEmbedder);
            out.println("}");

            out.javadoc("The {@code k} rows of {@code select} nearest to {@code text} by %s distance (vectorizer %s): embeds "
                    + "{@code text} once with {@code embedder}, then %s. Filters and joins in {@code select} compose, e.g. on a source "
                    + "column through the path to the source table. Arguments are checked as in {@link #search(DSLContext, Embedder, String, int)}.",
                    displayName(metric), vectorizerName, select);
            out.println("public <R extends %s> %s<R> nearestTo(%s<R> select, %s embedder, %s text, int k) {",
                    out.ref(Record.class), out.ref(SelectLimitPercentStep.class), out.ref(SelectOrderByStep.class), embedder, out.ref(String.class));
            out.println("return %s.nearestTo(select, %s, %s, embedder, text, k);", textSearch, field, metricRef);
            out.println("}");

            out.javadoc("{@link #nearestTo(SelectOrderByStep, Embedder, String, int)} with the vectorizer's own query embedder.");
            out.println("public <R extends %s> %s<R> nearestTo(%s<R> select, %s text, int k) {",
                    out.ref(Record.class), out.ref(SelectLimitPercentStep.class), out.ref(SelectOrderByStep.class), out.ref(String.class));
            out.println("return nearestTo(select, %s, text, k);", defaultEmbedder);
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
