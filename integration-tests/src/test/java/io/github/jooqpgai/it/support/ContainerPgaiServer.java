package io.github.jooqpgai.it.support;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A {@code pgvector/pgvector:pg17} container with pgai installed by the same installer the embedded
 * database uses ({@code pgai install} from the embedded database's virtualenv). Chosen with
 * {@code -Dpgai.db=testcontainers}; needs a Docker engine.
 *
 * <pre>{@code
 * mvn verify -Dpgai.db=testcontainers
 * }</pre>
 */
public final class ContainerPgaiServer implements PgaiServer {

    static final String IMAGE = "pgvector/pgvector:pg17";

    private final PostgreSQLContainer<?> container;

    private ContainerPgaiServer(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    /** Whether a Docker engine answers; without one this server cannot exist. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Starts the container and installs pgai 0.12.1 into it. */
    public static ContainerPgaiServer start(Path repoRoot) {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("pgai_test");
        container.start();
        try {
            String url = "postgres://" + container.getUsername() + ":" + container.getPassword() + "@"
                    + container.getHost() + ":" + container.getMappedPort(5432) + "/pgai_test";
            Path pgai = EmbeddedPgai.builder().defaultHome(repoRoot.resolve(".pgai")).python().resolveSibling("pgai");
            TimedProcess.Result install = TimedProcess.run(List.of(pgai.toString(), "install", "-d", url), "pgai install -d <container>",
                    Duration.ofMinutes(5));
            if (install.exitCode() != 0) {
                throw new IllegalStateException("pgai install into the container failed:\n" + install.output());
            }
            return new ContainerPgaiServer(container);
        } catch (IOException | RuntimeException e) {
            container.stop();
            throw new IllegalStateException("could not install pgai into " + IMAGE, e);
        } catch (InterruptedException e) {
            container.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing pgai", e);
        }
    }

    @Override
    public String jdbcUrl() {
        return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    @Override
    public String description() {
        return "testcontainers (" + IMAGE + ")";
    }

    @Override
    public void close() {
        container.stop();
    }
}
