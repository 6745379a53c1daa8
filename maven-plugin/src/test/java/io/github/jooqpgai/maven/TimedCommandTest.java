package io.github.jooqpgai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code pgai install} into a container cannot hang the build: a program that hangs is killed with its children after the timeout. */
class TimedCommandTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingProgramIsKilledWithItsChildProcessAfterTheTimeout() {
        List<String> command = List.of("sh", "-c", "sleep 600 & echo \"child $!\"; echo \"shell $$\"; echo \"url postgres://u:s3cret@h/db\"; wait");
        List<Long> pids = new ArrayList<>();
        try {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> TimedCommand.run(command, Duration.ofSeconds(2), "s3cret"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(thrown).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("sh -c sleep 600 & echo")
                    .hasMessageContaining(" did not finish within 2000 ms and was killed with its child processes; its output ends with:\nchild ")
                    .hasMessageEndingWith("url postgres://u:****@h/db");
            assertThat(thrown.getMessage()).doesNotContain("s3cret");
            Matcher pid = Pattern.compile("(?m)^(?:child|shell) (\\d+)$").matcher(thrown.getMessage());
            while (pid.find()) {
                pids.add(Long.parseLong(pid.group(1)));
            }
            assertThat(pids).as("pids in the message").hasSize(2);
            for (long each : pids) {
                assertThat(ProcessHandle.of(each).filter(ProcessHandle::isAlive)).as("process %d after the timeout", each).isEmpty();
            }
            assertThat(took).as("time until the failure").isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        } finally {
            pids.forEach(each -> ProcessHandle.of(each).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFailingProgramFailsWithItsStatusAndOutputAndAGoodOneGivesItsOutput() throws Exception {
        assertThatThrownBy(() -> TimedCommand.run(List.of("sh", "-c", "echo 'bad password s3cret' >&2; exit 2"), Duration.ofSeconds(20), "s3cret"))
                .isInstanceOf(IOException.class).hasMessage("sh -c echo 'bad password ****' >&2; exit 2 exited with 2:\nbad password ****");
        assertThat(TimedCommand.run(List.of("sh", "-c", "echo done"), Duration.ofSeconds(20), null)).isEqualTo("done\n");
    }
}
