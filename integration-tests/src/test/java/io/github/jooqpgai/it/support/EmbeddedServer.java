package io.github.jooqpgai.it.support;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.nio.file.Path;

/**
 * The embedded database of the {@code jooq-pgai-embedded} module, with the checkout's {@code .pgai} as
 * its default state folder (the same one {@code scripts/pgai-db} and {@code .ci/run} use), so a server
 * started by the script is reused and left running; one this JVM starts is stopped by {@link #close()}.
 *
 * <pre>{@code
 * PgaiServer server = EmbeddedServer.startOrReuse(Path.of("/path/to/repo"));
 * }</pre>
 */
public record EmbeddedServer(EmbeddedPgai pgai) implements PgaiServer {

    /** Starts the embedded server, or reuses the one that runs from the same state folder. */
    public static EmbeddedServer startOrReuse(Path repoRoot) {
        return new EmbeddedServer(EmbeddedPgai.builder().defaultHome(repoRoot.resolve(".pgai")).start());
    }

    @Override
    public String jdbcUrl() {
        return pgai.jdbcUrl();
    }

    @Override
    public String description() {
        return "embedded (" + pgai.home() + (pgai.startedHere() ? ", started by this JVM)" : ", reused)");
    }

    @Override
    public void close() {
        pgai.stop();
    }
}
