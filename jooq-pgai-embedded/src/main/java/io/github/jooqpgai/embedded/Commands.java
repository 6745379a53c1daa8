package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs external programs (as the server user when called as root), with their output in a log file, each within
 * a timeout: a program still running then is stopped with its child processes, and the failure names the
 * command, the timeout and the last lines of its output.
 */
final class Commands {

    /** What a program did: its exit status and combined stdout/stderr. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The last {@code n} lines of the output, for error messages. */
        String tail(int n) {
            List<String> lines = output.strip().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        }
    }

    /** How many of the last output lines a timeout's message shows. */
    static final int TIMEOUT_TAIL_LINES = 10;

    private Commands() {
    }

    /** {@code command} as one line for messages, with passwords in URLs masked. */
    static String describe(List<String> command) {
        return String.join(" ", command.stream().map(LibpqUrl::redact).toList());
    }

    /** Runs {@code command} as the current user. */
    static Result run(List<String> command, Path log, String stdin, Duration timeout) {
        return execute(command, log, stdin, timeout);
    }

    /** Runs {@code command} as {@code serverUser} when this process is root, else as the current user. */
    static Result runAsServerUser(Settings settings, List<String> command, Path log, Duration timeout) {
        return execute(asServerUser(settings, command), log, null, timeout);
    }

    static List<String> asServerUser(Settings settings, List<String> command) {
        if (!Host.isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", settings.serverUser(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static Result execute(List<String> command, Path log, String stdin, Duration timeout) {
        Path output = log;
        try {
            if (output == null) {
                output = Files.createTempFile("jooq-pgai-embedded", ".log");
            } else {
                Files.createDirectories(output.getParent());
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            }
            Process process = builder.start();
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.stop(process);
                throw new EmbeddedPgaiException(describe(command) + " did not finish within " + timeout.toMillis()
                        + " ms and was stopped with its child processes" + (log == null ? "" : " (output in " + log + ")")
                        + "; check the machine's load and the network, and retry. Its output ends with:\n"
                        + new Result(-1, Files.readString(output, StandardCharsets.UTF_8)).tail(TIMEOUT_TAIL_LINES));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EmbeddedPgaiException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPgaiException("interrupted while running " + command.get(0), e);
        } finally {
            if (log == null && output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file that could not be removed is left to the OS
                }
            }
        }
    }
}
