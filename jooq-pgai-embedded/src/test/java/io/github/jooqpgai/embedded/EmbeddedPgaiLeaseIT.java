package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs (this one starts {@link LeaseHolder}s with {@link ProcessBuilder}) share one state folder: the JVM that
 * started the server does not stop it while another JVM still uses it; the last one to let go stops it; a JVM that
 * died does not keep it running; a server whose starter exited without stopping it is left running.
 */
class EmbeddedPgaiLeaseIT {

    @Test
    void theStartingJvmLeavesTheServerToTheOtherJvmWhichStopsItLast() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv(); Jvm a = Jvm.start(home); Jvm b = Jvm.start(home)) {
            assertThat(a.startedHere).as("the first JVM starts the server").isTrue();
            assertThat(b.startedHere).as("the second reuses it").isFalse();
            assertThat(b.serverPid).isEqualTo(a.serverPid);

            a.stop();
            assertThat(alive(a.serverPid)).as("the starter stopped while the other JVM still holds a lease").isTrue();
            assertThat(query(home, "select 1")).isEqualTo("1");
            assertThat(home.path.resolve("leases/" + a.serverPid + "/" + b.pid())).as("the other JVM's lease").exists();

            b.stop();
            assertThat(alive(a.serverPid)).as("the last JVM to let go stops it").isFalse();
            assertThat(home.serverProcesses()).isZero();
            assertThat(home.path.resolve("leases")).as("no lease left behind").isEmptyDirectory();
        }
    }

    @Test
    void theStarterStoppingLastStopsTheServer() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv(); Jvm a = Jvm.start(home); Jvm b = Jvm.start(home)) {
            b.stop();
            assertThat(alive(a.serverPid)).as("a reusing JVM never stops a server whose starter still uses it").isTrue();
            a.stop();
            assertThat(alive(a.serverPid)).isFalse();
            assertThat(home.serverProcesses()).isZero();
        }
    }

    @Test
    void theLeaseOfAJvmThatDiedDoesNotKeepTheServerRunning() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv(); Jvm a = Jvm.start(home); Jvm b = Jvm.start(home)) {
            b.kill();
            assertThat(home.path.resolve("leases/" + a.serverPid + "/" + b.pid())).as("its lease file is still there").exists();
            a.stop();
            assertThat(alive(a.serverPid)).as("a stale lease (dead pid) does not count").isFalse();
            assertThat(home.serverProcesses()).isZero();
        }
    }

    @Test
    void aServerWhoseStarterExitedWithoutStoppingItIsLeftRunning() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            long serverPid;
            try (Jvm script = Jvm.start(home)) {
                serverPid = script.serverPid;
                script.exitWithoutStopping();
            }
            try (Jvm user = Jvm.start(home)) {
                assertThat(user.startedHere).isFalse();
                user.stop();
            }
            assertThat(alive(serverPid)).as("like a server of scripts/pgai-db start, reused by a test JVM").isTrue();
            assertThat(home.builder().stopRunning()).isTrue();
            assertThat(alive(serverPid)).isFalse();
        }
    }

    @Test
    void withinOneJvmTheStartersStopLeavesTheServerToAnotherHandle() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            EmbeddedPgai starter = home.builder().start();
            EmbeddedPgai other = home.builder().start();
            starter.stop();
            assertThat(alive(starter.pid())).as("another handle of this JVM still uses it").isTrue();
            other.stop();
            assertThat(alive(starter.pid())).isFalse();
            assertThat(home.serverProcesses()).isZero();
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String query(ScratchHome home, String sql) throws SQLException {
        String url = home.builder().running().orElseThrow().jdbcUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** A {@link LeaseHolder} JVM on the test classpath; killed on close if still running. */
    private static final class Jvm implements AutoCloseable {

        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        final long serverPid;
        final boolean startedHere;

        private Jvm(Process process) throws Exception {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            String[] started = line().split(" ");
            assertThat(started[0]).as("first line of the LeaseHolder JVM").isEqualTo("started");
            this.serverPid = Long.parseLong(started[1]);
            this.startedHere = Boolean.parseBoolean(started[2]);
        }

        static Jvm start(ScratchHome home) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path log = Files.createTempFile("lease-holder-", ".log");
            Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    LeaseHolder.class.getName(), home.path.toString())
                    .redirectError(log.toFile()).start();
            try {
                return new Jvm(process);
            } catch (Exception | AssertionError e) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("LeaseHolder JVM failed; its stderr:\n" + Files.readString(log), e);
            }
        }

        long pid() {
            return process.pid();
        }

        void stop() throws Exception {
            in.write("stop\n");
            in.flush();
            assertThat(line()).isEqualTo("stopped");
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("LeaseHolder exits after stop").isTrue();
        }

        void exitWithoutStopping() throws Exception {
            in.close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("LeaseHolder exits at end of input").isTrue();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        private String line() throws Exception {
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).get(180, TimeUnit.SECONDS);
            assertThat(line).as("a line from the LeaseHolder JVM (pid %s)", process.pid()).isNotNull();
            return line;
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
