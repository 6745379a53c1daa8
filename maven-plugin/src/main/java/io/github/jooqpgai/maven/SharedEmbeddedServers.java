package io.github.jooqpgai.maven;

import io.github.jooqpgai.embedded.EmbeddedPgai;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The embedded servers of this build, one per state folder, shared by the modules that generate in parallel:
 * the first module starts (or reuses) the server, the last one to finish stops it if this build started it.
 *
 * <pre>{@code
 * EmbeddedPgai server = SharedEmbeddedServers.acquire(stateFolder, log::info);
 * try { ... } finally { SharedEmbeddedServers.release(stateFolder); }
 * }</pre>
 */
final class SharedEmbeddedServers {

    private record Lease(EmbeddedPgai server, int users) {
    }

    private static final Map<String, Lease> LEASES = new HashMap<>();

    private SharedEmbeddedServers() {
    }

    /** The server of {@code stateFolder} (null: the default per-user cache), started if needed. */
    static synchronized EmbeddedPgai acquire(Path stateFolder, Consumer<String> progress) {
        String key = String.valueOf(stateFolder);
        Lease lease = LEASES.get(key);
        if (lease == null) {
            EmbeddedPgai.Builder builder = EmbeddedPgai.builder().progress(progress);
            if (stateFolder != null) {
                builder.home(stateFolder);
            }
            lease = new Lease(builder.start(), 0);
        }
        LEASES.put(key, new Lease(lease.server(), lease.users() + 1));
        return lease.server();
    }

    /** Gives the server back; the last user stops it if it was started by this build. */
    static synchronized void release(Path stateFolder) {
        String key = String.valueOf(stateFolder);
        Lease lease = LEASES.get(key);
        if (lease == null) {
            return;
        }
        if (lease.users() > 1) {
            LEASES.put(key, new Lease(lease.server(), lease.users() - 1));
            return;
        }
        LEASES.remove(key);
        lease.server().stop();
    }
}
