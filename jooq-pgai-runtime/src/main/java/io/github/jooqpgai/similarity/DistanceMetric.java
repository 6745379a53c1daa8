package io.github.jooqpgai.similarity;

import io.github.jooqpgai.types.VectorValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * pgvector's distance metrics for {@code vector}, {@code halfvec} and {@code sparsevec}: the operator,
 * the index operator classes that serve it, and the distance expression. {@code ORDER BY} such an
 * expression with a {@code LIMIT} is what an HNSW or IVFFlat index with the matching opclass serves.
 *
 * <pre>{@code
 * DistanceMetric m = DistanceMetric.fromOpclass("vector_cosine_ops");   // COSINE
 * m.operator();                                // "<=>"
 * m.opclass("halfvec");                        // "halfvec_cosine_ops"
 * Field<Double> d = m.distance(ITEMS.EMBEDDING, Vector.of(1f, 0f, 0f)); // (embedding <=> ?::real[]::vector)
 * }</pre>
 */
public enum DistanceMetric {

    /** Euclidean distance, {@code <->}, opclass {@code vector_l2_ops}. */
    L2("<->", "l2"),

    /** Cosine distance, {@code <=>}, opclass {@code vector_cosine_ops}. */
    COSINE("<=>", "cosine"),

    /** Negative inner product, {@code <#>}, opclass {@code vector_ip_ops}. */
    INNER_PRODUCT("<#>", "ip"),

    /** Taxicab (L1) distance, {@code <+>}, opclass {@code vector_l1_ops} (HNSW only). */
    L1("<+>", "l1");

    private static final List<String> TYPE_NAMES = List.of("vector", "halfvec", "sparsevec");

    private final String operator;
    private final String opclassInfix;

    DistanceMetric(String operator, String opclassInfix) {
        this.operator = operator;
        this.opclassInfix = opclassInfix;
    }

    /** The SQL operator, e.g. {@code <=>}. */
    public String operator() {
        return operator;
    }

    /** The operator class for one type: {@code vector}, {@code halfvec} or {@code sparsevec}. */
    public String opclass(String typeName) {
        String type = typeName == null ? null : typeName.toLowerCase(Locale.ROOT);
        if (!TYPE_NAMES.contains(type)) {
            throw new IllegalArgumentException("typeName must be one of " + TYPE_NAMES + ", got " + typeName);
        }
        return type + "_" + opclassInfix + "_ops";
    }

    /** The operator classes of all three types, {@code vector_…_ops} first. */
    public List<String> opclasses() {
        return TYPE_NAMES.stream().map(this::opclass).toList();
    }

    /** The distance between a column and a query vector: {@code (field <op> ?::type)}. */
    public <V extends VectorValue> Field<Double> distance(Field<V> field, V query) {
        return distance(field, VectorDSL.queryValue(field, query));
    }

    /** The distance between two vector expressions: {@code (left <op> right)}. */
    public <V extends VectorValue> Field<Double> distance(Field<V> left, Field<V> right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("distance operands must not be null: left=" + left + ", right=" + right);
        }
        return new OperatorField<>(operator, left, right, SQLDataType.DOUBLE);
    }

    /** The metric served by an operator class such as {@code vector_cosine_ops} (case-insensitive, schema optional). */
    public static DistanceMetric fromOpclass(String opclass) {
        return findByOpclass(opclass).orElseThrow(() -> new IllegalArgumentException(
                "opclass " + (opclass == null ? null : "'" + opclass + "'")
                        + " is not a pgvector vector/halfvec/sparsevec distance opclass"));
    }

    /** Like {@link #fromOpclass(String)} but empty for unknown opclasses (e.g. {@code bit_hamming_ops}). */
    public static Optional<DistanceMetric> findByOpclass(String opclass) {
        if (opclass == null) {
            return Optional.empty();
        }
        String name = opclass.substring(opclass.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (DistanceMetric metric : values()) {
            if (metric.opclasses().contains(name)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    /** The metric of an operator such as {@code <=>}. */
    public static DistanceMetric fromOperator(String operator) {
        for (DistanceMetric metric : values()) {
            if (metric.operator.equals(operator)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("operator " + (operator == null ? null : "'" + operator + "'")
                + " is not a pgvector distance operator (<->, <=>, <#>, <+>)");
    }
}
