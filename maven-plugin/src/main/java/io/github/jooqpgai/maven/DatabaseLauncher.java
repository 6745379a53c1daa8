package io.github.jooqpgai.maven;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import io.github.jooqpgai.embedded.EmbeddedPgaiException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Turns a {@link DatabaseSource} into a {@link RunningDatabase}. A database the plugin runs (embedded or
 * container) is a fresh copy of the pgai-installed database, dropped again on close, so migrations always start
 * from an empty schema.
 *
 * <pre>{@code
 * try (RunningDatabase db = DatabaseLauncher.open(source, "my-module", log::info)) { ... }
 * }</pre>
 */
final class DatabaseLauncher {

    private static final String PGAI_DATABASE = "pgai_test";

    private DatabaseLauncher() {
    }

    /** Opens {@code source} for the module {@code module}; {@code progress} receives start-up messages. */
    static RunningDatabase open(DatabaseSource source, String module, Consumer<String> progress) throws DatabaseUnavailableException {
        if (source instanceof DatabaseSource.Existing e) {
            return RunningDatabase.existing(e.url(), e.user(), e.password());
        }
        if (source instanceof DatabaseSource.Embedded e) {
            return embedded(e.stateDirectory(), module, progress);
        }
        return PgaiContainer.start((DatabaseSource.Container) source, module, progress);
    }

    private static RunningDatabase embedded(Path state, String module, Consumer<String> progress) throws DatabaseUnavailableException {
        EmbeddedPgai server;
        try {
            server = SharedEmbeddedServers.acquire(state, progress);
        } catch (EmbeddedPgaiException e) {
            throw new DatabaseUnavailableException("the embedded pgai database could not start: " + e.getMessage()
                    + " — or generate from a database you run (<url>, or -Djooq-pgai.url=jdbc:postgresql://...),"
                    + " or use <mode>testcontainers</mode> (needs Docker)", e);
        }
        try {
            return copyOf(RunningDatabase.existing(server.jdbcUrl(), null, Password.of(null)), module, () -> SharedEmbeddedServers.release(state));
        } catch (SQLException | RuntimeException e) {
            SharedEmbeddedServers.release(state);
            throw new DatabaseUnavailableException("could not create a scratch database on the embedded server: " + e.getMessage(), e);
        }
    }

    /** A scratch copy of {@code PGAI_DATABASE} on {@code server}; closing drops it, then runs {@code afterDrop}. */
    static RunningDatabase copyOf(RunningDatabase server, String module, Runnable afterDrop) throws SQLException {
        ScratchDatabase scratch = ScratchDatabase.copy(server, PGAI_DATABASE, module);
        return new PluginStarted(scratch, server, afterDrop);
    }

    /** A scratch database on a server the plugin runs. */
    private record PluginStarted(ScratchDatabase scratch, RunningDatabase server, Runnable afterDrop) implements RunningDatabase {

        @Override
        public String url() {
            return scratch.url();
        }

        @Override
        public String user() {
            return server.user();
        }

        @Override
        public Password password() {
            return server.password();
        }

        @Override
        public boolean startedByPlugin() {
            return true;
        }

        @Override
        public void close() {
            try {
                scratch.drop();
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the scratch database " + JdbcUrls.redact(scratch.url()) + ": " + e.getMessage(), e);
            } finally {
                afterDrop.run();
            }
        }
    }
}
