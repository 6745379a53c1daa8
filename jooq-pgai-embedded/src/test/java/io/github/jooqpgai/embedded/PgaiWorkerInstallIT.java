package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real install of pgai's worker from PyPI into a fresh state folder, by two JVMs at once: one installs,
 * the other waits on the lock and finds it; a third call finds it without pip.
 */
class PgaiWorkerInstallIT {

    @Test
    void twoJvmsInstallingAtOnceInstallOnceAndALaterBuildFindsIt() throws Exception {
        Path home = Files.createTempDirectory(Path.of("/tmp"), "worker-install-it-");
        try {
            List<Process> jvms = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                jvms.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), WorkerInstallInChildJvm.class.getName(), home.toString())
                        .redirectErrorStream(true).start());
            }
            StringBuilder output = new StringBuilder();
            for (Process jvm : jvms) {
                String text = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(jvm.waitFor(15, TimeUnit.MINUTES)).isTrue();
                assertThat(jvm.exitValue()).as("child JVM output:%n%s", text).isZero();
                assertThat(text).contains("ready " + home.resolve("worker-venv/bin/pgai"));
                output.append(text);
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
