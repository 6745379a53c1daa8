package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;

/** The bundled PostgreSQL of one state folder: data directory, server process, database with pgai. */
final class PostgresServer {

    /** A server process found by its pid file, checked to be this state folder's PostgreSQL. */
    record Running(long pid, int port) {
    }

    private static final Duration SHORT = Duration.ofSeconds(30);

    private final Settings settings;
    private final StateFolder state;
    private final Path bin;

    PostgresServer(Settings settings, Path bin) {
        this.settings = settings;
        this.state = settings.state();
        this.bin = bin;
    }

    /**
     * The server running from this data directory: the pid in {@code postmaster.pid} is alive and its
     * executable is this bundle's {@code postgres} (a stale pid reused by another program does not count),
     * as {@link ProcessHandle.Info#command()} reports it. A process whose executable the operating system does
     * not report is not ours when it belongs to another user than the server's; otherwise that is an error.
     */
    Optional<Running> running() {
        Path pidFile = state.data().resolve("postmaster.pid");
        long pid;
        int port;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            pid = Long.parseLong(lines.get(0).strip());
            port = Integer.parseInt(lines.get(3).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle.Info info = process.get().info();
        if (info.command().isEmpty()) {
            String serverUser = Host.isRoot() ? settings.serverUser() : System.getProperty("user.name");
            if (info.user().filter(u -> !u.equals(serverUser)).isPresent()) {
                return Optional.empty();
            }
            throw new EmbeddedPgaiException("cannot tell whether pid " + pid + " (from " + pidFile + ") is this bundle's postgres: "
                    + "the operating system does not report its executable (supported: Linux). If it is, stop it with "
                    + bin.resolve("pg_ctl") + " -D " + state.data() + " stop; if not, delete the stale " + pidFile + ".");
        }
        try {
            boolean ours = Path.of(info.command().get()).toRealPath().equals(bin.resolve("postgres").toRealPath());
            return ours ? Optional.of(new Running(pid, port)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code initdb} unless the data directory exists; refuses a data directory of another major. */
    void initialiseData() {
        Path version = state.data().resolve("PG_VERSION");
        try {
            if (Files.exists(version)) {
                String major = Files.readString(version, StandardCharsets.UTF_8).strip();
                if (!major.equals(String.valueOf(settings.pgMajor()))) {
                    throw new EmbeddedPgaiException(state.data() + " was initialised by PostgreSQL " + major + ", not " + settings.pgMajor()
                            + "; set PGAI_PG_MAJOR=" + major + ", or use another PGAI_HOME for PostgreSQL " + settings.pgMajor() + ".");
                }
                return;
            }
            deleteTree(state.data());
            Files.createDirectories(state.data());
            Files.setPosixFilePermissions(state.data(), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            Host.giveToServerUser(settings, state.data());
            settings.progress().accept("initialising " + state.data());
            Commands.Result initdb = Commands.runAsServerUser(settings, List.of(bin.resolve("initdb").toString(), "-D", state.data().toString(),
                    "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"), state.initdbLog(), Duration.ofMinutes(5));
            if (!initdb.ok()) {
                deleteTree(state.data());
                throw new EmbeddedPgaiException("initdb failed (see " + state.initdbLog() + "):\n" + initdb.tail(8));
            }
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot prepare " + state.data() + " (" + e.getMessage() + "); set PGAI_HOME to a writable folder.", e);
        }
    }

    /** The fixed port, checked to be free, or a free one; checked before anything is created. */
    int choosePort() {
        if (settings.fixedPort().isEmpty()) {
            return Host.freePort();
        }
        int port = settings.fixedPort().getAsInt();
        if (Host.portTaken(port)) {
            throw new EmbeddedPgaiException("port " + port + " on 127.0.0.1 is taken by another process; unset PGAI_DB_PORT "
                    + "(or the port option) to pick a free port, or free it.");
        }
        return port;
    }

    /** Starts the server on {@code port} and waits until it accepts connections. */
    Running start(int port) {
        try {
            Files.createDirectories(state.socketDir());
            Host.giveToServerUser(settings, state.socketDir());
            Files.writeString(state.serverLog(), "", StandardCharsets.UTF_8);
            Host.giveToServerUser(settings, state.serverLog());
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot prepare " + state.home() + " (" + e.getMessage() + "); set PGAI_HOME to a writable folder.", e);
        }
        settings.progress().accept("starting PostgreSQL " + settings.pgMajor() + " on 127.0.0.1:" + port);
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + state.socketDir()
                + " -c password_encryption=scram-sha-256 -c max_connections=200 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Commands.Result started = Commands.runAsServerUser(settings, List.of(bin.resolve("pg_ctl").toString(), "-D", state.data().toString(),
                "-l", state.serverLog().toString(), "-w", "-t", "60", "-o", options, "start"), null, Duration.ofSeconds(90));
        Optional<Running> running = running();
        if (started.ok() && running.isPresent()) {
            return running.get();
        }
        running.ifPresent(r -> stop(r.pid()));
        String log = readQuietly(state.serverLog());
        if (log.contains("Address already in use")) {
            throw new EmbeddedPgaiException("port " + port + " is taken (another process bound it first); start again.");
        }
        throw new EmbeddedPgaiException("PostgreSQL did not start (see " + state.serverLog() + "):\n"
                + new Commands.Result(1, log + "\n" + started.output()).tail(8));
    }

    /**
     * Creates the database and runs {@code pgai install} in it unless the pgai catalog is there already.
     * If installing fails, a database created here is dropped again.
     */
    void ensurePgai(Running server, Path pgai, String postgresUrl) {
        String database = settings.database();
        boolean exists = psql(server, "postgres", "select count(*) from pg_database where datname = :'db';").strip().equals("1");
        if (!exists) {
            psql(server, "postgres", "create database :\"db\";");
        } else if (psql(server, database, "select to_regclass('ai.pgai_lib_version') is not null;").strip().equals("t")) {
            return;
        }
        settings.progress().accept("running pgai install");
        Commands.Result install = Commands.run(List.of(pgai.toString(), "install", "-d", postgresUrl), state.pgaiInstallLog(), null, Duration.ofMinutes(10));
        if (!install.ok()) {
            if (!exists) {
                psql(server, "postgres", "drop database if exists :\"db\";");
            }
            throw new EmbeddedPgaiException("pgai install failed (see " + state.pgaiInstallLog() + "):\n" + install.tail(8));
        }
    }

    /**
     * Brings the data folder's {@code pg_hba.conf} to {@link ClientAuthentication#RULES}; a running server (e.g.
     * started by an older build with trust for all) reloads it, and this waits until it has.
     */
    void applyAuthenticationRules(Optional<Running> running) {
        if (!ClientAuthentication.inPlace(settings)) {
            forgetRulesLoaded();
            ClientAuthentication.write(settings);
        }
        if (running.isEmpty() || rulesLoadedBy(running.get())) {
            return;
        }
        settings.progress().accept("password authentication for roles other than postgres: reloading " + ClientAuthentication.file(state));
        String loadedBefore = psql(running.get(), "postgres", "select pg_conf_load_time();").strip();
        Commands.Result reload = Commands.runAsServerUser(settings, List.of(bin.resolve("pg_ctl").toString(), "-D", state.data().toString(),
                "reload"), null, SHORT);
        if (!reload.ok()) {
            throw new EmbeddedPgaiException("pg_ctl reload failed: " + reload.tail(5) + "\nStop the server (scripts/pgai-db stop) and start it again.");
        }
        long deadline = System.nanoTime() + SHORT.toNanos();
        while (psql(running.get(), "postgres", "select pg_conf_load_time();").strip().equals(loadedBefore)) {
            if (System.nanoTime() > deadline) {
                throw new EmbeddedPgaiException("the server (pid " + running.get().pid() + ") did not reload " + ClientAuthentication.file(state)
                        + " within " + SHORT.toSeconds() + " s; stop it (scripts/pgai-db stop) and start it again.");
            }
            pause();
        }
        markRulesLoaded(running.get());
    }

    /**
     * Records that the server {@code server} runs on the rules now in {@code pg_hba.conf}: after it started
     * from them, or reloaded them. A start that rewrites the file forgets the record first, so a start killed
     * between its write and its reload leaves none, and the next start reloads although the file needs no write.
     */
    void markRulesLoaded(Running server) {
        try {
            Files.writeString(rulesLoadedByFile(), Long.toString(server.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot write " + rulesLoadedByFile() + " (" + e.getMessage() + ")", e);
        }
    }

    private boolean rulesLoadedBy(Running server) {
        try {
            Path file = rulesLoadedByFile();
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(Long.toString(server.pid()));
        } catch (IOException e) {
            return false;
        }
    }

    private void forgetRulesLoaded() {
        try {
            Files.deleteIfExists(rulesLoadedByFile());
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot delete " + rulesLoadedByFile() + " (" + e.getMessage() + ")", e);
        }
    }

    private Path rulesLoadedByFile() {
        return state.home().resolve("pg_hba.loaded-by");
    }


    /** Stops the server with pid {@code pid} (fast shutdown), waits for it to exit, and fails if it does not. */
    void stop(long pid) {
        Commands.runAsServerUser(settings, List.of(bin.resolve("pg_ctl").toString(), "-D", state.data().toString(),
                "-m", "fast", "-w", "-t", "30", "stop"), null, Duration.ofSeconds(60));
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && !waitForExit(process.get(), Duration.ofSeconds(10))) {
            process.get().destroy();
            if (!waitForExit(process.get(), Duration.ofSeconds(10))) {
                throw new EmbeddedPgaiException("server pid " + pid + " did not stop; stop it with kill " + pid + ".");
            }
        }
        settings.progress().accept("stopped server pid " + pid);
    }

    private String psql(Running server, String database, String sql) {
        Commands.Result result = Commands.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-v", "db=" + settings.database(), "-h", "127.0.0.1", "-p", String.valueOf(server.port()), "-U", "postgres", "-d", database),
                null, sql, SHORT);
        if (!result.ok()) {
            throw new EmbeddedPgaiException("psql on 127.0.0.1:" + server.port() + " failed: " + result.tail(5));
        }
        return result.output();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPgaiException("interrupted while waiting for the server to reload its configuration", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
