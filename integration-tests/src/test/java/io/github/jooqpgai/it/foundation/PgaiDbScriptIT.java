package io.github.jooqpgai.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/pgai-db} (a wrapper over the {@code jooq-pgai-embedded} module's command) run for real in a
 * scratch state folder: the start/status/url/stop cycle, and the failure paths, each saying what happened
 * and what to do, and leaving no server process behind.
 */
class PgaiDbScriptIT {

    private Path scratch;

    @BeforeEach
    void scratchHome() throws IOException {
        scratch = Files.createTempDirectory(Path.of("/tmp"), "pgai-db-it-");
        scratch.toFile().setExecutable(true, false);
    }

    @AfterEach
    void removeScratch() throws Exception {
        run(Map.of("PGAI_HOME", scratch.toString()), "stop");
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void takenPortIsReportedAndNoServerIsLeftRunning() throws Exception {
        linkInstalledVirtualenv();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Result result = run(Map.of("PGAI_HOME", scratch.toString(), "PGAI_DB_PORT", String.valueOf(taken.getLocalPort())), "start");

            assertThat(result.exitCode).isNotZero();
            assertThat(result.stderr).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is taken")
                    .contains("unset PGAI_DB_PORT");
        }
        assertThat(serverProcessesUsing(scratch)).isZero();
        assertThat(run(Map.of("PGAI_HOME", scratch.toString()), "status").exitCode).isEqualTo(3);
    }

    @Test
    void unreachablePackageIndexIsReported() throws Exception {
        Result result = run(Map.of(
                "PGAI_HOME", scratch.toString(),
                "PIP_INDEX_URL", "http://127.0.0.1:9/simple",
                "PIP_FIND_LINKS", "",
                "PIP_RETRIES", "0",
                "PIP_DEFAULT_TIMEOUT", "2"), "start");

        assertThat(result.exitCode).isNotZero();
        assertThat(result.stderr).contains("pip install failed").contains("Is PyPI reachable?");
        assertThat(serverProcessesUsing(scratch)).isZero();
    }

    @Test
    void stopWithNothingRunningTouchesNothing() throws Exception {
        linkInstalledVirtualenv();
        Result result = run(Map.of("PGAI_HOME", scratch.toString()), "stop");

        assertThat(result.exitCode).isZero();
        assertThat(result.stderr).contains("not running");
    }

    @Test
    void startStatusUrlAndStopGoThroughTheJavaImplementation() throws Exception {
        linkInstalledVirtualenv();
        Map<String, String> env = Map.of("PGAI_HOME", scratch.toString());

        Result start = run(env, "start");
        assertThat(start.exitCode).as("start: %s", start.stderr).isZero();
        String url = start.stdout.strip();
        assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:[0-9]+/pgai_test\\?user=postgres");
        String port = url.replaceAll(".*:([0-9]+)/.*", "$1");
        Result status = run(env, "status");
        assertThat(status.exitCode).isZero();
        assertThat(status.stdout).startsWith("running pid=").contains("url=" + url);
        assertThat(run(env, "url").stdout.strip()).isEqualTo(url);
        assertThat(run(env, "pgurl").stdout.strip()).isEqualTo("postgres://postgres@127.0.0.1:" + port + "/pgai_test");
        assertThat(serverProcessesUsing(scratch)).isEqualTo(1);

        Result stop = run(env, "stop");
        assertThat(stop.exitCode).isZero();
        assertThat(stop.stderr).contains("stopped server pid");
        assertThat(serverProcessesUsing(scratch)).isZero();
        assertThat(run(env, "status").exitCode).isEqualTo(3);
        assertThat(run(env, "url").stderr).contains("not running; run scripts/pgai-db start");
    }

    @Test
    void unbundledPostgresMajorIsReportedBeforeAnythingIsInstalled() throws Exception {
        Result result = run(Map.of("PGAI_HOME", scratch.toString(), "PGAI_PG_MAJOR", "17"), "start");

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.stderr).contains("pgai-db: ERROR: PGAI_PG_MAJOR=17 is not bundled; use 16 or 18.");
        assertThat(scratch.resolve("venv")).doesNotExist();
    }

    @Test
    void unknownCommandPrintsUsage() throws Exception {
        Result result = run(Map.of(), "bogus");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr).contains("usage:").contains("start|stop|status|url");
    }

    /** Reuses the installed virtualenv (its packages are the same) so the test does not download again. */
    private void linkInstalledVirtualenv() throws Exception {
        Result python = run(Map.of(), "python");
        assertThat(python.exitCode).isZero();
        Path venv = Path.of(python.stdout.strip()).getParent().getParent();
        Files.createSymbolicLink(scratch.resolve("venv"), venv);
    }

    private static long serverProcessesUsing(Path home) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(home.toString())).orElse(false))
                .count();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(Map<String, String> env, String command) throws Exception {
        Path script = PgaiServers.repoRoot().resolve("scripts/pgai-db");
        ProcessBuilder pb = new ProcessBuilder(script.toString(), command);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("pgai-db", ".out");
        Path err = Files.createTempFile("pgai-db", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scripts/pgai-db %s finished", command).isTrue();
        Result result = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
