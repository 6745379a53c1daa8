package io.github.jooqpgai.it.vector;

import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.util.SplittableRandom;

/**
 * Seeded random pgvector values for tests: floats over many magnitudes (so the text format's
 * exponents, signs and long mantissas are all exercised).
 *
 * <pre>{@code
 * RandomVectors random = new RandomVectors(42);
 * Vector v = random.vector(384);
 * }</pre>
 */
final class RandomVectors {

    private final SplittableRandom random;

    RandomVectors(long seed) {
        this.random = new SplittableRandom(seed);
    }

    float[] floats(int dimensions) {
        float[] values = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            double magnitude = Math.pow(10, random.nextInt(-8, 9));
            values[i] = (float) ((random.nextDouble() * 2 - 1) * magnitude);
        }
        return values;
    }

    /** Uniform values in [-1, 1), like embeddings. */
    float[] unitRange(int dimensions) {
        float[] values = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    Vector vector(int dimensions) {
        return Vector.of(floats(dimensions));
    }

    HalfVector halfVector(int dimensions) {
        float[] values = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-4, 5)));
        }
        return HalfVector.of(values);
    }

    SparseVector sparseVector(int dimensions) {
        int nonZero = Math.min(dimensions, 1 + random.nextInt(Math.min(dimensions, 200)));
        float[] dense = new float[dimensions];
        float[] values = floats(nonZero);
        for (int i = 0; i < nonZero; i++) {
            dense[random.nextInt(dimensions)] = values[i];
        }
        if (dimensions > 0 && SparseVector.fromDense(dense).nonZeroCount() == 0) {
            dense[0] = 1f;
        }
        return SparseVector.fromDense(dense);
    }
}
