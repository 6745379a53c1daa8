package io.github.jooqpgai.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A test's child process that hangs fails the test after the timeout instead of hanging it, and is killed with its children. */
class TimedProcessTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingChildFailsAfterTheTimeoutAndIsKilledWithItsChild() {
        List<String> command = List.of("sh", "-c", "sleep 600 & echo \"child $!\"; echo \"shell $$\"; wait");
        List<Long> pids = new ArrayList<>();
        try {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> TimedProcess.run(command, Duration.ofSeconds(2)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(thrown).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("sh -c sleep 600 & echo \"child $!\"; echo \"shell $$\"; wait did not finish within 2000 ms and was killed"
                            + " with its child processes; its output ends with:\nchild ");
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
    void aChildThatEndsGivesItsStatusAndOutput() throws Exception {
        assertThat(TimedProcess.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Duration.ofSeconds(20)))
                .isEqualTo(new TimedProcess.Result(3, "out\nerr\n"));
    }
}
