package io.github.jooqpgai.benchmarks.searchbytext;

/**
 * Command-line options of {@link SearchByTextBenchmark}.
 *
 * <pre>{@code
 * BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--url", url, "--rows", "5000"});
 * }</pre>
 *
 * @param url     JDBC URL of a database with pgai installed
 * @param rows    documents loaded into both stores
 * @param queries measured queries per comparison (at least 100)
 * @param warmup  unmeasured queries per variant first
 * @param k       results per query
 * @param keep    keep the schema afterwards
 */
record BenchmarkOptions(String url, int rows, int queries, int warmup, int k, boolean keep) {

    static BenchmarkOptions parse(String[] args) {
        String url = null;
        int rows = 5000;
        int queries = 200;
        int warmup = 50;
        int k = 5;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--k" -> k = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --url URL --rows N --queries N --warmup N --k N --keep");
            }
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url is required (a JDBC URL of a database with pgai installed)");
        }
        if (queries < 100) {
            throw new IllegalArgumentException("--queries = " + queries + ": at least 100 for a p95");
        }
        return new BenchmarkOptions(url, rows, queries, warmup, k, keep);
    }
}
