package io.github.jooqpgai.it.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh copy of the checkout (the files git tracks or would track) with its own local Maven repository, and the
 * embedded database's state folder of the quickstart test ({@code /tmp/jooq-pgai-quickstart-it}, provisioned on
 * the first run and reused afterwards; {@code -Dquickstart.it.home} changes it).
 *
 * <pre>{@code
 * QuickstartCheckout checkout = QuickstartCheckout.fresh();
 * QuickstartRun run = checkout.runScript(Duration.ofMinutes(10));
 * checkout.assertNothingRunning();
 * }</pre>
 */
final class QuickstartCheckout {

    private final Path root;
    private final Path mavenRepository;
    private final Path pgaiHome;
    private final Path logs;
    private int runs;

    private QuickstartCheckout(Path root, Path mavenRepository, Path pgaiHome, Path logs) {
        this.root = root;
        this.mavenRepository = mavenRepository;
        this.pgaiHome = pgaiHome;
        this.logs = logs;
    }

    /** Copies the checkout named by the system property {@code pgai.repo.root} into {@code target/quickstart-it}. */
    static QuickstartCheckout fresh() {
        String repoRoot = System.getProperty("pgai.repo.root");
        if (repoRoot == null || repoRoot.isBlank()) {
            throw new IllegalStateException("system property pgai.repo.root (the checkout to copy) is not set; run through Maven");
        }
        Path source = Path.of(repoRoot).toAbsolutePath().normalize();
        Path work = source.resolve("integration-tests/target/quickstart-it");
        Path copy = work.resolve("checkout");
        try {
            deleteTree(copy);
            for (String file : git(source, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")) {
                Path from = source.resolve(file);
                if (file.isEmpty() || !Files.isRegularFile(from)) {
                    continue;
                }
                Path to = copy.resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path logs = Files.createDirectories(work.resolve("logs"));
            Path home = Path.of(System.getProperty("quickstart.it.home", "/tmp/jooq-pgai-quickstart-it"));
            return new QuickstartCheckout(copy, work.resolve("m2"), home, logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the checkout " + source + " to " + copy, e);
        }
    }

    /** {@code scripts/quickstart}, as the README says, until it exits or {@code timeout} has passed (then it fails). */
    QuickstartRun runScript(Duration timeout) throws IOException, InterruptedException {
        return run(List.of("bash", root.resolve("scripts/quickstart").toString()), timeout, null);
    }

    /**
     * The quickstart's program as the script runs it (the build of an earlier {@link #runScript}), interrupted with
     * SIGINT, as Ctrl-C does, when it prints the line {@code marker}.
     */
    QuickstartRun runProgramAndInterruptAt(String marker, Duration timeout) throws IOException, InterruptedException {
        Path target = root.resolve("examples/quickstart/target");
        Path classpath = target.resolve("classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            fail("no build of the quickstart in " + target + ": the script must have run first");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                target.resolve("classes") + ":" + Files.readString(classpath).trim(), "io.github.jooqpgai.examples.quickstart.Quickstart");
        return run(command, timeout, marker);
    }

    /** Nothing of the quickstart runs: no server of its state folder (pid file or process), no worker, no program. */
    void assertNothingRunning() {
        assertThat(pgaiHome.resolve("data/postmaster.pid")).as("the embedded server's pid file").doesNotExist();
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(line -> line.contains(pgaiHome.toString()) || line.contains("io.github.jooqpgai.examples.quickstart.Quickstart"))
                .toList();
        assertThat(left).as("processes of the quickstart still running").isEmpty();
    }

    private QuickstartRun run(List<String> command, Duration timeout, String interruptAt) throws IOException, InterruptedException {
        assertNothingRunning();
        Path log = logs.resolve("run-" + (++runs) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("QUICKSTART_MAVEN_REPO", mavenRepository.toString());
        env.put("PGAI_HOME", pgaiHome.toString());
        // the plugin's url mode and the test database's URL must not leak in from the build's environment
        Stream.of("JOOQ_PGAI_URL", "JOOQ_PGAI_USER", "JOOQ_PGAI_PASSWORD", "PGAI_JDBC_URL", "MAVEN_OPTS").forEach(env::remove);
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> read(process, lines, interruptAt), "quickstart-output");
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stopTimedOut(process);
            reader.join(5_000);
            String output;
            synchronized (lines) {
                Files.write(log, lines);
                output = String.join("\n", lines);
            }
            fail("the quickstart did not finish within " + timeout + "; output in " + log + ":\n" + output);
        }
        reader.join(10_000);
        String output;
        synchronized (lines) {
            Files.write(log, lines);
            output = String.join("\n", lines);
        }
        return new QuickstartRun(process.exitValue(), output);
    }

    /**
     * SIGTERM first, so the quickstart's shutdown hook stops the server, the worker and the embedding server it started;
     * then by force, and the server of the state folder (detached by {@code pg_ctl}) by the pid in its pid file.
     */
    private void stopTimedOut(Process process) throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        Path pidFile = pgaiHome.resolve("data/postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false)).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(60, TimeUnit.SECONDS).join();
            });
        }
    }

    private static void read(Process process, List<String> lines, String interruptAt) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.equals(interruptAt)) {
                    interrupt(process.pid());
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("(reading the output failed: " + e + ")");
            }
        }
    }

    /** SIGINT, what Ctrl-C sends. */
    private static void interrupt(long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed with exit " + p.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
