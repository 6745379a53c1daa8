package io.github.jooqpgai.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses the database for this JVM, once: {@code PGAI_JDBC_URL} if set, a Testcontainers container if
 * {@code -Dpgai.db=testcontainers}, otherwise the embedded server of {@code scripts/pgai-db}.
 *
 * <pre>{@code
 * PgaiServer server = PgaiServers.shared();
 * }</pre>
 */
public final class PgaiServers {

    private static PgaiServer shared;
    private static Boolean dockerMissing;

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

    /**
     * Why no server can be had in this JVM, if so: {@code -Dpgai.db=testcontainers} without a Docker
     * engine. Database tests are then skipped with this reason.
     */
    public static synchronized Optional<String> unavailableReason() {
        if (dockerMissing == null) {
            dockerMissing = containersRequested() && !ContainerPgaiServer.dockerAvailable();
        }
        return dockerMissing
                ? Optional.of("-Dpgai.db=testcontainers needs a Docker engine and none answers here; "
                        + "database tests are skipped. Run without -Dpgai.db to use the embedded database.")
                : Optional.empty();
    }

    private static boolean containersRequested() {
        return "testcontainers".equals(System.getProperty("pgai.db"))
                && (System.getenv("PGAI_JDBC_URL") == null || System.getenv("PGAI_JDBC_URL").isBlank());
    }

    private static PgaiServer choose() {
        String url = System.getenv("PGAI_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalPgaiServer(url);
        }
        if (containersRequested()) {
            unavailableReason().ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            return ContainerPgaiServer.start(repoRoot());
        }
        return EmbeddedPgaiServer.startOrReuse(repoRoot());
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
