package io.github.jooqpgai.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded database managed by {@code scripts/pgai-db}: a PyPI-bundled PostgreSQL + pgvector with
 * {@code pgai install} applied. If the server is already running (for example started by {@code .ci/run})
 * it is reused and left running; if this JVM starts it, {@link #close()} stops it again.
 *
 * <pre>{@code
 * EmbeddedPgaiServer server = EmbeddedPgaiServer.startOrReuse(Path.of("/path/to/repo"));
 * }</pre>
 */
public final class EmbeddedPgaiServer implements PgaiServer {

    private final Path script;
    private final String jdbcUrl;
    private final boolean startedHere;

    private EmbeddedPgaiServer(Path script, String jdbcUrl, boolean startedHere) {
        this.script = script;
        this.jdbcUrl = jdbcUrl;
        this.startedHere = startedHere;
    }

    /** Starts the embedded server through the script, or reuses the one that runs. */
    public static EmbeddedPgaiServer startOrReuse(Path repoRoot) {
        Path script = repoRoot.resolve("scripts/pgai-db");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("scripts/pgai-db not found under " + repoRoot
                    + "; set -Dpgai.repo.root or PGAI_JDBC_URL");
        }
        boolean running = run(script, "status", false).exitCode == 0;
        Result start = run(script, "start", true);
        List<String> lines = start.stdout.lines().filter(l -> l.startsWith("jdbc:")).toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("scripts/pgai-db start printed no JDBC URL:\n" + start.stdout);
        }
        return new EmbeddedPgaiServer(script, lines.get(lines.size() - 1), !running);
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String description() {
        return "embedded (scripts/pgai-db" + (startedHere ? ", started by this JVM)" : ", reused)");
    }

    @Override
    public void close() {
        if (startedHere) {
            run(script, "stop", true);
        }
    }

    private record Result(int exitCode, String stdout) {
    }

    private static Result run(Path script, String command, boolean failOnError) {
        try {
            Path out = Files.createTempFile("pgai-db-" + command, ".out");
            Path err = Files.createTempFile("pgai-db-" + command, ".err");
            Process process = new ProcessBuilder(script.toString(), command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("scripts/pgai-db " + command + " timed out");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (failOnError && process.exitValue() != 0) {
                throw new IllegalStateException("scripts/pgai-db " + command + " failed (exit "
                        + process.exitValue() + "):\n" + stderr);
            }
            return new Result(process.exitValue(), stdout);
        } catch (IOException e) {
            throw new IllegalStateException("could not run scripts/pgai-db " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running scripts/pgai-db " + command, e);
        }
    }
}
