package io.github.jooqpgai.maven;

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
 * Runs a program within a timeout, its output (stdout and stderr) in a temporary file so that a program that
 * hangs cannot block the wait; on the timeout it is killed with its child processes and the failure names the
 * command, the timeout and the last lines of its output. A secret in the command or the output is masked.
 *
 * <pre>{@code
 * String output = TimedCommand.run(List.of(pgai, "install", "-d", url), Duration.ofMinutes(5), password);
 * }</pre>
 */
final class TimedCommand {

    private static final int TAIL_LINES = 10;

    private TimedCommand() {
    }

    /**
     * Runs {@code command} with no input and returns its output.
     *
     * @param secret text replaced by {@code ****} wherever it appears in messages, or null
     * @throws IOException if it cannot start, runs longer than {@code timeout} or exits with a status other than 0
     */
    static String run(List<String> command, Duration timeout, String secret) throws IOException, InterruptedException {
        Path output = Files.createTempFile("jooq-pgai-command", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                if (process.isAlive()) {
                    kill(process);
                }
            }
            String text = mask(Files.readString(output, StandardCharsets.UTF_8), secret);
            String what = mask(String.join(" ", command), secret);
            if (!finished) {
                throw new IOException(what + " did not finish within " + timeout.toMillis() + " ms and was killed with its child processes;"
                        + " its output ends with:\n" + tail(text));
            }
            if (process.exitValue() != 0) {
                throw new IOException(what + " exited with " + process.exitValue() + ":\n" + tail(text));
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle descendant : descendants) {
            try {
                descendant.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // still going after SIGKILL: nothing more to do than to report the timeout
            }
        }
    }

    private static String mask(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "****");
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
