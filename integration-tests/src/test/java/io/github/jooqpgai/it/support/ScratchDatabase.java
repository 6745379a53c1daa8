package io.github.jooqpgai.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own on the test server, for tests that need extensions installed differently from the
 * shared pgai database (e.g. pgvector in another schema). {@link #close()} drops it.
 *
 * <pre>{@code
 * ScratchDatabase scratch = ScratchDatabase.create(db.serverJdbcUrl(), "vecschema_" + db.schema());
 * scratch.execute("create schema extensions", "create extension vector schema extensions");
 * DriverManager.getConnection(scratch.url("app"));   // search_path = app
 * scratch.close();
 * }</pre>
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    private ScratchDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates database {@code name} (a plain lower-case identifier) on the server of {@code serverJdbcUrl}. */
    public static ScratchDatabase create(String serverJdbcUrl, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z_0-9]*")) {
            throw new IllegalArgumentException("scratch database name must be a plain identifier: " + name);
        }
        try (Connection c = DriverManager.getConnection(serverJdbcUrl); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
        return new ScratchDatabase(serverJdbcUrl, name);
    }

    /** The JDBC URL of this database. */
    public String url() {
        return serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** The JDBC URL of this database with {@code currentSchema} (the search path) set. */
    public String url(String searchPath) {
        String base = url();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + searchPath;
    }

    /** Runs each statement in this database, in order. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** Drops the database, closing what is still connected to it. */
    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
        }
    }
}
