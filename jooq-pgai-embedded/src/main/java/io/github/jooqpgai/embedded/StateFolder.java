package io.github.jooqpgai.embedded;

import java.nio.file.Path;

/**
 * The files of one embedded database under its state folder.
 *
 * @param explicit whether the folder was asked for (builder or {@code PGAI_HOME}) rather than a default
 */
record StateFolder(Path home, boolean explicit) {

    StateFolder at(Path other) {
        return new StateFolder(other, explicit);
    }

    Path venv() {
        return home.resolve("venv");
    }

    Path python() {
        return venv().resolve("bin/python");
    }

    Path installedStamp() {
        return venv().resolve(".jooq-pgai-installed");
    }

    Path data() {
        return home.resolve("data");
    }

    Path socketDir() {
        return home.resolve("run");
    }

    Path serverLog() {
        return home.resolve("postgres.log");
    }

    Path pipLog() {
        return home.resolve("pip.log");
    }

    Path initdbLog() {
        return home.resolve("initdb.log");
    }

    Path pgaiInstallLog() {
        return home.resolve("pgai-install.log");
    }

    Path leases() {
        return home.resolve("leases");
    }

    Path lockFile() {
        return home.resolve(".lock");
    }
}
