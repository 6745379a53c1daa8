package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Installs {@code pgai vectorizer worker} into {@code <home>/worker-venv} with the minimal set of packages the
 * OpenAI-compatible embedding path imports: no docling, torch or litellm (the {@code vectorizer-worker} extra
 * pulls in gigabytes). Idempotent through a marker holding the package list; concurrent installs from several
 * JVMs are serialised by {@code <home>/.worker-lock}.
 */
final class WorkerInstaller {

    /**
     * pgai 0.12.1 and what its worker imports for {@code embedding_openai} (numpy is imported but declared by
     * nothing; tokenizers by the voyage module, which loads for every embedder).
     */
    static final List<String> REQUIREMENTS = List.of("pgai==0.12.1", "tiktoken>=0.7,<1", "openai>=1.44,<2", "pgvector>=0.3,<1",
            "ijson>=3.3", "filetype==1.2.0", "tokenizers", "langchain-text-splitters>=0.2,<1", "numpy");

    private static final ReentrantLock IN_JVM = new ReentrantLock();

    /** The installed worker: its {@code pgai} program and the wheel's tiktoken cache. */
    record Installed(Path venv, Path pgai, Path tiktokenCache) {
    }

    private WorkerInstaller() {
    }

    static Path venv(Path home) {
        return home.resolve("worker-venv");
    }

    static Installed ensureInstalled(Path home, String searchPath, Consumer<String> progress) {
        Path venv = venv(home);
        IN_JVM.lock();
        try {
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(home.resolve(".worker-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!installed(venv)) {
                    install(home, venv, searchPath, progress);
                }
                return new Installed(venv, venv.resolve("bin/pgai"), tiktokenCache(venv));
            }
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot create or lock the worker's state folder " + home + " (" + e.getMessage()
                    + "); give a writable folder (PgaiWorker.Builder.home or PGAI_HOME).", e);
        } finally {
            IN_JVM.unlock();
        }
    }

    private static boolean installed(Path venv) {
        try {
            return Files.isExecutable(venv.resolve("bin/pgai"))
                    && Files.readString(marker(venv), StandardCharsets.UTF_8).strip().equals(String.join("\n", REQUIREMENTS));
        } catch (IOException e) {
            return false;
        }
    }

    private static void install(Path home, Path venv, String searchPath, Consumer<String> progress) throws IOException {
        Files.deleteIfExists(marker(venv));
        Path log = home.resolve("worker-pip.log");
        if (!Files.isExecutable(venv.resolve("bin/python"))) {
            Path python3 = PythonEnvironment.systemPython(searchPath);
            progress.accept("creating the worker virtualenv " + venv);
            Commands.Result created = Commands.run(List.of(python3.toString(), "-m", "venv", venv.toString()), null, null, Duration.ofMinutes(5));
            if (!created.ok()) {
                throw new EmbeddedPgaiException("could not create the worker virtualenv (" + python3 + " -m venv failed: " + created.tail(3)
                        + "). Install python3-venv (e.g. apt-get install python3-venv) and retry.");
            }
        }
        progress.accept("installing the pgai worker into " + venv + ": " + String.join(" ", REQUIREMENTS));
        List<String> pip = new ArrayList<>(List.of(venv.resolve("bin/python").toString(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"));
        pip.addAll(REQUIREMENTS);
        Commands.Result result = Commands.run(pip, log, null, Duration.ofMinutes(30));
        if (!result.ok()) {
            throw new EmbeddedPgaiException("could not install the pgai worker: pip install failed (see " + log + "):\n" + result.tail(8)
                    + "\nIs PyPI reachable? Check the network or your pip index settings (PIP_INDEX_URL, pip.conf), then retry.");
        }
        Commands.Result imports = Commands.run(List.of(venv.resolve("bin/python").toString(), "-c",
                "import pgai.vectorizer, pgai.vectorizer.embedders.openai, openai, tiktoken, numpy, ijson"), null, null, Duration.ofMinutes(2));
        if (!imports.ok()) {
            throw new EmbeddedPgaiException("the pgai worker in " + venv + " does not load after pip install:\n" + imports.tail(8)
                    + "\nDelete " + venv + " and retry.");
        }
        Files.writeString(marker(venv), String.join("\n", REQUIREMENTS) + "\n", StandardCharsets.UTF_8);
    }

    private static Path marker(Path venv) {
        return venv.resolve(".jooq-pgai-worker-installed");
    }

    /** {@code <site-packages>/pgai/vectorizer/tiktoken_cache}: the wheel ships the files but never points tiktoken at them. */
    private static Path tiktokenCache(Path venv) throws IOException {
        try (Stream<Path> pythons = Files.list(venv.resolve("lib"))) {
            return pythons.map(p -> p.resolve("site-packages/pgai/vectorizer/tiktoken_cache")).filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new EmbeddedPgaiException("pgai's tiktoken cache is missing in " + venv + "; delete " + venv + " and retry."));
        }
    }
}
