package io.github.jooqpgai.similarity;

import io.github.jooqpgai.bindings.DimensionAware;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.types.VectorValue;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.AggregateFunction;
import org.jooq.Binding;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.RowCountQuery;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SelectOrderByStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Type-safe pgvector expressions for jOOQ, named like hibernate-vector (bit strings: Hamming and
 * Jaccard distance, {@code binary_quantize}). Distances use the operator
 * form ({@code embedding <=> ?::real[]::vector}) so that {@code ORDER BY … LIMIT k} can be served by an HNSW or
 * IVFFlat index. When a field's dimension is known (a {@code vector(n)} data type), a query vector of
 * another dimension fails here, before the database. When a field's type names pgvector's schema
 * ({@code VectorTypes.vector("extensions", n)}), operators render {@code OPERATOR("extensions".<=>)} and
 * pgvector's functions {@code "extensions".vector_dims(...)}, so they work off the search path.
 *
 * <pre>{@code
 * import static io.github.jooqpgai.similarity.VectorDSL.*;
 *
 * Vector q = Vector.of(0.1f, 0.2f, 0.3f);
 * dsl.select(ITEMS.ID, cosineDistance(ITEMS.EMBEDDING, q).as("distance"))
 *    .from(ITEMS)
 *    .where(ITEMS.CATEGORY.eq("news"))
 *    .orderBy(cosineDistance(ITEMS.EMBEDDING, q))
 *    .limit(10)
 *    .fetch();
 * // or: nearestNeighbours(dsl.selectFrom(ITEMS).where(...), ITEMS.EMBEDDING, DistanceMetric.COSINE, q, 10)
 * }</pre>
 */
public final class VectorDSL {

    private VectorDSL() {
    }

    /** Cosine distance {@code (field <=> query)}. */
    public static <V extends VectorValue> Field<Double> cosineDistance(Field<V> field, V query) {
        return DistanceMetric.COSINE.distance(field, query);
    }

    /** Cosine distance {@code (left <=> right)}. */
    public static <V extends VectorValue> Field<Double> cosineDistance(Field<V> left, Field<V> right) {
        return DistanceMetric.COSINE.distance(left, right);
    }

    /** Euclidean distance {@code (field <-> query)}. */
    public static <V extends VectorValue> Field<Double> l2Distance(Field<V> field, V query) {
        return DistanceMetric.L2.distance(field, query);
    }

    /** Euclidean distance {@code (left <-> right)}. */
    public static <V extends VectorValue> Field<Double> l2Distance(Field<V> left, Field<V> right) {
        return DistanceMetric.L2.distance(left, right);
    }

    /** Negative inner product {@code (field <#> query)}: smaller is more similar, index-friendly. */
    public static <V extends VectorValue> Field<Double> negativeInnerProduct(Field<V> field, V query) {
        return DistanceMetric.INNER_PRODUCT.distance(field, query);
    }

    /** Negative inner product {@code (left <#> right)}. */
    public static <V extends VectorValue> Field<Double> negativeInnerProduct(Field<V> left, Field<V> right) {
        return DistanceMetric.INNER_PRODUCT.distance(left, right);
    }

    /** Inner product {@code -(field <#> query)}; order by {@link #negativeInnerProduct} to use an index. */
    public static <V extends VectorValue> Field<Double> innerProduct(Field<V> field, V query) {
        return negativeInnerProduct(field, query).neg();
    }

    /** Inner product {@code -(left <#> right)}. */
    public static <V extends VectorValue> Field<Double> innerProduct(Field<V> left, Field<V> right) {
        return negativeInnerProduct(left, right).neg();
    }

    /** Taxicab distance {@code (field <+> query)}. */
    public static <V extends VectorValue> Field<Double> l1Distance(Field<V> field, V query) {
        return DistanceMetric.L1.distance(field, query);
    }

    /** Taxicab distance {@code (left <+> right)}. */
    public static <V extends VectorValue> Field<Double> l1Distance(Field<V> left, Field<V> right) {
        return DistanceMetric.L1.distance(left, right);
    }

    /** Hamming distance {@code (field <~> query)} between bit strings. */
    public static Field<Double> hammingDistance(Field<BitVector> field, BitVector query) {
        return BitDistanceMetric.HAMMING.distance(field, query);
    }

