package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A program that hangs (as a stuck pip would) is stopped with its children after the timeout, and the failure says what hung. */
class CommandsTimeoutTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingProgramIsStoppedWithItsChildProcessAfterTheTimeout() throws IOException {
        Path log = tmp.resolve("hang.log");
        List<String> command = List.of("sh", "-c", "sleep 600 & echo \"child $!\"; echo \"shell $$\"; for i in 1 2 3; do echo \"line $i\"; done; wait");
        List<Long> pids = new ArrayList<>();
        try {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> Commands.run(command, log, null, Duration.ofSeconds(2)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("child ") || line.startsWith("shell ")) {
                    pids.add(Long.parseLong(line.substring(6).strip()));
                }
            }
            assertThat(pids).as("pids the program printed to %s", log).hasSize(2);
            for (long pid : pids) {
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d after the timeout", pid).isEmpty();
            }
            assertThat(took).as("time until the failure").isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
            assertThat(thrown).isInstanceOf(EmbeddedPgaiException.class)
                    .hasMessageStartingWith("sh -c sleep 600 & echo")
                    .hasMessageContaining("did not finish within 2000 ms and was stopped with its child processes (output in " + log + ")")
                    .hasMessageEndingWith("line 1\nline 2\nline 3");
        } finally {
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void theCommandInMessagesHasNoPassword() {
        assertThat(Commands.describe(List.of("pgai", "install", "-d", "postgres://app:s3cret@127.0.0.1:5432/db")))
                .isEqualTo("pgai install -d postgres://app:***@127.0.0.1:5432/db");
    }
}
