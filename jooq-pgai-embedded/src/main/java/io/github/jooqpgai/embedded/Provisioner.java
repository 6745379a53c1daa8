package io.github.jooqpgai.embedded;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;

/** The one implementation of provisioning, starting, finding and stopping the embedded server. */
final class Provisioner {

    private static final System.Logger LOGGER = System.getLogger("io.github.jooqpgai.embedded");

    private Provisioner() {
    }

    static void log(String message) {
        LOGGER.log(Level.INFO, message);
    }

    static EmbeddedPgai start(Settings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    static Optional<EmbeddedPgai> running(Settings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    static boolean stopRunning(Settings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    static void stop(Settings settings, long pid) {
        throw new UnsupportedOperationException("not yet");
    }

    static Path python(Settings settings) {
        throw new UnsupportedOperationException("not yet");
    }
}