    /** Hamming distance {@code (left <~> right)}. */
    public static Field<Double> hammingDistance(Field<BitVector> left, Field<BitVector> right) {
        return BitDistanceMetric.HAMMING.distance(left, right);
    }

    /** Jaccard distance {@code (field <%> query)} between bit strings. */
    public static Field<Double> jaccardDistance(Field<BitVector> field, BitVector query) {
        return BitDistanceMetric.JACCARD.distance(field, query);
    }

    /** Jaccard distance {@code (left <%> right)}. */
    public static Field<Double> jaccardDistance(Field<BitVector> left, Field<BitVector> right) {
        return BitDistanceMetric.JACCARD.distance(left, right);
    }

    /** {@code binary_quantize(field)}: one bit per dimension, set where the element is positive. */
    public static Field<BitVector> binaryQuantize(Field<? extends VectorValue> field) {
        requireDense(field, "binaryQuantize");
        DataType<BitVector> bits = OperatorField.pgvectorSchema(field).map(VectorTypes::bit).orElse(VectorTypes.BIT);
        return DSL.function(pgvectorFunction(field, "binary_quantize"), bits, field);
    }

    /** {@code vector_dims(field)} for {@code vector} and {@code halfvec}. */
    public static Field<Integer> vectorDims(Field<? extends VectorValue> field) {
        requireDense(field, "vectorDims");
        return DSL.function(pgvectorFunction(field, "vector_dims"), SQLDataType.INTEGER, field);
    }

    /** The Euclidean norm: {@code vector_norm(field)} for {@code vector}, {@code l2_norm(field)} otherwise. */
    public static Field<Double> vectorNorm(Field<? extends VectorValue> field) {
        requireField(field);
        String function = Vector.class.equals(field.getType()) ? "vector_norm" : "l2_norm";
        return DSL.function(pgvectorFunction(field, function), SQLDataType.DOUBLE, field);
    }

    /** {@code l2_normalize(field)}: the vector scaled to length 1. */
    public static <V extends VectorValue> Field<V> l2Normalize(Field<V> field) {
        requireField(field);
        return DSL.function(pgvectorFunction(field, "l2_normalize"), field.getDataType(), field);
    }

