package io.github.jooqpgai.it.support;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded pgai database of its own, started by this build's {@code jooq-pgai-embedded} in a state folder
 * under /tmp (the checkout's installed virtualenv linked in, so nothing is downloaded): every role but
 * {@code postgres} needs its password there. For tests whose proof needs a server that really checks
 * passwords, whichever server the suite runs against (the shared one may be an older build's with trust for
 * all; an external one has its own rules). {@link #close()} stops it by pid and removes the folder.
 *
 * <pre>{@code
 * try (PasswordCheckingServer server = PasswordCheckingServer.start(PgaiServers.repoRoot())) {
 *     PgaiTestSchema db = server.schema("app");
 *     server.execute("create role app login password 'secret'");
 * }
 * }</pre>
 */
public final class PasswordCheckingServer implements AutoCloseable {

    private final Path home;
    private final EmbeddedPgai pgai;

    private PasswordCheckingServer(Path home, EmbeddedPgai pgai) {
        this.home = home;
        this.pgai = pgai;
    }

    /** Starts the server on a free port in a new /tmp/pgai-password-* state folder. */
    public static PasswordCheckingServer start(Path repoRoot) {
        Path venv = EmbeddedPgai.builder().defaultHome(repoRoot.resolve(".pgai")).python().getParent().getParent();
        Path home;
        try {
            home = Files.createTempDirectory(Path.of("/tmp"), "pgai-password-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createSymbolicLink(home.resolve("venv"), venv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a state folder under /tmp", e);
        }
        try {
            // a port of its own even when PGAI_DB_PORT names the shared server's
            return new PasswordCheckingServer(home, EmbeddedPgai.builder().home(home).port(freePort()).start());
        } catch (RuntimeException e) {
            deleteTree(home);
            throw e;
        }
    }

    /** The server's JDBC URL as the superuser {@code postgres} (no password). */
    public String jdbcUrl() {
        return pgai.jdbcUrl();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>}, without a user. */
    public String urlWithoutUser() {
        String url = pgai.jdbcUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    /** Runs each statement as {@code postgres}, in order. */
    public void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(pgai.jdbcUrl()); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + pgai.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Creates schema {@code name} (a plain lower-case identifier) and returns it, used as {@code postgres}. */
    public PgaiTestSchema schema(String name) {
        if (!name.matches("[a-z_][a-z_0-9]*")) {
            throw new IllegalArgumentException("schema name must be a plain identifier: " + name);
        }
        execute("create schema " + name);
        return new PgaiTestSchema(name, pgai.jdbcUrl());
    }

    @Override
    public void close() {
        pgai.close();
        deleteTree(home);
    }

    private static void deleteTree(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + home, e);
        }
    }
}
