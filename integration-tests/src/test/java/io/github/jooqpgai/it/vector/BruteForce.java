package io.github.jooqpgai.it.vector;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reference distances computed in Java, for comparing database results with.
 *
 * <pre>{@code
 * List<Integer> ids = BruteForce.nearest(rows, query, DistanceMetric.COSINE, 10);
 * }</pre>
 */
final class BruteForce {

    private BruteForce() {
    }

    static double distance(DistanceMetric metric, float[] a, float[] b) {
        double dot = 0;
        double l2 = 0;
        double l1 = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i];
            double y = b[i];
            dot += x * y;
            l2 += (x - y) * (x - y);
            l1 += Math.abs(x - y);
            normA += x * x;
            normB += y * y;
        }
        return switch (metric) {
            case L2 -> Math.sqrt(l2);
            case COSINE -> 1 - dot / Math.sqrt(normA * normB);
            case INNER_PRODUCT -> -dot;
            case L1 -> l1;
        };
    }

    /** Indices of the {@code k} rows closest to {@code query}, closest first. */
    static List<Integer> nearest(List<float[]> rows, float[] query, DistanceMetric metric, int k) {
        return IntStream.range(0, rows.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> distance(metric, rows.get(i), query)))
                .limit(k)
                .toList();
    }
}
