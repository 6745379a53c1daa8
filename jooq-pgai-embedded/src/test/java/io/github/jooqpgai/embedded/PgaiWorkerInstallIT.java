package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real install of pgai's worker from PyPI into a fresh state folder, by two JVMs at once: one installs,
 * the other waits on the lock and finds it; a third call finds it without pip.
 */
class PgaiWorkerInstallIT {

    /** How long both child JVMs may take together (a real pip install from PyPI). */
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(15);

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoJvmsInstallingAtOnceInstallOnceAndALaterBuildFindsIt() throws Exception {
        Path home = Files.createTempDirectory(Path.of("/tmp"), "worker-install-it-");
        try {
            List<ChildProcess> jvms = new ArrayList<>();
            StringBuilder output = new StringBuilder();
            try {
                for (int i = 0; i < 2; i++) {
                    jvms.add(ChildProcess.startJvm(WorkerInstallInChildJvm.class, home.toString()));
                }
                long deadline = System.nanoTime() + INSTALL_TIMEOUT.toNanos();
                for (ChildProcess jvm : jvms) {
                    String text = jvm.awaitOutput(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                    assertThat(jvm.exitCode()).as("child JVM output:%n%s", text).isZero();
                    assertThat(text).contains("ready " + home.resolve("worker-venv/bin/pgai"));
                    output.append(text);
                }
            } finally {
                jvms.forEach(ChildProcess::stop);
            }

            assertThat(output.toString().split("progress: installing the pgai worker", -1)).as("pip runs in:%n%s", output).hasSize(2);
            assertThat(Files.readString(home.resolve("worker-venv/.jooq-pgai-worker-installed")).strip().lines())
                    .containsExactlyElementsOf(WorkerInstaller.REQUIREMENTS);
            assertThat(installed(home)).as("no docling, torch or litellm").noneMatch(p -> p.matches("(?i)(docling|torch|litellm)[-_].*"));

            List<String> progress = new ArrayList<>();
            long started = System.nanoTime();
            PgaiWorker.builder("jdbc:postgresql://127.0.0.1:5432/unused").home(home).progress(progress::add).build();
            assertThat(progress).as("progress of a build on an installed folder").isEmpty();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
        } finally {
            delete(home);
        }
    }

    private static List<String> installed(Path home) throws IOException {
        try (Stream<Path> lib = Files.list(home.resolve("worker-venv/lib"))) {
            Path sitePackages = lib.findFirst().orElseThrow().resolve("site-packages");
            try (Stream<Path> packages = Files.list(sitePackages)) {
                return packages.map(p -> p.getFileName().toString()).toList();
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
