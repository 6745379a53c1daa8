package io.github.jooqpgai.benchmarks.vectorio;

/**
 * Command-line options of the vector I/O harness.
 *
 * <pre>{@code
 * BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--url", "jdbc:postgresql://…", "--rows", "1000"});
 * }</pre>
 *
 * @param url        JDBC URL of a database with pgvector
 * @param rows       rows read and inserted per run
 * @param dims       vector dimension
 * @param batchSize  rows per JDBC batch when inserting (and fetch size when reading)
 * @param warmup     unmeasured runs per variant
 * @param iterations measured runs per variant
 * @param only       {@code read}, {@code insert} or {@code all}
 */
record BenchmarkOptions(String url, int rows, int dims, int batchSize, int warmup, int iterations, String only) {

    static BenchmarkOptions parse(String[] args) {
        String url = null;
        int rows = 100_000;
        int dims = 768;
        int batchSize = 1_000;
        int warmup = 1;
        int iterations = 3;
        String only = "all";
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = value;
                case "--rows" -> rows = Integer.parseInt(value);
                case "--dims" -> dims = Integer.parseInt(value);
                case "--batch" -> batchSize = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--only" -> only = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --url --rows --dims --batch --warmup --iterations --only)");
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required (e.g. --url \"$(scripts/pgai-db url)\")");
        }
        if (!only.equals("all") && !only.equals("read") && !only.equals("insert")) {
            throw new IllegalArgumentException("--only must be read, insert or all, got " + only);
        }
        return new BenchmarkOptions(url, rows, dims, batchSize, warmup, iterations, only);
    }
}
