package io.github.jooqpgai.benchmarks.vectorio;

import java.util.Arrays;
import java.util.Locale;

/**
 * The timed runs of one variant: median, min and max in milliseconds, and rows per second.
 *
 * <pre>{@code
 * Measurement m = new Measurement("jOOQ binding", new long[] {1_200_000_000L, 1_100_000_000L}, 100_000);
 * m.medianMillis();   // 1150.0
 * }</pre>
 *
 * @param name  the variant
 * @param nanos elapsed time of each measured run
 * @param rows  rows per run
 */
record Measurement(String name, long[] nanos, int rows) {

    double medianMillis() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    double rowsPerSecond() {
        return rows / (medianMillis() / 1000);
    }

    String line(Measurement baseline, String baselineLabel) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %-55s | %9.0f | %9.0f | %9.0f | %10.0f | %6.2fx %s |",
                name, medianMillis(), sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, rowsPerSecond(),
                baseline.medianMillis() / medianMillis(), baselineLabel);
    }
}
