package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which JVMs use the server of one state folder, so that one JVM does not stop a server another JVM still
 * uses. Under {@code leases/<server pid>/} each JVM with a started handle has a file named by its pid that holds
 * its start time (a dead JVM, or a recycled pid, is a stale lease and does not count); {@code stop-requested}
 * says that the handle that started the server has been stopped. The server is stopped when a stop has been
 * requested and no live lease is left: by the starter, or by the last JVM to let go. Every method runs under the
 * state folder's lock ({@code Provisioner}), which also guards the handle counts within this JVM.
 *
 * <pre>{@code
 * Leases.acquire(state, serverPid);              // start(): this JVM uses the server
 * Leases.release(state, serverPid);              // stop() of one handle
 * Leases.requestStop(state, serverPid);          // stop() of the handle that started it
 * Leases.shouldStop(state, serverPid);           // requested and no other JVM holds a live lease
 * }</pre>
 */
final class Leases {

    private static final String STOP_REQUESTED = "stop-requested";
    private static final long JVM_PID = ProcessHandle.current().pid();
    private static final String JVM_STARTED = startTime(ProcessHandle.current()).orElse("unknown");
    /** Open handles per lease folder in this JVM; guarded by the state folder lock. */
    private static final Map<Path, Integer> HANDLES = new HashMap<>();

    private Leases() {
    }

    /** Records that this JVM uses the server {@code serverPid} (one more handle). */
    static void acquire(StateFolder state, long serverPid) throws IOException {
        Path folder = folder(state, serverPid);
        int handles = HANDLES.merge(folder, 1, Integer::sum);
        Path lease = folder.resolve(String.valueOf(JVM_PID));
        if (handles == 1 || !Files.exists(lease)) {
            Files.createDirectories(folder);
            Files.writeString(lease, JVM_STARTED, StandardCharsets.UTF_8);
        }
    }

    /** One handle of this JVM lets go; the JVM's lease goes with its last handle. */
    static void release(StateFolder state, long serverPid) throws IOException {
        Path folder = folder(state, serverPid);
        Integer handles = HANDLES.computeIfPresent(folder, (k, n) -> n > 1 ? n - 1 : null);
        if (handles == null) {
            Files.deleteIfExists(folder.resolve(String.valueOf(JVM_PID)));
        }
    }

    /** The handle that started the server is done with it: the last JVM to let go stops it. */
    static void requestStop(StateFolder state, long serverPid) throws IOException {
        Path folder = folder(state, serverPid);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(STOP_REQUESTED), "", StandardCharsets.UTF_8);
    }

    /** Whether the server is to be stopped now: a stop was requested and no live lease is left (stale ones are removed). */
    static boolean shouldStop(StateFolder state, long serverPid) throws IOException {
        Path folder = folder(state, serverPid);
        return Files.exists(folder.resolve(STOP_REQUESTED)) && liveHolders(state, serverPid).isEmpty();
    }

    /** The pids of the JVMs holding a live lease on the server; stale lease files are deleted. */
    static List<Long> liveHolders(StateFolder state, long serverPid) throws IOException {
        Path folder = folder(state, serverPid);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> leases;
        try (Stream<Path> files = Files.list(folder)) {
            leases = files.filter(f -> f.getFileName().toString().matches("[0-9]+")).sorted().toList();
        }
        List<Long> live = new ArrayList<>();
        for (Path lease : leases) {
            long pid = Long.parseLong(lease.getFileName().toString());
            if (isLive(pid, Files.readString(lease, StandardCharsets.UTF_8).strip())) {
                live.add(pid);
            } else {
                Files.deleteIfExists(lease);
            }
        }
        return List.copyOf(live);
    }

    /** Forgets the leases of a server that is gone, and of any earlier server of the state folder. */
    static void forgetAllBut(StateFolder state, long runningServerPid) throws IOException {
        Path root = state.leases();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> files = Files.list(root)) {
            folders = files.filter(f -> !f.getFileName().toString().equals(String.valueOf(runningServerPid))).toList();
        }
        for (Path folder : folders) {
            HANDLES.remove(folder);
            deleteTree(folder);
        }
    }

    private static boolean isLive(long pid, String started) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<String> actual = startTime(process.get());
        return actual.isEmpty() || started.equals("unknown") || actual.get().equals(started);
    }

    private static Optional<String> startTime(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString);
    }

    private static Path folder(StateFolder state, long serverPid) {
        return state.leases().resolve(String.valueOf(serverPid));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
