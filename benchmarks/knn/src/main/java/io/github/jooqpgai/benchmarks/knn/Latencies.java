package io.github.jooqpgai.benchmarks.knn;

import java.util.Arrays;
import java.util.Locale;

/**
 * The measured latencies of one variant: percentiles and mean in microseconds.
 *
 * <pre>{@code
 * Latencies l = new Latencies("jdbc", new long[] {900_000, 1_100_000});
 * l.percentileMicros(50);   // 900.0 (nearest rank)
 * }</pre>
 *
 * @param name  the variant
 * @param nanos latency of each measured query
 */
record Latencies(String name, long[] nanos) {

    /** The nearest-rank percentile. */
    double percentileMicros(double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e3;
    }

    double meanMicros() {
        return Arrays.stream(nanos).average().orElse(0) / 1e3;
    }

    String line(Latencies baseline) {
        return String.format(Locale.ROOT, "| %-62s | %8.0f | %8.0f | %8.0f | %8.0f | %5.3fx | %5.3fx |",
                name, percentileMicros(50), percentileMicros(90), percentileMicros(99), meanMicros(),
                percentileMicros(50) / baseline.percentileMicros(50), percentileMicros(99) / baseline.percentileMicros(99));
    }
}
