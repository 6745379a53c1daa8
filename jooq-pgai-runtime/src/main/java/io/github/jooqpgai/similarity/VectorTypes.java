package io.github.jooqpgai.similarity;

import io.github.jooqpgai.bindings.BitVectorBinding;
import io.github.jooqpgai.bindings.HalfVectorBinding;
import io.github.jooqpgai.bindings.SparseVectorBinding;
import io.github.jooqpgai.bindings.VectorBinding;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import org.jooq.Binding;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;

/**
 * jOOQ {@link DataType}s for pgvector's {@code vector}, {@code halfvec} and {@code sparsevec} (and
 * {@code bit} for Hamming/Jaccard distance), backed
 * by this library's bindings. The dimension-specific variants let {@code VectorDSL} reject query
 * vectors of the wrong dimension in Java.
 *
 * <pre>{@code
 * Field<Vector> embedding = DSL.field(DSL.name("items", "embedding"), VectorTypes.vector(3));
 * dsl.insertInto(DSL.table("items")).set(embedding, Vector.of(1f, 2f, 3f)).execute();
 * Vector v = dsl.select(embedding).from("items").fetchAny(embedding);
 *
 * // pgvector installed in schema "extensions" (managed platforms), on or off the search path:
 * Field<Vector> e = DSL.field(DSL.name("items", "embedding"), VectorTypes.vector("extensions", 3));
 * // casts render ::"extensions".vector and operators OPERATOR("extensions".<=>), through jOOQ's render mapping
 * }</pre>
 *
 * <p>{@code DSL.val(Object)} finds its data type in jOOQ's static type registry, which keeps the first type
 * created for a Java class; creating any binding of this library (every type here does) registers the
 * dimension-free, unqualified types first. Pass the type where nothing of this library was created yet:
 * {@code DSL.val(v, VectorTypes.VECTOR)}.
 */
public final class VectorTypes {

    /** {@code vector} of any dimension. */
    public static final DataType<Vector> VECTOR = type("vector", new VectorBinding());

    /** {@code halfvec} of any dimension. */
    public static final DataType<HalfVector> HALFVEC = type("halfvec", new HalfVectorBinding());

    /** {@code sparsevec} of any dimension. */
    public static final DataType<SparseVector> SPARSEVEC = type("sparsevec", new SparseVectorBinding());

    /** {@code bit} strings of any length, for Hamming and Jaccard distance. */
    public static final DataType<BitVector> BIT = type("bit varying", new BitVectorBinding());

    private VectorTypes() {
    }

    /** {@code vector(dimensions)}. */
    public static DataType<Vector> vector(int dimensions) {
        return type("vector(" + dimensions + ")", new VectorBinding(dimensions));
    }

    /** {@code halfvec(dimensions)}. */
    public static DataType<HalfVector> halfvec(int dimensions) {
        return type("halfvec(" + dimensions + ")", new HalfVectorBinding(dimensions));
    }

    /** {@code sparsevec(dimensions)}. */
    public static DataType<SparseVector> sparsevec(int dimensions) {
        return type("sparsevec(" + dimensions + ")", new SparseVectorBinding(dimensions));
    }

    /** {@code bit(length)}. */
    public static DataType<BitVector> bit(int length) {
        return type("bit(" + length + ")", new BitVectorBinding(length));
    }

    /** {@code vector} of any dimension, the type living in {@code schema} (where pgvector is installed). */
    public static DataType<Vector> vector(String schema) {
        return type(qualified(schema, "vector"), new VectorBinding(schema));
    }

    /** {@code vector(dimensions)}, the type living in {@code schema}. */
    public static DataType<Vector> vector(String schema, int dimensions) {
        return type(qualified(schema, "vector(" + dimensions + ")"), new VectorBinding(schema, dimensions));
    }

    /** {@code halfvec} of any dimension, the type living in {@code schema}. */
    public static DataType<HalfVector> halfvec(String schema) {
        return type(qualified(schema, "halfvec"), new HalfVectorBinding(schema));
    }

    /** {@code halfvec(dimensions)}, the type living in {@code schema}. */
    public static DataType<HalfVector> halfvec(String schema, int dimensions) {
        return type(qualified(schema, "halfvec(" + dimensions + ")"), new HalfVectorBinding(schema, dimensions));
    }

    /** {@code sparsevec} of any dimension, the type living in {@code schema}. */
    public static DataType<SparseVector> sparsevec(String schema) {
        return type(qualified(schema, "sparsevec"), new SparseVectorBinding(schema));
    }

    /** {@code sparsevec(dimensions)}, the type living in {@code schema}. */
    public static DataType<SparseVector> sparsevec(String schema, int dimensions) {
        return type(qualified(schema, "sparsevec(" + dimensions + ")"), new SparseVectorBinding(schema, dimensions));
    }

    /** {@code bit} strings of any length compared with the operators of pgvector installed in {@code schema}. */
    public static DataType<BitVector> bit(String schema) {
        return type("bit varying", new BitVectorBinding(schema));
    }

    /** {@code bit(length)} compared with the operators of pgvector installed in {@code schema}. */
    public static DataType<BitVector> bit(String schema, int length) {
        return type("bit(" + length + ")", new BitVectorBinding(schema, length));
    }

    /** The type name jOOQ uses in its own casts and DDL, e.g. {@code "extensions".vector(3)}. */
    private static String qualified(String schema, String typeName) {
        return schema == null ? typeName : '"' + schema.replace("\"", "\"\"") + "\"." + typeName;
    }

    private static <T> DataType<T> type(String typeName, Binding<Object, T> binding) {
        return new DefaultDataType<>(SQLDialect.POSTGRES, Object.class, typeName).asConvertedDataType(binding);
    }
}
