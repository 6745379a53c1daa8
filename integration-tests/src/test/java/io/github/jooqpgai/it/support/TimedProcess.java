package io.github.jooqpgai.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program a test needs within a timeout, its output (stdout and stderr) in a temporary file so that a
 * program that hangs cannot block the wait; on the timeout it is killed with its child processes and the test
 * fails naming the command, the timeout and the last lines of its output.
 *
 * <pre>{@code
 * TimedProcess.Result r = TimedProcess.run(List.of("java", "-cp", cp, Main.class.getName()), Duration.ofSeconds(60));
 * }</pre>
 */
public final class TimedProcess {

    private static final int TAIL_LINES = 20;

    /** What the program did. */
    public record Result(int exitCode, String output) {
    }

    private TimedProcess() {
    }

    /**
     * Runs {@code command} with no input.
     *
     * @param shown the command as messages show it (without secrets)
     * @throws AssertionError if it runs longer than {@code timeout}
     */
    public static Result run(List<String> command, String shown, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile("jooq-pgai-it-process", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                if (process.isAlive()) {
                    List<ProcessHandle> descendants = process.descendants().toList();
                    process.destroyForcibly();
                    descendants.forEach(ProcessHandle::destroyForcibly);
                    process.waitFor(10, TimeUnit.SECONDS);
                    for (ProcessHandle descendant : descendants) {
                        awaitExit(descendant);
                    }
                }
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (!finished) {
                List<String> lines = text.strip().lines().toList();
                throw new AssertionError(shown + " did not finish within " + timeout.toMillis() + " ms and was killed with its child processes;"
                        + " its output ends with:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())));
            }
            return new Result(process.exitValue(), text);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void awaitExit(ProcessHandle process) throws InterruptedException {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // still going after SIGKILL: the timeout is reported anyway
        }
    }

    /** {@link #run(List, String, Duration)} showing the command as it is. */
    public static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(command, String.join(" ", command), timeout);
    }
}