    /**
     * {@code subvector(field, start, count)}: {@code count} elements from the one-based {@code start}
     * ({@code vector} and {@code halfvec}).
     */
    public static <V extends VectorValue> Field<V> subvector(Field<V> field, int start, int count) {
        requireDense(field, "subvector");
        if (start < 1) {
            throw new IllegalArgumentException("start is one-based and must be at least 1, got " + start);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        OptionalInt dims = dimensionOf(field);
        if (dims.isPresent() && start - 1 + count > dims.getAsInt()) {
            throw new IllegalArgumentException("subvector(start=" + start + ", count=" + count + ") exceeds the "
                    + dims.getAsInt() + " dimensions of " + field.getName());
        }
        DataType<V> type = dims.isPresent() ? anyDimension(field) : field.getDataType();
        return DSL.function(pgvectorFunction(field, "subvector"), type, field, DSL.val(start), DSL.val(count));
    }

    /** The element-wise average aggregate {@code avg(field)} ({@code vector} and {@code halfvec}). */
    public static <V extends VectorValue> AggregateFunction<V> avg(Field<V> field) {
        requireDense(field, "avg");
        return DSL.aggregate(pgvectorFunction(field, "avg"), field.getDataType(), field);
    }

    /** The element-wise sum aggregate {@code sum(field)} ({@code vector} and {@code halfvec}). */
    public static <V extends VectorValue> AggregateFunction<V> sum(Field<V> field) {
        requireDense(field, "sum");
        return DSL.aggregate(pgvectorFunction(field, "sum"), field.getDataType(), field);
    }

    /**
     * The {@code k} nearest rows by {@code metric}: appends {@code ORDER BY field <op> ?::type LIMIT k}
     * to a select (with whatever filters it has), the form an HNSW/IVFFlat index serves.
     *
     * <pre>{@code
     * nearestNeighbours(dsl.selectFrom(ITEMS).where(ITEMS.LANG.eq("en")), ITEMS.EMBEDDING,
     *         DistanceMetric.COSINE, query, 10).fetch();
     * }</pre>
     */
    public static <R extends Record, V extends VectorValue> SelectLimitPercentStep<R> nearestNeighbours(
            SelectOrderByStep<R> select, Field<V> field, DistanceMetric metric, V query, int k) {
        requireTopK(select, metric, k);
        return select.orderBy(metric.distance(field, query)).limit(k);
    }

    /**
     * The {@code k} nearest rows by a bit distance: appends {@code ORDER BY field <op> ?::varbit LIMIT k}.
     *
     * <pre>{@code
     * nearestNeighbours(dsl.selectFrom(ITEMS), ITEMS.CODE, BitDistanceMetric.HAMMING, query, 10).fetch();
     * }</pre>
     */
    public static <R extends Record> SelectLimitPercentStep<R> nearestNeighbours(
            SelectOrderByStep<R> select, Field<BitVector> field, BitDistanceMetric metric, BitVector query, int k) {
        requireTopK(select, metric, k);
        return select.orderBy(metric.distance(field, query)).limit(k);
    }

    /**
     * {@code SET LOCAL hnsw.iterative_scan = '<mode>'}: for the rest of the current transaction, HNSW index
     * scans continue until {@code k} rows pass a filter (see {@link IterativeScan}). An unattached query: run
     * it with {@code dsl.execute(...)} inside a transaction; outside one PostgreSQL ignores {@code SET LOCAL}
     * with a warning.
     *
     * <pre>{@code
     * dsl.transaction(tx -> {
     *     tx.dsl().execute(hnswIterativeScan(IterativeScan.STRICT_ORDER));
     *     nearestNeighbours(tx.dsl().select(ITEMS.ID).from(ITEMS).where(ITEMS.LANG.eq("is")),
     *             ITEMS.EMBEDDING, DistanceMetric.COSINE, query, 10).fetch();
     * });
     * }</pre>
     */
    public static RowCountQuery hnswIterativeScan(IterativeScan mode) {
        if (mode == null) {
            throw new IllegalArgumentException("hnsw.iterative_scan mode must not be null");
        }
        return DSL.setLocal(DSL.unquotedName("hnsw", "iterative_scan"), DSL.inline(mode.setting()));
    }

    /**
     * {@code SET LOCAL hnsw.ef_search = <efSearch>}: how many candidates an HNSW index scan keeps (pgvector's
     * default 40, allowed 1 to 1000), for the rest of the current transaction.
     *
     * <pre>{@code
     * tx.dsl().execute(hnswEfSearch(100));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code efSearch} is outside 1 to 1000
     */
    public static RowCountQuery hnswEfSearch(int efSearch) {
        if (efSearch < 1 || efSearch > 1000) {
            throw new IllegalArgumentException("hnsw.ef_search must be between 1 and 1000, got " + efSearch);
        }
        return DSL.setLocal(DSL.unquotedName("hnsw", "ef_search"), DSL.inline(efSearch));
    }

    /**
     * {@code SET LOCAL hnsw.max_scan_tuples = <maxScanTuples>}: where an iterative scan gives up (pgvector's
     * default 20,000 visited tuples), for the rest of the current transaction.
     *
     * <pre>{@code
     * tx.dsl().execute(hnswMaxScanTuples(100_000));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code maxScanTuples} is less than 1
     */
    public static RowCountQuery hnswMaxScanTuples(int maxScanTuples) {
        if (maxScanTuples < 1) {
            throw new IllegalArgumentException("hnsw.max_scan_tuples must be at least 1, got " + maxScanTuples);
        }
        return DSL.setLocal(DSL.unquotedName("hnsw", "max_scan_tuples"), DSL.inline(maxScanTuples));
    }

    /**
     * {@code SET LOCAL diskann.query_search_list_size = <size>}: how many candidates a pgvectorscale
     * {@code diskann} index scan keeps (pgvectorscale's default 100, allowed 1 to 10,000), for the rest of the
     * current transaction. Needs the {@code vectorscale} extension; like all {@code SET LOCAL}s, run it inside a
     * transaction.
     *
     * <pre>{@code
     * tx.dsl().execute(diskannQuerySearchListSize(200));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code size} is outside 1 to 10,000
     */
    public static RowCountQuery diskannQuerySearchListSize(int size) {
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("diskann.query_search_list_size must be between 1 and 10000, got " + size);
        }
        return DSL.setLocal(DSL.unquotedName("diskann", "query_search_list_size"), DSL.inline(size));
    }

