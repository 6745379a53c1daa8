package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Waiting for a test's child process times out even while the child keeps its output open (as a hung pip does). */
class ChildProcessTest {

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHangingChildFailsTheWaitAfterTheTimeoutAndIsStopped() throws Exception {
        ChildProcess child = ChildProcess.start(List.of("sh", "-c", "echo started; echo still waiting; exec sleep 600"));
        try {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> child.awaitOutput(Duration.ofSeconds(1)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(thrown).isInstanceOf(AssertionError.class)
                    .hasMessage("sh -c echo started; echo still waiting; exec sleep 600 did not finish within 1000 ms and was stopped with its"
                            + " child processes; its output ends with:\nstarted\nstill waiting");
            assertThat(took).as("time until the failure").isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
            assertThat(ProcessHandle.of(child.pid()).filter(ProcessHandle::isAlive)).as("the child after the timeout").isEmpty();
        } finally {
            child.stop();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aChildThatEndsGivesItsOutputAndExitCode() throws Exception {
        ChildProcess child = ChildProcess.start(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        assertThat(child.awaitOutput(Duration.ofSeconds(20))).isEqualTo("out\nerr\n");
        assertThat(child.exitCode()).isEqualTo(3);
    }
}
