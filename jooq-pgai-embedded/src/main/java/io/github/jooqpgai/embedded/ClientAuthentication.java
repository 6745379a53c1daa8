package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's {@code pg_hba.conf}: the bootstrap superuser {@code postgres} connects without a
 * password (over the socket and 127.0.0.1, as everything of this project does), every other role only with
 * its password ({@code scram-sha-256}). Written at every start, also into data folders initialised with trust
 * for all by older builds.
 */
final class ClientAuthentication {

    static final String RULES = """
            # Written by jooq-pgai-embedded at every start of this local dev/test server (edits are overwritten).
            # The bootstrap superuser postgres needs no password; every other role needs its password (scram-sha-256).
            # TYPE  DATABASE     USER      ADDRESS        METHOD
            local   all          postgres                 trust
            host    all          postgres  127.0.0.1/32   trust
            local   replication  postgres                 trust
            host    replication  postgres  127.0.0.1/32   trust
            local   all          all                      scram-sha-256
            host    all          all       127.0.0.1/32   scram-sha-256
            local   replication  all                      scram-sha-256
            host    replication  all       127.0.0.1/32   scram-sha-256
            """;

    private ClientAuthentication() {
    }

    static Path file(StateFolder state) {
        return state.data().resolve("pg_hba.conf");
    }

    /** Whether the data folder's {@code pg_hba.conf} holds {@link #RULES}. */
    static boolean inPlace(Settings settings) {
        Path file = file(settings.state());
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(RULES);
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot read " + file + " (" + e.getMessage() + "); set PGAI_HOME to a readable folder.", e);
        }
    }

    /**
     * Writes {@link #RULES} into the data folder's {@code pg_hba.conf} unless it holds them already (replacing
     * the file in one move, owned by the server user, readable by it only).
     *
     * @return whether the file was written (a running server must reload it)
     */
    static boolean write(Settings settings) {
        Path file = file(settings.state());
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(RULES)) {
                return false;
            }
            Path next = file.resolveSibling("pg_hba.conf.jooq-pgai");
            Files.writeString(next, RULES, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            Host.giveToServerUser(settings, next);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new EmbeddedPgaiException("cannot write " + file + " (" + e.getMessage() + "); set PGAI_HOME to a writable folder.", e);
        }
    }
}
