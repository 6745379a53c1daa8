package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A process started while the JVM is already shutting down cannot get a shutdown hook any more:
 * {@link ProcessTree#stopOnJvmExit} stops it at once and says so (a Ctrl-C that arrived as the quickstart started
 * the worker once left the worker's start failing with a bare "Shutdown in progress").
 */
class ProcessTreeShutdownTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aProcessStartedDuringShutdownIsStoppedAndTheCallerTold() throws Exception {
        ChildProcess jvm = ChildProcess.startJvm(StartDuringShutdownInChildJvm.class);
        String output;
        try {
            output = jvm.awaitOutput(Duration.ofSeconds(45));
        } finally {
            jvm.stop();
        }
        Matcher pid = Pattern.compile("started pid (\\d+)").matcher(output);
        assertThat(pid.find()).as("child output: %s", output).isTrue();
        assertThat(output).contains("refused: this JVM is shutting down, so the process it had just started (pid " + pid.group(1)
                + ") was stopped again", "exited within 5 s: true");
        Optional<ProcessHandle> sleeper = ProcessHandle.of(Long.parseLong(pid.group(1)));
        assertThat(sleeper.map(ProcessHandle::isAlive)).as("sleep 600 after the child JVM ended").isNotEqualTo(Optional.of(true));
    }
}
