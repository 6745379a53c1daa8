package io.github.jooqpgai.benchmarks.knn;

import static io.github.jooqpgai.similarity.VectorDSL.hnswIterativeScan;
import static io.github.jooqpgai.similarity.VectorDSL.nearestNeighbours;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.IterativeScan;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * kNN query latency on an HNSW-indexed table ({@link KnnDataset}): jooq-pgai's {@code nearestNeighbours(...)}
 * (what generated {@code nearest(...)} calls) against the same SQL written by hand through plain JDBC, both
 * sending the query vector as a binary {@code float4[]} ({@code ?::real[]::vector}). Unfiltered, and filtered by
 * category with {@code SET LOCAL hnsw.iterative_scan = relaxed_order} in a transaction on both sides. Every
 * variant has its own connection; query {@code i} goes to all variants of a group in a random order (drawn
 * anew for each query), so load changes on a shared machine hit all alike and no variant always follows the same
 * other one. Before timing, it checks that every variant's plan is an index
 * scan of the HNSW index (EXPLAIN), that every measured query of every variant scanned it
 * ({@code pg_stat_user_indexes.idx_scan} grows by exactly the number of queries), and it compares the ids each
 * variant returned, query by query.
 *
 * <pre>{@code
 * benchmarks/knn/run.sh --queries 2000 --warmup 500
 * }</pre>
 */
public final class KnnBenchmark {

    private static final Table<Record> ITEMS = DSL.table(DSL.name(KnnDataset.SCHEMA, "items"));
    private static final Field<Long> ID = DSL.field(DSL.name(KnnDataset.SCHEMA, "items", "id"), SQLDataType.BIGINT);
    private static final Field<Integer> CATEGORY = DSL.field(DSL.name(KnnDataset.SCHEMA, "items", "category"), SQLDataType.INTEGER);

    /** The hand-written SQL of the JDBC variants: what {@code nearestNeighbours} renders, unquoted. */
    private static final String KNN_SQL = "select id from bench_knn.items order by embedding <=> ?::real[]::vector limit ?";
    private static final String KEPT = "jOOQ nearestNeighbours, keepStatement(true), vector re-bound";
    private static final String REUSED = "JDBC, one PreparedStatement reused";
    private static final String FILTERED_SQL = "select id from bench_knn.items where category = ? order by embedding <=> ?::real[]::vector limit ?";

    private final KnnOptions options;
    private final Field<Vector> embedding;
    private final float[][] vectors;
    private final int[] categories;

    private KnnBenchmark(KnnOptions options) {
        this.options = options;
        this.embedding = DSL.field(DSL.name(KnnDataset.SCHEMA, "items", "embedding"), VectorTypes.vector(options.dims()));
        int total = options.warmup() + options.queries();
        SplittableRandom random = new SplittableRandom(2026);
        this.vectors = new float[total][options.dims()];
        this.categories = new int[total];
        for (int i = 0; i < total; i++) {
            for (int d = 0; d < options.dims(); d++) {
                vectors[i][d] = (float) (random.nextDouble() - 0.5);
            }
            categories[i] = random.nextInt(KnnDataset.CATEGORIES);
        }
    }

    /** Runs the benchmark; see {@link KnnOptions} for the options. */
    public static void main(String[] args) throws Exception {
        new KnnBenchmark(KnnOptions.parse(args)).run();
    }

    /** One way of running the kNN query: the ids it returned, in order. */
    @FunctionalInterface
    interface KnnQuery {
        List<Long> ids(float[] vector, int category) throws SQLException;
    }

    /** A named query on a connection of its own. */
    record Variant(String name, Connection connection, KnnQuery query) {
    }

