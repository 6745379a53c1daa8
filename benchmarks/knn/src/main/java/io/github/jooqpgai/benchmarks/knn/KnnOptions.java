package io.github.jooqpgai.benchmarks.knn;

/**
 * Command-line options of the kNN harness.
 *
 * <pre>{@code
 * KnnOptions o = KnnOptions.parse(new String[] {"--url", "jdbc:postgresql://…", "--queries", "2000"});
 * }</pre>
 *
 * @param url        JDBC URL of a database with pgvector
 * @param rows       rows of {@code bench_knn.items}
 * @param dims       vector dimension
 * @param queries    measured queries per variant (each variant runs the same query vectors)
 * @param warmup     unmeasured queries per variant before the measured ones
 * @param k          nearest neighbours per query
 * @param drop       drop schema {@code bench_knn} at the end
 * @param clientCpu  the CPU this JVM's threads are pinned to ({@code taskset}), or -1 for no pinning
 * @param serverCpu  the CPU the measured connections' server processes are pinned to, or -1
 */
record KnnOptions(String url, int rows, int dims, int queries, int warmup, int k, boolean drop, int clientCpu, int serverCpu) {

    /** Whether client and server are pinned to CPUs of their own. */
    boolean pinned() {
        return clientCpu >= 0;
    }

    static KnnOptions parse(String[] args) {
        String url = null;
        int rows = 100_000;
        int dims = 384;
        int queries = 2_000;
        int warmup = 500;
        int k = 10;
        boolean drop = false;
        int clientCpu = -1;
        int serverCpu = -1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--drop")) {
                drop = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--url" -> url = value;
                case "--rows" -> rows = Integer.parseInt(value);
                case "--dims" -> dims = Integer.parseInt(value);
                case "--queries" -> queries = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--k" -> k = Integer.parseInt(value);
                case "--client-cpu" -> clientCpu = Integer.parseInt(value);
                case "--server-cpu" -> serverCpu = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]
                        + " (known: --url --rows --dims --queries --warmup --k --drop --client-cpu --server-cpu)");
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required (e.g. --url \"$PGAI_JDBC_URL\")");
        }
        if (queries < 1000) {
            throw new IllegalArgumentException("--queries must be at least 1000 for a p99, got " + queries);
        }
        if ((clientCpu < 0) != (serverCpu < 0) || (clientCpu >= 0 && clientCpu == serverCpu)) {
            throw new IllegalArgumentException("--client-cpu and --server-cpu go together and name two different CPUs, got "
                    + clientCpu + " and " + serverCpu);
        }
        return new KnnOptions(url, rows, dims, queries, warmup, k, drop, clientCpu, serverCpu);
    }
}
