package io.github.jooqpgai.maven;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throw-away copy of a pgai-installed database on a server the plugin runs, so each generation starts from
 * pgai's catalog and nothing else, and modules generating in parallel never see each other's migrations.
 *
 * <pre>{@code
 * ScratchDatabase scratch = ScratchDatabase.copy(server, "pgai_test", "my-module");
 * try { ... scratch.url() ... } finally { scratch.drop(); }
 * }</pre>
 */
final class ScratchDatabase {

    private static final String OBJECT_IN_USE = "55006";
    private static final int ATTEMPTS = 20;

    private final RunningDatabase admin;
    private final String name;
    private final String url;

    /** Numbers the copies of this JVM: modules of one parallel build whose names clean up alike get distinct databases. */
    private static final AtomicInteger COPIES = new AtomicInteger();

    private ScratchDatabase(RunningDatabase admin, String name, String url) {
        this.admin = admin;
        this.name = name;
        this.url = url;
    }

    /**
     * Creates a database from {@code template} (which must have pgai installed) on {@code server}, named after
     * {@code module}, this process and a per-process counter.
     */
    static ScratchDatabase copy(RunningDatabase server, String template, String module) throws SQLException {
        String name = ("jooq_pgai_" + module.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        name = name.substring(0, Math.min(name.length(), 36)) + "_" + ProcessHandle.current().pid() + "_" + COPIES.incrementAndGet();
        RunningDatabase admin = on(server, template, "postgres");
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            createWithRetry(s, name, template);
        }
        return new ScratchDatabase(admin, name, on(server, template, name).url());
    }

    /** {@code server}'s coordinates with database {@code database} instead of {@code current}. */
    private static RunningDatabase on(RunningDatabase server, String current, String database) {
        String url = server.url().replaceFirst("/" + current + "(?=\\?|$)", "/" + database);
        if (url.equals(server.url())) {
            throw new IllegalStateException("the server URL " + JdbcUrls.redact(server.url()) + " does not name database " + current);
        }
        return RunningDatabase.existing(url, server.user(), server.password());
    }

    /** The JDBC URL of the copy. */
    String url() {
        return url;
    }

    /** Drops the copy. */
    void drop() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** A template must have no other sessions while it is copied: wait for short-lived ones to end. */
    private static void createWithRetry(Statement s, String name, String template) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                s.execute("create database " + name + " template " + template);
                return;
            } catch (SQLException e) {
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
