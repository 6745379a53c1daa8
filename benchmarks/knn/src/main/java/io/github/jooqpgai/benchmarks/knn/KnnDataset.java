package io.github.jooqpgai.benchmarks.knn;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema {@code bench_knn}: table {@code items (id bigint, category int, embedding vector(dims))} with random
 * elements in ±0.5 (server-side, {@code setseed(0.42)}), an HNSW index ({@code vector_cosine_ops}, pgvector's
 * defaults m = 16, ef_construction = 64) and {@code category} spread evenly over 20 values. Built once and kept
 * for later runs (the index takes about a minute on 2 cores); {@link #drop} removes it.
 *
 * <pre>{@code
 * KnnDataset.ensure(url, 100_000, 384);
 * }</pre>
 */
final class KnnDataset {

    static final String SCHEMA = "bench_knn";
    static final String INDEX = "items_embedding_hnsw";
    static final int CATEGORIES = 20;

    private KnnDataset() {
    }

    /** Creates the table and index unless they exist with {@code rows} rows of {@code dims} dimensions. */
    static void ensure(String url, int rows, int dims) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            if (matches(st, rows, dims)) {
                System.out.println("reusing " + SCHEMA + ".items (" + rows + " rows, vector(" + dims + "), HNSW index)");
                return;
            }
            System.out.println("building " + SCHEMA + ".items and its HNSW index …");
            long start = System.nanoTime();
            st.execute("drop schema if exists " + SCHEMA + " cascade");
            st.execute("create schema " + SCHEMA);
            st.execute("create unlogged table " + SCHEMA + ".items (id bigint primary key, category int not null,"
                    + " embedding vector(" + dims + ") not null)");
            st.execute("select setseed(0.42)");
            st.execute("insert into " + SCHEMA + ".items select i, i % " + CATEGORIES + ", (select array_agg((random() - 0.5)::real)"
                    + " from generate_series(1, " + dims + ") where i > 0)::vector(" + dims + ") from generate_series(1, " + rows + ") i");
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("create index " + INDEX + " on " + SCHEMA + ".items using hnsw (embedding vector_cosine_ops)");
            st.execute("vacuum analyze " + SCHEMA + ".items");
            System.out.printf("built in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static boolean matches(Statement st, int rows, int dims) throws SQLException {
        try (ResultSet rs = st.executeQuery("select (select count(*) from pg_indexes where schemaname = '" + SCHEMA
                + "' and indexname = '" + INDEX + "'), (select count(*) from " + SCHEMA + ".items),"
                + " (select vector_dims(embedding) from " + SCHEMA + ".items limit 1)")) {
            rs.next();
            return rs.getInt(1) == 1 && rs.getInt(2) == rows && rs.getInt(3) == dims;
        } catch (SQLException missing) {
            return false;
        }
    }

    /** Drops schema {@code bench_knn}. */
    static void drop(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        System.out.println("dropped schema " + SCHEMA);
    }
}
