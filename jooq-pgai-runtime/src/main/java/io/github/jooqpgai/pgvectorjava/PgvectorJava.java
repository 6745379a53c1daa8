package io.github.jooqpgai.pgvectorjava;

import com.pgvector.PGbit;
import com.pgvector.PGhalfvec;
import com.pgvector.PGsparsevec;
import com.pgvector.PGvector;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;

/**
 * Conversions to and from pgvector-java's {@code PGvector}, {@code PGhalfvec}, {@code PGsparsevec} and {@code PGbit}
 * for code that already uses them. pgvector-java is an optional dependency: only this package needs it,
 * and it is loaded only when called.
 *
 * <pre>{@code
 * PGvector legacy = PgvectorJava.toPGvector(Vector.of(1f, 2f));
 * Vector v = PgvectorJava.fromPGvector(legacy);
 * }</pre>
 */
public final class PgvectorJava {

    private PgvectorJava() {
    }

    /** A {@code PGvector} with the same values. */
    public static PGvector toPGvector(Vector vector) {
        return new PGvector(require(vector, "vector").toArray());
    }

    /** A {@code Vector} with the same values as a {@code PGvector}. */
    public static Vector fromPGvector(PGvector vector) {
        return Vector.of(require(vector, "vector").toArray());
    }

    /** A {@code PGhalfvec} with the same values. */
    public static PGhalfvec toPGhalfvec(HalfVector vector) {
        return new PGhalfvec(require(vector, "vector").toArray());
    }

    /** A {@code HalfVector} with the values of a {@code PGhalfvec}. */
    public static HalfVector fromPGhalfvec(PGhalfvec vector) {
        return HalfVector.of(require(vector, "vector").toArray());
    }

    /** A {@code PGsparsevec} with the same dimension and elements. */
    public static PGsparsevec toPGsparsevec(SparseVector vector) {
        try {
            return new PGsparsevec(require(vector, "vector").toString());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("pgvector-java rejected sparsevec " + vector, e);
        }
    }

    /** A {@code SparseVector} with the dimension and elements of a {@code PGsparsevec}. */
    public static SparseVector fromPGsparsevec(PGsparsevec vector) {
        PGsparsevec v = require(vector, "vector");
        return SparseVector.of(v.getDimensions(), v.getIndices(), v.getValues());
    }

    /** A {@code PGbit} with the same bits. */
    public static PGbit toPGbit(BitVector bits) {
        return new PGbit(require(bits, "bits").toBooleanArray());
    }

    /** A {@code BitVector} with the bits of a {@code PGbit}. */
    public static BitVector fromPGbit(PGbit bits) {
        return BitVector.of(require(bits, "bits").toArray());
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
