package io.github.jooqpgai.benchmarks.searchbytext;

import java.util.Arrays;

/**
 * Latency samples of one variant, in nanoseconds, and their percentiles.
 *
 * <pre>{@code
 * Latencies l = new Latencies("jooq-pgai", 200);
 * l.add(System.nanoTime() - t0);
 * double p50 = l.percentileMillis(50);
 * }</pre>
 */
final class Latencies {

    private final String name;
    private final long[] samples;
    private int size;

    Latencies(String name, int capacity) {
        this.name = name;
        this.samples = new long[capacity];
    }

    void add(long nanos) {
        samples[size++] = nanos;
    }

    String name() {
        return name;
    }

    int size() {
        return size;
    }

    /** The nearest-rank percentile in milliseconds. */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(samples, 0, size).average().orElse(Double.NaN) / 1e6;
    }

    String line() {
        return String.format("%-44s n=%d  p50 %7.3f ms  p95 %7.3f ms  mean %7.3f ms  min %7.3f ms  max %7.3f ms", name, size,
                percentileMillis(50), percentileMillis(95), meanMillis(), percentileMillis(0), percentileMillis(100));
    }
}
