package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program a test starts: its output (stdout and stderr) read on a thread of its own, so that waiting for it
 * can time out; on a timeout it is stopped with its child processes and the test fails naming the command,
 * the timeout and the last lines of its output.
 *
 * <pre>{@code
 * ChildProcess jvm = ChildProcess.start(List.of("java", "-cp", classpath, Main.class.getName()));
 * String output = jvm.awaitOutput(Duration.ofMinutes(15));
 * assertThat(jvm.exitCode()).isZero();
 * }</pre>
 */
final class ChildProcess {

    private static final int TAIL_LINES = 20;

    private final String shown;
    private final Process process;
    private final PgaiWorker.OutputCollector output;

    private ChildProcess(String shown, Process process) {
        this.shown = shown;
        this.process = process;
        this.output = PgaiWorker.OutputCollector.of(process);
    }

    /** Starts {@code command} with no input. */
    static ChildProcess start(List<String> command) throws IOException {
        return start(command, String.join(" ", command));
    }

    private static ChildProcess start(List<String> command, String shown) throws IOException {
        return new ChildProcess(shown, new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start());
    }

    /** A {@code java} running {@code mainClass} on this JVM's class path (messages show the class path as {@code <test class path>}). */
    static ChildProcess startJvm(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return start(command, "java -cp <test class path> " + mainClass.getName() + " " + String.join(" ", args));
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the program has exited and returns its output.
     *
     * @throws AssertionError if it runs longer than {@code timeout} (it is stopped with its children first)
     */
    String awaitOutput(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            ProcessTree.stop(process);
            output.awaitEnd();
            throw new AssertionError(shown + " did not finish within " + timeout.toMillis()
                    + " ms and was stopped with its child processes; its output ends with:\n" + output.tail(TAIL_LINES));
        }
        output.awaitEnd();
        return output.text();
    }

    /** The exit code, once {@link #awaitOutput} returned. */
    int exitCode() {
        return process.exitValue();
    }

    /** Stops the program and its children if still running (for a test's {@code finally}). */
    void stop() {
        if (process.isAlive()) {
            ProcessTree.stop(process);
        }
    }
}
