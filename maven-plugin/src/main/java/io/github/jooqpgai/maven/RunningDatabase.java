package io.github.jooqpgai.maven;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A database the goal generates from: its JDBC coordinates and, if the plugin started it, how to stop it.
 *
 * <pre>{@code
 * try (RunningDatabase db = RunningDatabase.existing(url, user, password)) {
 *     try (Connection c = db.connect()) { ... }
 * }
 * }</pre>
 */
interface RunningDatabase extends AutoCloseable {

    /** The JDBC URL (may carry no credentials; see {@link #user()} and {@link #password()}). */
    String url();

    /** The user, or null to let the driver decide. */
    String user();

    /** The password. */
    Password password();

    /** Whether the plugin started this database (then migrations are applied to it). */
    boolean startedByPlugin();

    /** What to call this database in messages, without secrets. */
    default String description() {
        return JdbcUrls.redact(url()) + (user() == null ? "" : " as " + user());
    }

    /** A new connection. */
    default Connection connect() throws SQLException {
        Properties p = new Properties();
        if (user() != null) {
            p.setProperty("user", user());
        }
        if (password().isPresent()) {
            p.setProperty("password", password().reveal());
        }
        return new org.postgresql.Driver().connect(url(), p);
    }

    /** Stops the database if the plugin started it and it was not already running; otherwise does nothing. */
    @Override
    void close();

    /** A database someone else runs. */
    static RunningDatabase existing(String url, String user, Password password) {
        return new Existing(url, user, password);
    }

    /** The coordinates of a database the plugin does not own. */
    record Existing(String url, String user, Password password) implements RunningDatabase {
        @Override
        public boolean startedByPlugin() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
