package io.github.jooqpgai.maven;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A {@code pgvector/pgvector} container with pgai 0.12.1 installed by {@code pgai install} from the embedded
 * module's virtualenv, stopped on close. Needs a Docker engine.
 *
 * <pre>{@code
 * RunningDatabase db = PgaiContainer.start(new DatabaseSource.Container("pgvector/pgvector:pg16", null), "app", log::info);
 * }</pre>
 */
final class PgaiContainer {

    /** How long {@code pgai install} may take. */
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private PgaiContainer() {
    }

    /** Starts the container, installs pgai and returns a scratch database in it. */
    static RunningDatabase start(DatabaseSource.Container source, String module, Consumer<String> progress) throws DatabaseUnavailableException {
        if (!dockerAvailable()) {
            throw new DatabaseUnavailableException("<mode>testcontainers</mode> needs a Docker engine, and none answers"
                    + " (checked DOCKER_HOST, ~/.testcontainers.properties and /var/run/docker.sock): start Docker,"
                    + " or generate from a database you run (<url>), or use <mode>embedded</mode>, which needs no Docker", null);
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                DockerImageName.parse(source.image()).asCompatibleSubstituteFor("postgres")).withDatabaseName("pgai_test");
        progress.accept("starting " + source.image());
        container.start();
        try {
            installPgai(container, source.pgaiExecutable());
            RunningDatabase server = RunningDatabase.existing(container.getJdbcUrl(), container.getUsername(), Password.of(container.getPassword()));
            return DatabaseLauncher.copyOf(server, module, container::stop);
        } catch (IOException | SQLException | RuntimeException e) {
            container.stop();
            throw new DatabaseUnavailableException("could not install pgai into " + source.image() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            container.stop();
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while installing pgai into " + source.image(), e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void installPgai(PostgreSQLContainer<?> container, String pgaiExecutable) throws IOException, InterruptedException {
        String pgai = pgaiExecutable != null ? pgaiExecutable : EmbeddedPgai.builder().python().resolveSibling("pgai").toString();
        String url = "postgres://" + container.getUsername() + ":" + container.getPassword() + "@" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/pgai_test";
        TimedCommand.run(List.of(pgai, "install", "-d", url), INSTALL_TIMEOUT, container.getPassword());
    }
}
