package io.github.jooqpgai.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Chooses the database for this JVM, once: {@code PGAI_JDBC_URL} if set, a Testcontainers container if
 * {@code -Dpgai.db=testcontainers} (an error without Docker), otherwise the embedded server of the
 * {@code jooq-pgai-embedded} module in the checkout's {@code .pgai} (shared with {@code scripts/pgai-db}).
 *
 * <pre>{@code
 * PgaiServer server = PgaiServers.shared();
 * }</pre>
 */
public final class PgaiServers {

    private static PgaiServer shared;

    private PgaiServers() {
    }

    /** The server for this JVM; started on first use, stopped at JVM exit if this JVM started it. */
    public static synchronized PgaiServer shared() {
        if (shared == null) {
            shared = choose();
            PgaiServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pgai-server-stop"));
            System.out.println("[jooq-pgai] tests run against " + server.description() + ": " + redacted(server.jdbcUrl()));
        }
        return shared;
    }

    /** Which kind of server a JVM uses. */
    enum Kind { EXTERNAL, CONTAINER, EMBEDDED }

    /**
     * Decides the server from {@code PGAI_JDBC_URL} and {@code -Dpgai.db}. Asking for Testcontainers
     * without a Docker engine is an error, never a silent skip: the build fails with this message.
     *
     * @throws IllegalStateException for {@code -Dpgai.db=testcontainers} without Docker, or an unknown {@code -Dpgai.db}
     */
    static Kind decide(String jdbcUrlEnv, String dbProperty, BooleanSupplier dockerAvailable) {
        if (jdbcUrlEnv != null && !jdbcUrlEnv.isBlank()) {
            return Kind.EXTERNAL;
        }
        if (dbProperty == null || dbProperty.isBlank() || dbProperty.equals("embedded")) {
            return Kind.EMBEDDED;
        }
        if (!dbProperty.equals("testcontainers")) {
            throw new IllegalStateException("-Dpgai.db=" + dbProperty + " is not known; use testcontainers or embedded (the default), "
                    + "or set PGAI_JDBC_URL");
        }
        if (!dockerAvailable.getAsBoolean()) {
            throw new IllegalStateException("-Dpgai.db=testcontainers needs a Docker engine and none answers here. "
                    + "Run without -Dpgai.db to use the embedded database, or set PGAI_JDBC_URL to an existing pgai database.");
        }
        return Kind.CONTAINER;
    }

    private static PgaiServer choose() {
        String url = System.getenv("PGAI_JDBC_URL");
        return switch (decide(url, System.getProperty("pgai.db"), ContainerPgaiServer::dockerAvailable)) {
            case EXTERNAL -> new ExternalPgaiServer(url);
            case CONTAINER -> ContainerPgaiServer.start(repoRoot());
            case EMBEDDED -> EmbeddedServer.startOrReuse(repoRoot());
        };
    }

    /** The repository root: {@code -Dpgai.repo.root}, else the nearest parent holding scripts/pgai-db. */
    public static Path repoRoot() {
        String configured = System.getProperty("pgai.repo.root");
        if (configured != null && Files.isExecutable(Path.of(configured, "scripts/pgai-db"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("scripts/pgai-db"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find scripts/pgai-db above " + Path.of("").toAbsolutePath()
                + "; set -Dpgai.repo.root or PGAI_JDBC_URL");
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
