package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The facts and changes about the machine that provisioning needs: root, OS users, ports, owners. */
final class Host {

    private static final Duration SHORT = Duration.ofSeconds(30);
    private static final InetAddress LOOPBACK = loopback();

    private Host() {
    }

    /** Whether this process runs as root (PostgreSQL refuses to). */
    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Creates {@code user} as a system user without a login when it does not exist yet. */
    static void ensureServerUser(Settings settings) {
        String user = settings.serverUser();
        if (Commands.run(List.of("id", "-u", user), null, null, SHORT).ok()) {
            return;
        }
        settings.progress().accept("creating unprivileged OS user '" + user + "' (PostgreSQL refuses to run as root)");
        Commands.Result created = Commands.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user),
                null, null, SHORT);
        if (!created.ok()) {
            throw new EmbeddedPgaiException("could not create OS user '" + user + "' (" + created.tail(3)
                    + "); set PGAI_DB_USER (or serverUser) to an existing unprivileged user.");
        }
    }

    /** Whether the server user can reach {@code path}: tested on it, or on its nearest existing parent. */
    static boolean serverUserCanReach(Settings settings, Path path) {
        if (!isRoot()) {
            return true;
        }
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return true;
        }
        return Commands.runAsServerUser(settings, List.of("test", "-x", existing.toString()), null, SHORT).ok();
    }

    /** Hands {@code path} to the server user when called as root. */
    static void giveToServerUser(Settings settings, Path path) throws IOException {
        if (isRoot()) {
            Files.setOwner(path, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(settings.serverUser()));
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port on 127.0.0.1 that is free right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot find a free port on 127.0.0.1 (" + e.getMessage() + "); set PGAI_DB_PORT to a free port.", e);
        }
    }

    /** Whether another process listens on (or holds) {@code port} on 127.0.0.1. */
    static boolean portTaken(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(LOOPBACK, port), 1);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
