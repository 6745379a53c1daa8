package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The virtualenv with the pinned server wheel (PostgreSQL + pgvector binaries, see {@link ServerWheel}) and pgai. */
final class PythonEnvironment {

    static final String PGAI = "pgai==0.12.1";

    private PythonEnvironment() {
    }

    /** Creates the virtualenv and installs the pinned packages unless that was done already. */
    static void ensureInstalled(Settings settings) {
        StateFolder state = settings.state();
        List<String> requirements = requirements(settings);
        if (installed(state, requirements)) {
            return;
        }
        try {
            Files.createDirectories(state.home());
            if (!Files.isExecutable(state.python())) {
                Path python3 = systemPython(settings);
                settings.progress().accept("creating virtualenv " + state.venv());
                Commands.Result venv = Commands.run(List.of(python3.toString(), "-m", "venv", state.venv().toString()), null, null, Duration.ofMinutes(5));
                if (!venv.ok()) {
                    throw new EmbeddedPgaiException("could not create a virtualenv (" + python3 + " -m venv failed: " + venv.tail(3)
                            + "). Install python3-venv (e.g. apt-get install python3-venv) and retry.");
                }
            }
            settings.progress().accept("installing " + String.join(" ", requirements) + " from PyPI");
            List<String> pip = new ArrayList<>(List.of(state.python().toString(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"));
            pip.addAll(requirements);
            Commands.Result installed = Commands.run(pip, state.pipLog(), null, Duration.ofMinutes(30));
            if (!installed.ok()) {
                throw new EmbeddedPgaiException("pip install failed (see " + state.pipLog() + "):\n" + installed.tail(8)
                        + "\nIs PyPI reachable? Check the network or your pip index settings (PIP_INDEX_URL, pip.conf), then retry.");
            }
            Files.writeString(state.installedStamp(), String.join(" ", requirements) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot write the state folder " + state.home() + " (" + e.getMessage()
                    + "); set PGAI_HOME to a writable folder.", e);
        }
    }

    /** The pip requirements: the settings' server wheel and pgai. */
    static List<String> requirements(Settings settings) {
        return List.of(settings.wheel().requirement(), PGAI);
    }

    /** Whether the virtualenv holds exactly the pinned packages (by the stamp written after pip succeeded). */
    static boolean installed(Settings settings) {
        return installed(settings.state(), requirements(settings));
    }

    private static boolean installed(StateFolder state, List<String> requirements) {
        try {
            return Files.isExecutable(state.python())
                    && Files.readString(state.installedStamp(), StandardCharsets.UTF_8).strip().equals(String.join(" ", requirements));
        } catch (IOException e) {
            return false;
        }
    }

    /** The {@code bin} folder of the bundled PostgreSQL {@code major}. */
    static Path postgresBin(Settings settings) {
        StateFolder state = settings.state();
        Path lib = state.venv().resolve("lib");
        Optional<Path> pgserver;
        try (Stream<Path> pythons = Files.list(lib)) {
            pgserver = pythons.map(p -> p.resolve("site-packages/" + settings.wheel().sitePackage())).filter(Files::isDirectory).findFirst();
        } catch (IOException e) {
            pgserver = Optional.empty();
        }
        Path root = pgserver.orElseThrow(() -> new EmbeddedPgaiException(settings.wheel().requirement() + " is not installed in " + state.venv()
                + "; delete " + state.installedStamp() + " and start again to reinstall it."));
        Path bin = root.resolve(settings.wheel().binFolder(settings.pgMajor()));
        if (!Files.isExecutable(bin.resolve("postgres"))) {
            throw new EmbeddedPgaiException("PostgreSQL " + settings.pgMajor() + " is not bundled in " + root + "; use PGAI_PG_MAJOR=16 or 18.");
        }
        return bin;
    }

    /** {@code python3} from the PATH, 3.10 or newer. */
    private static Path systemPython(Settings settings) {
        return systemPython(settings.searchPath());
    }

    /** {@code python3} from {@code searchPath}, 3.10 or newer. */
    static Path systemPython(String searchPath) {
        Path python3 = Stream.of(searchPath.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "python3"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new EmbeddedPgaiException("python3 not found on the PATH. Install Python 3.10 or newer "
                        + "(e.g. apt-get install python3 python3-venv) and retry, or use an existing pgai database by its URL."));
        Commands.Result version = Commands.run(List.of(python3.toString(), "-c",
                "import sys; print(sys.version.split()[0]); sys.exit(0 if sys.version_info >= (3, 10) else 1)"), null, null, Duration.ofSeconds(30));
        if (!version.ok()) {
            throw new EmbeddedPgaiException(python3 + " is Python " + version.tail(1) + "; Python 3.10 or newer is needed. Install it and retry.");
        }
        return python3;
    }
}
