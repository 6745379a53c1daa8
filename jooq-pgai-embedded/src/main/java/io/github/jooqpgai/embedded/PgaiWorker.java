package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * pgai's real vectorizer worker ({@code pgai vectorizer worker} 0.12.1, Python) for a database, run once or in
 * the background. {@link Builder#build()} installs it on first use into {@code <home>/worker-venv} with only the
 * packages the OpenAI-compatible embedding path needs (no docling/torch; about a minute cold, cached afterwards).
 * The database password goes to the worker as {@code PGPASSWORD}, never on its command line or in messages.
 *
 * <pre>{@code
 * PgaiWorker worker = PgaiWorker.builder("jdbc:postgresql://127.0.0.1:5432/app?user=app&password=secret")
 *         .apiKey("OPENAI_API_KEY", "unused")          // the vectorizer's api_key_name; any value for a local server
 *         .build();                                     // installs the worker once
 * PgaiWorker.Result run = worker.runOnce();             // processes the queues, then exits
 * if (!run.succeeded()) throw new IllegalStateException(run.output());
 *
 * try (PgaiWorker.Running background = worker.start()) { // polls every pollInterval until closed
 *     ...
 * }                                                     // stops it (and its children) by pid
 * }</pre>
 *
 * The worker's environment: this JVM's, plus {@code PGPASSWORD} (when the URL or {@link Builder#password} has
 * one), {@code TIKTOKEN_CACHE_DIR} (the wheel's own tiktoken files, so OpenAI model names tokenise offline),
 * the API key variable ({@code OPENAI_API_KEY} is set to a dummy when neither this JVM nor {@link Builder#apiKey}
 * sets it) and {@link Builder#environment} entries.
 */
public final class PgaiWorker {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DUMMY_KEY = "jooq-pgai-no-key";
    private static final int OUTPUT_LIMIT = 1 << 20;

    private final LibpqUrl database;
    private final WorkerInstaller.Installed installed;
    private final List<Integer> vectorizerIds;
    private final Integer concurrency;
    private final Duration pollInterval;
    private final Duration timeout;
    private final Map<String, String> environment;

    PgaiWorker(Builder builder, LibpqUrl database, WorkerInstaller.Installed installed) {
        this.database = database;
        this.installed = installed;
        this.vectorizerIds = List.copyOf(builder.vectorizerIds);
        this.concurrency = builder.concurrency;
        this.pollInterval = builder.pollInterval;
        this.timeout = builder.timeout;
        this.environment = Map.copyOf(builder.environment);
    }

    /** A builder for the worker of {@code databaseUrl} ({@code jdbc:postgresql://...} or {@code postgres://...}). */
    public static Builder builder(String databaseUrl) {
        return new Builder(LibpqUrl.of(databaseUrl), System.getenv());
    }

    /** The {@code pgai} program of the worker's virtualenv. */
    public Path executable() {
        return installed.pgai();
    }

    /**
     * Runs {@code pgai vectorizer worker --once}: processes all queued work and exits (exit code 1 on an
     * error, which pgai also records in {@code ai.vectorizer_errors}). Fails if it runs longer than the timeout
     * (the worker is stopped then).
     */
    public Result runOnce() {
        long started = System.nanoTime();
        Process process = launch(true);
        Thread hook = ProcessTree.stopOnJvmExit(process);
        OutputCollector output = OutputCollector.of(process);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.stop(process, hook);
                throw new EmbeddedPgaiException("pgai vectorizer worker --once did not finish within " + timeout.toSeconds()
                        + " s and was stopped; its output ends with:\n" + output.tail(20));
            }
            ProcessTree.stop(process, hook);
            output.awaitEnd();
            return new Result(process.exitValue(), output.text(), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            ProcessTree.stop(process, hook);
            Thread.currentThread().interrupt();
            throw new EmbeddedPgaiException("interrupted while the pgai worker ran; it was stopped", e);
        }
    }

    /** Starts the worker in the background: it polls the queues every {@link Builder#pollInterval} until closed. */
    public Running start() {
        Process process = launch(false);
        return new Running(process, ProcessTree.stopOnJvmExit(process), OutputCollector.of(process));
    }

    /** The command line (without secrets), for messages. */
    List<String> command(boolean once) {
        List<String> command = new ArrayList<>(List.of(installed.pgai().toString(), "vectorizer", "worker", "-d", database.url()));
        for (int id : vectorizerIds) {
            command.add("-i");
            command.add(Integer.toString(id));
        }
        if (concurrency != null) {
            command.add("--concurrency");
            command.add(concurrency.toString());
        }
        if (once) {
            command.add("--once");
        } else {
            command.add("--poll-interval");
            command.add(Long.toString(Math.max(1, pollInterval.toSeconds())));
        }
        return command;
    }

    private Process launch(boolean once) {
        ProcessBuilder builder = new ProcessBuilder(command(once)).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        database.password().ifPresent(password -> env.put("PGPASSWORD", password));
        env.put("TIKTOKEN_CACHE_DIR", installed.tiktokenCache().toString());
        env.put("PYTHONUNBUFFERED", "1");
        env.putIfAbsent("OPENAI_API_KEY", DUMMY_KEY);
        env.putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new EmbeddedPgaiException("could not start the pgai worker " + installed.pgai() + ": " + e.getMessage()
                    + "; delete " + installed.venv() + " to reinstall it.", e);
        }
    }

    @Override
    public String toString() {
        return "PgaiWorker[" + database.url() + (vectorizerIds.isEmpty() ? "" : ", vectorizers " + vectorizerIds)
                + (concurrency == null ? "" : ", concurrency " + concurrency) + "]";
    }

    /**
     * What a {@code --once} run did.
     *
     * <pre>{@code
     * PgaiWorker.Result run = worker.runOnce();
     * assertThat(run.succeeded()).as(run.output()).isTrue();
     * }</pre>
     *
     * @param exitCode the worker's exit status (0: all queued work done; 1: an error, see the output and
     *                 {@code ai.vectorizer_errors})
     * @param output   its combined stdout and stderr (the last MiB)
     * @param elapsed  wall time from start to exit
     */
    public record Result(int exitCode, String output, Duration elapsed) {

        /** Whether the worker exited with status 0. */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * A worker running in the background; {@link #close()} stops it and its child processes by pid and waits
     * until they are gone (a shutdown hook does the same if the JVM exits first).
     *
     * <pre>{@code
     * try (PgaiWorker.Running worker = PgaiWorker.builder(url).pollInterval(Duration.ofSeconds(1)).build().start()) {
     *     long pid = worker.pid();
     * }
     * }</pre>
     */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final Thread stopOnJvmExit;
        private final OutputCollector output;

        private Running(Process process, Thread stopOnJvmExit, OutputCollector output) {
            this.process = process;
            this.stopOnJvmExit = stopOnJvmExit;
            this.output = output;
        }

        /** The worker's process id. */
        public long pid() {
            return process.pid();
        }

        /** Whether the worker is still running. */
        public boolean isAlive() {
            return process.isAlive();
        }

        /** Its output so far (the last MiB). */
        public String output() {
            return output.text();
        }

        /** Stops the worker (SIGTERM, SIGKILL after 10 s) and its child processes, and waits until they are gone. */
        @Override
        public void close() {
            ProcessTree.stop(process, stopOnJvmExit);
        }

        @Override
        public String toString() {
            return "PgaiWorker.Running[pid " + pid() + (isAlive() ? "" : ", exited") + "]";
        }
    }

    /**
     * Options of a {@link PgaiWorker}. Defaults: home {@code PGAI_HOME}, else the embedded database's per-user
     * cache ({@code ~/.cache/jooq-pgai/pgai-0.12.1}); all vectorizers; pgai's concurrency; poll interval 5 s
     * (background); timeout 10 min ({@code --once}).
     *
     * <pre>{@code
     * PgaiWorker worker = PgaiWorker.builder(url).vectorizerId(id).concurrency(2).timeout(Duration.ofMinutes(2)).build();
     * }</pre>
     */
    public static final class Builder {

        private LibpqUrl database;
        private final Map<String, String> env;
        private Path home;
        private Path defaultHome;
        private final List<Integer> vectorizerIds = new ArrayList<>();
        private Integer concurrency;
        private Duration pollInterval = Duration.ofSeconds(5);
        private Duration timeout = Duration.ofMinutes(10);
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Consumer<String> progress = Provisioner::log;

        Builder(LibpqUrl database, Map<String, String> env) {
            this.database = database;
            this.env = env;
        }

        /** The state folder that holds {@code worker-venv/} (created if missing). */
        public Builder home(Path home) {
            this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
            return this;
        }

        /** Replaces the per-user cache as the state folder when neither {@link #home} nor {@code PGAI_HOME} is given. */
        public Builder defaultHome(Path defaultHome) {
            this.defaultHome = Objects.requireNonNull(defaultHome, "defaultHome").toAbsolutePath().normalize();
            return this;
        }

        /** The database password (instead of one in the URL); passed as {@code PGPASSWORD}. */
        public Builder password(String password) {
            this.database = new LibpqUrl(database.url(), Optional.of(Objects.requireNonNull(password, "password")));
            return this;
        }

        /** Restricts the worker to these vectorizer ids ({@code -i}); several calls add up. */
        public Builder vectorizerId(int id) {
            if (id < 1) {
                throw new IllegalArgumentException("vectorizerId = " + id + ": vectorizer ids are positive");
            }
            vectorizerIds.add(id);
            return this;
        }

        /** The number of concurrent tasks per vectorizer ({@code --concurrency}, at least 1). */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency = " + concurrency + ": must be at least 1");
            }
            this.concurrency = concurrency;
            return this;
        }

        /** How long a background worker waits between polls of an empty queue (whole seconds, at least 1). */
        public Builder pollInterval(Duration pollInterval) {
            if (pollInterval == null || pollInterval.toSeconds() < 1) {
                throw new IllegalArgumentException("pollInterval = " + pollInterval + ": must be at least 1 second");
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /** How long {@link PgaiWorker#runOnce()} may take before the worker is stopped and it fails. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout = " + timeout + ": must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The API key variable the vectorizer's embedding config names ({@code api_key_name}, default
         * {@code OPENAI_API_KEY}) and its value (any value for a keyless local server). Never logged.
         */
        public Builder apiKey(String name, String value) {
            return environment(name, Objects.requireNonNull(value, "value"));
        }

        /** One more environment variable for the worker. */
        public Builder environment(String name, String value) {
            if (name == null || !ENV_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("environment variable name = " + (name == null ? "null" : "'" + name + "'")
                        + ": must be letters, digits and _ (not starting with a digit)");
            }
            environment.put(name, Objects.requireNonNull(value, "value of " + name));
            return this;
        }

        /** Where install progress goes (default: {@code System.Logger} {@code io.github.jooqpgai.embedded}, INFO). */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Installs the worker into {@code <home>/worker-venv} unless it is there, and returns it. */
        public PgaiWorker build() {
            Path folder = home;
            if (folder == null) {
                String envHome = env.get("PGAI_HOME");
                folder = envHome != null && !envHome.isBlank() ? Path.of(envHome).toAbsolutePath().normalize()
                        : defaultHome != null ? defaultHome : Settings.cacheHome(env, ServerWheel.DEFAULT);
            }
            WorkerInstaller.Installed installed = WorkerInstaller.ensureInstalled(folder, env.getOrDefault("PATH", ""), progress);
            return new PgaiWorker(this, database, installed);
        }
    }

    /** Collects a process's output in memory (the last MiB) on a daemon thread. */
    static final class OutputCollector {

        private final StringBuilder text = new StringBuilder();
        private final Thread reader;

        private OutputCollector(InputStream in) {
            this.reader = new Thread(() -> read(in), "pgai-worker-output");
            reader.setDaemon(true);
        }

        static OutputCollector of(Process process) {
            return of(process.getInputStream());
        }

        static OutputCollector of(InputStream in) {
            OutputCollector collector = new OutputCollector(in);
            collector.reader.start();
            return collector;
        }

        /** Decodes as a stream, so a UTF-8 character split between two reads stays whole. */
        private void read(InputStream in) {
            char[] buffer = new char[8192];
            try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (int n; (n = text.read(buffer)) >= 0; ) {
                    append(new String(buffer, 0, n));
                }
            } catch (IOException e) {
                append("\n[output ended: " + e.getMessage() + "]\n");
            }
        }

        private synchronized void append(String chunk) {
            text.append(chunk);
            if (text.length() > OUTPUT_LIMIT) {
                text.delete(0, text.length() - OUTPUT_LIMIT);
            }
        }

        void awaitEnd() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }

        synchronized String text() {
            return text.toString();
        }

        String tail(int lines) {
            List<String> all = text().strip().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }
}
