package io.github.jooqpgai.similarity;

import io.github.jooqpgai.bindings.BitVectorBinding;
import io.github.jooqpgai.types.BitVector;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * pgvector's distances for {@code bit(n)} columns: Hamming ({@code <~>}, {@code bit_hamming_ops}) and
 * Jaccard ({@code <%>}, {@code bit_jaccard_ops}).
 *
 * <pre>{@code
 * Field<Double> d = BitDistanceMetric.HAMMING.distance(ITEMS.CODE, BitVector.parse("1011"));
 * // ("items"."code" <~> ?::varbit)
 * BitDistanceMetric.fromOpclass("bit_jaccard_ops");   // JACCARD
 * }</pre>
 */
public enum BitDistanceMetric {

    /** The number of differing bits, {@code <~>}. */
    HAMMING("<~>", "bit_hamming_ops"),

    /** One minus intersection over union of the set bits, {@code <%>}. */
    JACCARD("<%>", "bit_jaccard_ops");

    private final String operator;
    private final String opclass;

    BitDistanceMetric(String operator, String opclass) {
        this.operator = operator;
        this.opclass = opclass;
    }

    /** The SQL operator. */
    public String operator() {
        return operator;
    }

    /** The index operator class that serves this metric. */
    public String opclass() {
        return opclass;
    }

    /** The distance between a {@code bit} column and a query bit string: {@code (field <op> ?::varbit)}. */
    public Field<Double> distance(Field<BitVector> field, BitVector query) {
        if (field == null) {
            throw new IllegalArgumentException("field must not be null");
        }
        if (query == null) {
            throw new IllegalArgumentException("query bit string for " + field.getName() + " must not be null");
        }
        DataType<BitVector> type = field.getDataType().getBinding() instanceof BitVectorBinding binding
                ? checkLength(field, binding, query)
                : VectorTypes.BIT;
        return distance(field, DSL.val(query, type));
    }

    /** The distance between two bit expressions: {@code (left <op> right)}. */
    public Field<Double> distance(Field<BitVector> left, Field<BitVector> right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("distance operands must not be null: left=" + left + ", right=" + right);
        }
        return new OperatorField<>(operator, left, right, SQLDataType.DOUBLE);
    }

    private static DataType<BitVector> checkLength(Field<BitVector> field, BitVectorBinding binding, BitVector query) {
        binding.dimensions().ifPresent(length -> {
            if (length != query.length()) {
                throw new IllegalArgumentException("query bit string has " + query.length() + " bits but "
                        + field.getName() + " is bit(" + length + ")");
            }
        });
        return field.getDataType();
    }

    /** The metric served by an operator class such as {@code bit_hamming_ops}, if any. */
    public static Optional<BitDistanceMetric> findByOpclass(String opclass) {
        if (opclass == null) {
            return Optional.empty();
        }
        String name = opclass.substring(opclass.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (BitDistanceMetric metric : values()) {
            if (metric.opclass.equals(name)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #findByOpclass(String)} but throws for anything else. */
    public static BitDistanceMetric fromOpclass(String opclass) {
        return findByOpclass(opclass).orElseThrow(() -> new IllegalArgumentException(
                "opclass " + (opclass == null ? null : "'" + opclass + "'") + " is not bit_hamming_ops or bit_jaccard_ops"));
    }
}
