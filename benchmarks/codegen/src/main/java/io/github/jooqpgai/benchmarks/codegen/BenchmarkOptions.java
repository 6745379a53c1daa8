package io.github.jooqpgai.benchmarks.codegen;

import java.util.Arrays;
import java.util.Iterator;

/**
 * Command-line options of {@link CodegenBenchmark}.
 *
 * <pre>{@code
 * BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--url", "jdbc:postgresql://...", "--iterations", "5"});
 * }</pre>
 *
 * @param url         JDBC URL of a database with pgai installed
 * @param tables      tables in the benchmark schema
 * @param vectorizers vectorizers, each on its own table
 * @param warmup      unmeasured runs of each variant
 * @param iterations  measured runs of each variant
 * @param keep        keep the schema and vectorizers afterwards
 */
record BenchmarkOptions(String url, int tables, int vectorizers, int warmup, int iterations, boolean keep) {

    BenchmarkOptions {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url is required");
        }
        if (tables < 1 || vectorizers < 0 || vectorizers > tables) {
            throw new IllegalArgumentException("need 1 <= --tables and 0 <= --vectorizers <= --tables, got tables=" + tables + ", vectorizers=" + vectorizers);
        }
        if (warmup < 0 || iterations < 1) {
            throw new IllegalArgumentException("need --warmup >= 0 and --iterations >= 1, got warmup=" + warmup + ", iterations=" + iterations);
        }
    }

    static BenchmarkOptions parse(String[] args) {
        String url = null;
        int tables = 200;
        int vectorizers = 20;
        int warmup = 1;
        int iterations = 5;
        boolean keep = false;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--url" -> url = value(it, arg);
                case "--tables" -> tables = Integer.parseInt(value(it, arg));
                case "--vectorizers" -> vectorizers = Integer.parseInt(value(it, arg));
                case "--warmup" -> warmup = Integer.parseInt(value(it, arg));
                case "--iterations" -> iterations = Integer.parseInt(value(it, arg));
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new BenchmarkOptions(url, tables, vectorizers, warmup, iterations, keep);
    }

    private static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