    /**
     * {@code SET LOCAL diskann.query_rescore = <count>}: how many candidates of a pgvectorscale {@code diskann}
     * index scan over a compressed ({@code memory_optimized}) index are rescored with the full vectors
     * (pgvectorscale's default 50; 0 turns rescoring off; at most 1,000), for the rest of the current transaction.
     *
     * <pre>{@code
     * tx.dsl().execute(diskannQueryRescore(400));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is outside 0 to 1,000
     */
    public static RowCountQuery diskannQueryRescore(int count) {
        if (count < 0 || count > 1000) {
            throw new IllegalArgumentException("diskann.query_rescore must be between 0 and 1000, got " + count);
        }
        return DSL.setLocal(DSL.unquotedName("diskann", "query_rescore"), DSL.inline(count));
    }

    /** The declared dimension of a field whose binding knows it (e.g. {@code VectorTypes.vector(384)}). */
    public static OptionalInt dimensionOf(Field<?> field) {
        requireField(field);
        Binding<?, ?> binding = field.getDataType().getBinding();
        return binding instanceof DimensionAware aware ? aware.dimensions() : OptionalInt.empty();
    }

    /**
     * Throws when {@code query} does not fit {@code field}'s known dimension.
     *
     * @throws IllegalArgumentException naming both dimensions
     */
    public static <V extends VectorValue> V requireDimensions(Field<V> field, V query) {
        requireField(field);
        if (query == null) {
            throw new IllegalArgumentException("query vector for " + field.getName() + " must not be null");
        }
        OptionalInt dims = dimensionOf(field);
        if (dims.isPresent() && dims.getAsInt() != query.dimensions()) {
            throw new IllegalArgumentException("query vector has " + query.dimensions() + " dimensions but "
                    + field.getName() + " is " + query.typeName() + "(" + dims.getAsInt() + ")");
        }
        return query;
    }

    /** A bind value for {@code query} rendered with the field's vector type ({@code ?::real[]::vector}). */
    static <V extends VectorValue> Field<V> queryValue(Field<V> field, V query) {
        requireDimensions(field, query);
        return DSL.val(query, vectorDataType(field, query));
    }

    @SuppressWarnings("unchecked")
    private static <V extends VectorValue> DataType<V> vectorDataType(Field<V> field, V query) {
        if (field.getDataType().getBinding() instanceof DimensionAware) {
            return field.getDataType();
        }
        if (query instanceof Vector) {
            return (DataType<V>) VectorTypes.VECTOR;
        }
        if (query instanceof HalfVector) {
            return (DataType<V>) VectorTypes.HALFVEC;
        }
        return (DataType<V>) VectorTypes.SPARSEVEC;
    }

    @SuppressWarnings("unchecked")
    private static <V extends VectorValue> DataType<V> anyDimension(Field<V> field) {
        boolean half = HalfVector.class.equals(field.getType());
        Optional<String> schema = OperatorField.pgvectorSchema(field);
        if (schema.isPresent()) {
            return (DataType<V>) (half ? VectorTypes.halfvec(schema.get()) : VectorTypes.vector(schema.get()));
        }
        return (DataType<V>) (half ? VectorTypes.HALFVEC : VectorTypes.VECTOR);
    }

    /**
     * A function of pgvector's, qualified with pgvector's schema when {@code field}'s binding names one
     * ({@code "extensions".vector_dims}); jOOQ applies its render mapping to that schema.
     */
    private static Name pgvectorFunction(Field<?> field, String function) {
        return OperatorField.pgvectorSchema(field)
                .map(schema -> DSL.name(DSL.name(schema), DSL.unquotedName(function)))
                .orElseGet(() -> DSL.unquotedName(function));
    }

    private static void requireTopK(Object select, Object metric, int k) {
        if (select == null) {
            throw new IllegalArgumentException("select must not be null");
        }
        if (metric == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }

    private static void requireField(Field<?> field) {
        if (field == null) {
            throw new IllegalArgumentException("field must not be null");
        }
    }

    private static void requireDense(Field<?> field, String function) {
        requireField(field);
        if (SparseVector.class.equals(field.getType())) {
            throw new IllegalArgumentException(function + " is not defined for sparsevec field " + field.getName());
        }
    }
}