    private void run() throws Exception {
        System.out.println("load average at start " + loadAverage());
        System.out.printf(Locale.ROOT, "knn: %d rows x %d dims, k = %d, %d warm-up + %d measured queries per variant, Java %s%n",
                options.rows(), options.dims(), options.k(), options.warmup(), options.queries(), System.getProperty("java.version"));
        KnnDataset.ensure(options.url(), options.rows(), options.dims());
        if (options.pinned()) {
            CpuPinning.pinThisJvm(options.clientCpu());
            System.out.printf(Locale.ROOT, "pinned: this JVM to CPU %d, the measured connections' server processes to CPU %d%n",
                    options.clientCpu(), options.serverCpu());
        } else {
            System.out.println("not pinned: client and server processes share the machine's CPUs");
        }
        List<Connection> connections = new ArrayList<>();
        try (Connection monitor = DriverManager.getConnection(options.url())) {
            System.out.println(serverVersions(monitor));
            Connection jdbc = open(connections);
            Connection control = open(connections);
            Connection pgai = open(connections);
            Connection plain = open(connections);
            Connection reused = open(connections);
            Connection jooqSql = open(connections);
            Connection jooqCalls = open(connections);
            Connection kept = open(connections);
            List<Variant> unfiltered = List.of(
                    new Variant("JDBC, a PreparedStatement per query (baseline)", jdbc, jdbcPerQuery(jdbc)),
                    new Variant("JDBC, the baseline again on its own connection (A/A control)", control, jdbcPerQuery(control)),
                    new Variant("jOOQ nearestNeighbours, PgaiDSL.using(connection)", pgai, jooq(PgaiDSL.using(pgai))),
                    new Variant("jOOQ nearestNeighbours, DSL.using(connection) (no listener)", plain,
                            jooq(DSL.using(plain, SQLDialect.POSTGRES))),
                    new Variant(REUSED, reused, jdbcReused(reused)),
                    new Variant("JDBC, a PreparedStatement per query, jOOQ's SQL text", jooqSql, jdbcPerQuery(jooqSql,
                            jooqQuery(DSL.using(SQLDialect.POSTGRES), vectors[0]).getSQL())),
                    new Variant("JDBC, jOOQ's SQL text and JDBC calls", jooqCalls, jdbcLikeJooq(jooqCalls,
                            jooqQuery(DSL.using(SQLDialect.POSTGRES), vectors[0]).getSQL())),
                    new Variant(KEPT, kept, jooqKept(PgaiDSL.using(kept))));
            Connection jdbcFiltered = open(connections);
            Connection jooqFiltered = open(connections);
            List<Variant> filtered = List.of(
                    new Variant("JDBC, transaction + SET LOCAL hnsw.iterative_scan (baseline)", jdbcFiltered, jdbcFiltered(jdbcFiltered)),
                    new Variant("jOOQ transactionResult + hnswIterativeScan + nearestNeighbours", jooqFiltered,
                            jooqFiltered(PgaiDSL.using(jooqFiltered))));

            System.out.println("jOOQ renders: " + jooqQuery(PgaiDSL.using(jooqFiltered), vectors[0]).getSQL());
            System.out.println("jOOQ renders (filtered): " + jooqFilteredQuery(PgaiDSL.using(jooqFiltered), vectors[0], 0).getSQL());
            System.out.println("JDBC runs: " + KNN_SQL);
            System.out.println("JDBC runs (filtered): SET LOCAL hnsw.iterative_scan = 'relaxed_order'; " + FILTERED_SQL);
            explain(jdbcFiltered, jooqFiltered);
            clientSideCosts();

            measureGroup("Unfiltered kNN, k = " + options.k(), unfiltered, monitor);
            measureGroup("Filtered kNN (category = ?, 1 in " + KnnDataset.CATEGORIES + "), hnsw.iterative_scan = relaxed_order, k = "
                    + options.k(), filtered, monitor);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        if (options.drop()) {
            KnnDataset.drop(options.url());
        }
        System.out.println("load average at end " + loadAverage());
    }

    private Connection open(List<Connection> connections) throws SQLException {
        Connection c = DriverManager.getConnection(options.url());
        connections.add(c);
        if (options.pinned()) {
            CpuPinning.pinBackend(c, options.serverCpu());
        }
        return c;
    }

    /**
     * jOOQ's own way to skip rendering and preparing: one {@code nearestNeighbours} query with
     * {@code keepStatement(true)}, its query vector re-bound per execution (what "JDBC, one PreparedStatement
     * reused" does by hand). Not thread-safe, like the reused PreparedStatement.
     */
    private KnnQuery jooqKept(DSLContext dsl) {
        ResultQuery<?> query = jooqQuery(dsl, vectors[0]).keepStatement(true);
        return (vector, category) -> query.bind(1, Vector.of(vector)).fetch(ID);
    }

    private KnnQuery jdbcPerQuery(Connection c) {
        return jdbcPerQuery(c, KNN_SQL);
    }

    /** {@code sql} (the hand-written one, or jOOQ's rendering of the same query) with a PreparedStatement per query. */
    private KnnQuery jdbcPerQuery(Connection c, String sql) {
        return (vector, category) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, vector);
                ps.setInt(2, options.k());
                return ids(ps);
            }
        };
    }

    /**
     * {@code sql} with the JDBC calls jOOQ makes for it (seen through a tracing proxy): {@code setLong} for the
     * limit, {@code execute()} + {@code getResultSet()}, {@code getWarnings()} before closing.
     */
    private KnnQuery jdbcLikeJooq(Connection c, String sql) {
        return (vector, category) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, vector);
                ps.setLong(2, options.k());
                ps.execute();
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                ps.getWarnings();
                return ids;
            }
        };
    }

    private KnnQuery jdbcReused(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(KNN_SQL);
        return (vector, category) -> {
            ps.setObject(1, vector);
            ps.setInt(2, options.k());
            return ids(ps);
        };
    }

    private KnnQuery jdbcFiltered(Connection c) {
        return (vector, category) -> {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL hnsw.iterative_scan = 'relaxed_order'");
            }
            List<Long> ids;
            try (PreparedStatement ps = c.prepareStatement(FILTERED_SQL)) {
                ps.setInt(1, category);
                ps.setObject(2, vector);
                ps.setInt(3, options.k());
                ids = ids(ps);
            }
            c.commit();
            c.setAutoCommit(true);
            return ids;
        };
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private ResultQuery<?> jooqQuery(DSLContext dsl, float[] vector) {
        return nearestNeighbours(dsl.select(ID).from(ITEMS), embedding, DistanceMetric.COSINE, Vector.of(vector), options.k());
    }

    private ResultQuery<?> jooqFilteredQuery(DSLContext dsl, float[] vector, int category) {
        return nearestNeighbours(dsl.select(ID).from(ITEMS).where(CATEGORY.eq(category)), embedding, DistanceMetric.COSINE,
                Vector.of(vector), options.k());
    }

    private KnnQuery jooq(DSLContext dsl) {
        return (vector, category) -> jooqQuery(dsl, vector).fetch(ID);
    }

    private KnnQuery jooqFiltered(DSLContext dsl) {
        return (vector, category) -> dsl.transactionResult(tx -> {
            tx.dsl().execute(hnswIterativeScan(IterativeScan.RELAXED_ORDER));
            return jooqFilteredQuery(tx.dsl(), vector, category).fetch(ID);
        });
    }

    /** What jOOQ and jooq-pgai cost per query on the client, without a database (alternating, best of rounds). */
    private void clientSideCosts() {
        DSLContext pgai = PgaiDSL.using(ClientSideCost.mockConnection());
        DSLContext plain = DSL.using(ClientSideCost.mockConnection(), SQLDialect.POSTGRES);
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println(ClientSideCost.line("pass " + pass + ", PgaiDSL.using, nearestNeighbours",
                    ClientSideCost.bestMicrosPerQuery(pgai, dsl -> jooqQuery(dsl, vectors[0]))));
            System.out.println(ClientSideCost.line("pass " + pass + ", DSL.using (no listener), nearestNeighbours",
                    ClientSideCost.bestMicrosPerQuery(plain, dsl -> jooqQuery(dsl, vectors[0]))));
            System.out.println(ClientSideCost.line("pass " + pass + ", PgaiDSL.using, filtered nearestNeighbours",
                    ClientSideCost.bestMicrosPerQuery(pgai, dsl -> jooqFilteredQuery(dsl, vectors[0], 3))));
        }
    }

    /** Prints both sides' plans; fails unless each is an index scan of the HNSW index. */
    private void explain(Connection jdbc, Connection jooqConnection) throws SQLException {
        DSLContext dsl = PgaiDSL.using(jooqConnection);
        String jooqPlan = plan(dsl, jooqQuery(dsl, vectors[0]));
        String jdbcPlan;
        try (PreparedStatement ps = jdbc.prepareStatement("explain " + KNN_SQL)) {
            ps.setObject(1, vectors[0]);
            ps.setInt(2, options.k());
            jdbcPlan = plan(ps);
        }
        String jooqFilteredPlan = dsl.transactionResult(tx -> {
            tx.dsl().execute(hnswIterativeScan(IterativeScan.RELAXED_ORDER));
            return plan(tx.dsl(), jooqFilteredQuery(tx.dsl(), vectors[0], categories[0]));
        });
        String jdbcFilteredPlan;
        jdbc.setAutoCommit(false);
        try (Statement st = jdbc.createStatement(); PreparedStatement ps = jdbc.prepareStatement("explain " + FILTERED_SQL)) {
            st.execute("SET LOCAL hnsw.iterative_scan = 'relaxed_order'");
            ps.setInt(1, categories[0]);
            ps.setObject(2, vectors[0]);
            ps.setInt(3, options.k());
            jdbcFilteredPlan = plan(ps);
        }
        jdbc.commit();
        jdbc.setAutoCommit(true);
        for (String[] named : new String[][] {{"jOOQ", jooqPlan}, {"JDBC", jdbcPlan}, {"jOOQ filtered", jooqFilteredPlan},
                {"JDBC filtered", jdbcFilteredPlan}}) {
            System.out.println("EXPLAIN, " + named[0] + " (lines cut at 120 characters):");
            named[1].lines().forEach(line -> System.out.println("    " + (line.length() > 120 ? line.substring(0, 120) + " …" : line)));
            if (!named[1].contains("Index Scan using " + KnnDataset.INDEX)) {
                throw new IllegalStateException(named[0] + " does not scan " + KnnDataset.INDEX);
            }
        }
    }

    /** {@code explain <query>}, the query rendered and bound by jOOQ as for its execution. */
    private static String plan(DSLContext dsl, ResultQuery<?> query) {
        StringBuilder plan = new StringBuilder();
        for (String line : dsl.fetch("explain {0}", query).getValues(0, String.class)) {
            plan.append(line).append('\n');
        }
        return plan.toString();
    }

    private static String plan(PreparedStatement ps) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /**
     * Warms up, checks the index-scan count of each variant, then times query {@code i} on all variants (in a
     * random order per query) and compares their ids with the first variant's.
     */
    private void measureGroup(String title, List<Variant> variants, Connection monitor) throws Exception {
        System.out.println();
        System.out.println("## " + title);
        for (int i = 0; i < options.warmup(); i++) {
            for (Variant v : variants) {
                v.query().ids(vectors[i], categories[i]);
            }
        }
        for (Variant v : variants) {
            checkIndexScans(v, variants, monitor);
        }
        int n = options.queries();
        long[][] nanos = new long[variants.size()][n];
        List<List<List<Long>>> results = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            results.add(new ArrayList<>());
        }
        System.out.println("load average before the measured queries " + loadAverage());
        SplittableRandom order = new SplittableRandom(7);
        int[] permutation = new int[variants.size()];
        for (int i = 0; i < n; i++) {
            int q = options.warmup() + i;
            shuffle(permutation, order);
            for (int j = 0; j < variants.size(); j++) {
                int v = permutation[j];
                long start = System.nanoTime();
                List<Long> ids = variants.get(v).query().ids(vectors[q], categories[q]);
                nanos[v][i] = System.nanoTime() - start;
                results.get(v).add(ids);
            }
        }
        System.out.println("load average after the measured queries " + loadAverage());
        List<Latencies> latencies = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            latencies.add(new Latencies(variants.get(v).name(), nanos[v]));
        }
        System.out.println("| variant | p50 µs | p90 µs | p99 µs | mean µs | p50 vs baseline | p99 vs baseline |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Latencies l : latencies) {
            System.out.println(l.line(latencies.get(0)));
        }
        for (int v = 1; v < variants.size(); v++) {
            int differing = 0;
            int rowCount = 0;
            for (int i = 0; i < n; i++) {
                rowCount += results.get(v).get(i).size();
                if (!results.get(v).get(i).equals(results.get(0).get(i))) {
                    differing++;
                }
            }
            System.out.printf(Locale.ROOT, "ids of %s vs the baseline: %d of %d queries differ (%d rows returned in all)%n",
                    variants.get(v).name(), differing, n, rowCount);
        }
        System.out.print("per-query ratio (variant / baseline, same query vector), median:");
        for (int v = 1; v < variants.size(); v++) {
            double[] ratios = new double[n];
            for (int i = 0; i < n; i++) {
                ratios[i] = (double) nanos[v][i] / nanos[0][i];
            }
            java.util.Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, " %s %.3f;", variants.get(v).name(), ratios[n / 2]);
        }
        System.out.println();
        int kept = indexOf(variants, KEPT);
        int reused = indexOf(variants, REUSED);
        if (kept >= 0 && reused >= 0) {
            double[] ratios = new double[n];
            for (int i = 0; i < n; i++) {
                ratios[i] = (double) nanos[kept][i] / nanos[reused][i];
            }
            java.util.Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "like with like, statement prepared once: %s vs %s: p50 %.3fx, p99 %.3fx, per-query ratio median %.3f%n",
                    KEPT, REUSED, latencies.get(kept).percentileMicros(50) / latencies.get(reused).percentileMicros(50),
                    latencies.get(kept).percentileMicros(99) / latencies.get(reused).percentileMicros(99), ratios[n / 2]);
        }
    }

    private static int indexOf(List<Variant> variants, String name) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs 100 queries of {@code variant}; fails unless the HNSW index's scan count grew by exactly 100. Every
     * connection of the group flushes its pending statistics first.
     */
    private void checkIndexScans(Variant variant, List<Variant> group, Connection monitor) throws Exception {
        int count = 100;
        for (Variant v : group) {
            try (Statement st = v.connection().createStatement()) {
                st.execute("select pg_stat_force_next_flush()");
            }
        }
        Thread.sleep(1500);
        long before = indexScans(monitor);
        for (int i = 0; i < count; i++) {
            variant.query().ids(vectors[i], categories[i]);
        }
        try (Statement st = variant.connection().createStatement()) {
            st.execute("select pg_stat_force_next_flush()");
        }
        long after = before;
        for (int attempt = 0; attempt < 50 && after - before < count; attempt++) {
            Thread.sleep(100);
            after = indexScans(monitor);
        }
        Thread.sleep(1000);
        after = indexScans(monitor);
        System.out.printf(Locale.ROOT, "%s: %d queries, %d scans of %s%n", variant.name(), count, after - before, KnnDataset.INDEX);
        if (after - before != count) {
            throw new IllegalStateException(variant.name() + ": " + count + " queries but " + (after - before) + " scans of " + KnnDataset.INDEX);
        }
    }

    /** {@code permutation} := a random order of 0 … length - 1 (Fisher–Yates), so that no variant has a fixed predecessor. */
    private static void shuffle(int[] permutation, SplittableRandom random) {
        for (int i = 0; i < permutation.length; i++) {
            permutation[i] = i;
        }
        for (int i = permutation.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
    }

    private static long indexScans(Connection monitor) throws SQLException {
        try (Statement st = monitor.createStatement()) {
            st.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("select idx_scan from pg_stat_user_indexes where schemaname = '"
                    + KnnDataset.SCHEMA + "' and indexrelname = '" + KnnDataset.INDEX + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String serverVersions(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select version(), (select extversion from pg_extension where extname = 'vector')")) {
            rs.next();
            return rs.getString(1) + ", pgvector " + rs.getString(2);
        }
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5, 15 minutes), or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
