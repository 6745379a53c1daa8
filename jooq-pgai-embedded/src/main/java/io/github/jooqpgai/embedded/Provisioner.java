package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one implementation of provisioning, starting, finding and stopping the embedded server. Every
 * operation on a state folder holds its lock file (and a lock within this JVM), so concurrent builds and
 * test JVMs on one machine provision and start once.
 */
final class Provisioner {

    private static final System.Logger LOGGER = System.getLogger("io.github.jooqpgai.embedded");
    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private Provisioner() {
    }

    static void log(String message) {
        LOGGER.log(Level.INFO, message);
    }

    static EmbeddedPgai start(Settings requested) {
        Settings settings = prepare(requested);
        return locked(settings, () -> {
            PythonEnvironment.ensureInstalled(settings);
            PostgresServer server = new PostgresServer(settings, bin(settings));
            Optional<PostgresServer.Running> running = server.running();
            if (running.isPresent()) {
                settings.progress().accept("reusing running server (pid " + running.get().pid() + ")");
                server.applyAuthenticationRules(running);
                EmbeddedPgai reused = new EmbeddedPgai(settings, running.get().port(), running.get().pid(), false, true);
                server.ensurePgai(running.get(), pgai(settings), reused.postgresUrl());
                lease(settings, running.get().pid());
                return reused;
            }
            int port = server.choosePort();
            server.initialiseData();
            server.applyAuthenticationRules(Optional.empty());
            PostgresServer.Running started = server.start(port);
            server.markRulesLoaded(started);
            EmbeddedPgai handle = new EmbeddedPgai(settings, started.port(), started.pid(), true, true);
            try {
                server.ensurePgai(started, pgai(settings), handle.postgresUrl());
                lease(settings, started.pid());
            } catch (RuntimeException e) {
                server.stop(started.pid());
                throw e instanceof EmbeddedPgaiException ? new EmbeddedPgaiException(e.getMessage() + "\nThe server was stopped again.", e) : e;
            }
            return handle;
        });
    }

    static Optional<EmbeddedPgai> running(Settings requested) {
        Settings settings = locate(requested);
        if (!PythonEnvironment.installed(settings)) {
            return Optional.empty();
        }
        return new PostgresServer(settings, bin(settings)).running()
                .map(r -> new EmbeddedPgai(settings, r.port(), r.pid(), false, false));
    }

    static boolean stopRunning(Settings requested) {
        Settings settings = locate(requested);
        if (!PythonEnvironment.installed(settings)) {
            return false;
        }
        return locked(settings, () -> {
            PostgresServer server = new PostgresServer(settings, bin(settings));
            Optional<PostgresServer.Running> running = server.running();
            running.ifPresent(r -> server.stop(r.pid()));
            leasesIo(settings, () -> Leases.forgetAllBut(settings.state(), -1));
            return running.isPresent();
        });
    }

    /**
     * One handle of this JVM lets go of the server {@code pid}. The handle that started it requests its stop;
     * the server is stopped once a stop is requested and no JVM holds a live lease any more, so a JVM never
     * stops a server another JVM still uses.
     */
    static void release(Settings settings, long pid, boolean startedHere) {
        locked(settings, () -> {
            StateFolder state = settings.state();
            leasesIo(settings, () -> {
                Leases.release(state, pid);
                if (startedHere) {
                    Leases.requestStop(state, pid);
                }
            });
            List<Long> holders = leasesIo(settings, () -> Leases.liveHolders(state, pid));
            if (!holders.isEmpty()) {
                if (startedHere) {
                    settings.progress().accept("server pid " + pid + " left running: still used by JVM pid(s) " + holders
                            + "; the last of them stops it");
                }
                return null;
            }
            if (leasesIo(settings, () -> Leases.shouldStop(state, pid))) {
                PostgresServer server = new PostgresServer(settings, bin(settings));
                if (server.running().filter(r -> r.pid() == pid).isPresent()) {
                    server.stop(pid);
                }
                leasesIo(settings, () -> Leases.forgetAllBut(state, -1));
            }
            return null;
        });
    }

    static Path python(Settings requested) {
        Settings settings = locate(requested);
        return locked(settings, () -> {
            PythonEnvironment.ensureInstalled(settings);
            return settings.state().python();
        });
    }

    /** {@link #locate}, then checks that the server user can reach the state folder. */
    private static Settings prepare(Settings requested) {
        Settings settings = locate(requested);
        if (!Host.serverUserCanReach(settings, settings.state().home())) {
            throw new EmbeddedPgaiException("OS user '" + settings.serverUser() + "' cannot reach " + settings.state().home()
                    + ": a parent folder is not world-traversable (chmod o+x it, or set PGAI_HOME to a folder under /tmp).");
        }
        return settings;
    }

    /**
     * The state folder to use: the requested one, or, for a default folder that the server user cannot
     * reach when called as root (e.g. under /root), {@code /var/tmp/jooq-pgai-<hash of the default>}. When
     * called as root, the server user is created first if missing, so every operation decides alike.
     */
    static Settings locate(Settings requested) {
        StateFolder state = requested.state();
        if (Host.isRoot()) {
            Host.ensureServerUser(requested);
        }
        if (state.explicit() || !Host.isRoot() || Host.serverUserCanReach(requested, state.home())) {
            return requested;
        }
        Path fallback = Path.of("/var/tmp", "jooq-pgai-" + shortHash(state.home().toString()));
        requireOwnedByRoot(fallback);
        return requested.withHome(fallback);
    }

    /**
     * A state folder in world-writable {@code /var/tmp} has a predictable name: root must not run a
     * virtualenv another user planted there. An existing folder must belong to root and be writable by
     * root only.
     */
    static void requireOwnedByRoot(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions = attributes.permissions();
            boolean safe = attributes.isDirectory() && attributes.owner().getName().equals("root")
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
            if (!safe) {
                throw new EmbeddedPgaiException("refusing the state folder " + folder + ": it is not a directory owned by root and writable "
                        + "by root only, so another user could have planted programs in it. Remove it, or set PGAI_HOME to a folder of your own.");
            }
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot check the state folder " + folder + " (" + e.getMessage() + "); set PGAI_HOME to a folder of your own.", e);
        }
    }

    private static Path bin(Settings settings) {
        return PythonEnvironment.postgresBin(settings);
    }

    private static Path pgai(Settings settings) {
        return settings.state().venv().resolve("bin/pgai");
    }

    private static void lease(Settings settings, long serverPid) {
        leasesIo(settings, () -> {
            Leases.forgetAllBut(settings.state(), serverPid);
            Leases.acquire(settings.state(), serverPid);
        });
    }

    /** Lease file work, with an I/O failure as an {@link EmbeddedPgaiException} naming the folder. */
    private interface LeaseWork<T> {
        T run() throws IOException;
    }

    private interface LeaseAction {
        void run() throws IOException;
    }

    private static void leasesIo(Settings settings, LeaseAction action) {
        leasesIo(settings, () -> {
            action.run();
            return null;
        });
    }

    private static <T> T leasesIo(Settings settings, LeaseWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot read or write the leases in " + settings.state().leases() + " (" + e.getMessage()
                    + "); set PGAI_HOME to a writable folder.", e);
        }
    }

    private static <T> T locked(Settings settings, Supplier<T> action) {
        IN_JVM.lock();
        try {
            Files.createDirectories(settings.state().home());
            try (FileChannel channel = FileChannel.open(settings.state().lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot create or lock the state folder " + settings.state().home() + " (" + e.getMessage()
                    + "); set PGAI_HOME to a writable folder.", e);
        } finally {
            IN_JVM.unlock();
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
