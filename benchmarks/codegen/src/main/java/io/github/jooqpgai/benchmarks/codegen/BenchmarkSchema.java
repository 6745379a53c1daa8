package io.github.jooqpgai.benchmarks.codegen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's schema {@value #NAME}: {@code tables} tables chained by foreign keys, the first
 * {@code vectorizers} of them with a pgai vectorizer (table destination, 768 dimensions), so the catalog holds
 * tables, embedding views, store tables and queues as in a real application.
 *
 * <pre>{@code
 * BenchmarkSchema.create(url, 200, 20);
 * BenchmarkSchema.drop(url);
 * }</pre>
 */
final class BenchmarkSchema {

    static final String NAME = "bench_codegen";
    private static final String VECTORIZER_PREFIX = NAME + "_v";

    private BenchmarkSchema() {
    }

    static void create(String url, int tables, int vectorizers) throws SQLException {
        drop(url);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create schema " + NAME);
            for (int i = 0; i < tables; i++) {
                s.execute(String.format("""
                        create table %1$s.t%2$03d (
                            id int primary key,
                            parent_id int %3$s,
                            name text not null,
                            body text not null,
                            created timestamptz not null default now(),
                            score numeric(10, 2),
                            flag boolean not null default false,
                            unique (name))""", NAME, i, i == 0 ? "" : "references " + NAME + ".t" + String.format("%03d", i - 1) + " (id)"));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select ai.create_vectorizer(format('%I.%I', ?::text, ?::text)::regclass,
                        name => ?,
                        loading => ai.loading_column(column_name => 'body'),
                        embedding => ai.embedding_openai(model => 'text-embedding-3-small', dimensions => 768),
                        enqueue_existing => false)""")) {
                for (int i = 0; i < vectorizers; i++) {
                    ps.setString(1, NAME);
                    ps.setString(2, String.format("t%03d", i));
                    ps.setString(3, VECTORIZER_PREFIX + i);
                    ps.execute();
                }
            }
        }
    }

    static void drop(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where source_schema = '" + NAME + "'");
            s.execute("drop schema if exists " + NAME + " cascade");
        }
    }
}
