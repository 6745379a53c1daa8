package io.github.jooqpgai.maven;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
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
        Process install = new ProcessBuilder(pgai, "install", "-d", url).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!install.waitFor(5, TimeUnit.MINUTES)) {
            install.destroyForcibly();
            throw new IOException(pgai + " install did not finish within 5 minutes");
        }
        if (install.exitValue() != 0) {
            throw new IOException(Path.of(pgai).getFileName() + " install exited with " + install.exitValue() + ": "
                    + output.replace(container.getPassword(), "****"));
        }
    }
}
