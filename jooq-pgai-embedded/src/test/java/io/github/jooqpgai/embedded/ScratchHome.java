package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A state folder under /tmp/embedded-it-* for one test, with the already installed virtualenv linked in
 * (same pinned packages, so no download), removed afterwards with any server still running from it.
 *
 * <pre>{@code
 * ScratchHome home = ScratchHome.withInstalledVenv();
 * EmbeddedPgai pgai = home.builder().start();
 * }</pre>
 */
final class ScratchHome implements AutoCloseable {

    final Path path;

    private ScratchHome(Path path) {
        this.path = path;
    }

    static ScratchHome empty() throws IOException {
        Path path = Files.createTempDirectory(Path.of("/tmp"), "embedded-it-");
        assertThat(path.toFile().setExecutable(true, false)).isTrue();
        assertThat(path.toFile().setReadable(true, false)).isTrue();
        return new ScratchHome(path);
    }

    /** A scratch folder whose {@code venv} links to the installed one of the checkout (installed first if needed). */
    static ScratchHome withInstalledVenv() throws IOException {
        ScratchHome home = empty();
        Files.createSymbolicLink(home.path.resolve("venv"), installedVenv());
        return home;
    }

    static Path installedVenv() {
        String root = System.getProperty("pgai.repo.root");
        assertThat(root).as("-Dpgai.repo.root (set by the module's failsafe configuration)").isNotBlank();
        return EmbeddedPgai.builder().defaultHome(Path.of(root, ".pgai")).python().getParent().getParent();
    }

    EmbeddedPgai.Builder builder() {
        return new EmbeddedPgai.Builder(System.getenv()).home(path);
    }

    EmbeddedPgai.Builder builder(Map<String, String> environment) {
        return new EmbeddedPgai.Builder(environment).home(path);
    }

    /** PostgreSQL processes whose command line names this folder. */
    long serverProcesses() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(path.toString())).orElse(false))
                .count();
    }

    @Override
    public void close() throws IOException {
        if (Files.exists(path.resolve("venv/bin/python"))) {
            builder().stopRunning();
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
