package io.github.jooqpgai.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The resolved options of one embedded database: builder values, then environment, then defaults.
 *
 * @param searchPath the PATH in which {@code python3} is looked up
 */
record Settings(StateFolder state, ServerWheel wheel, int pgMajor, OptionalInt fixedPort, String serverUser, String database,
                String searchPath, Consumer<String> progress) {

    static final String DEFAULT_SERVER_USER = "jooqpgai";

    static Settings resolve(Map<String, String> env, Path home, Path defaultHome, Integer pgMajor, Integer port,
                            String serverUser, String database, Consumer<String> progress) {
        EmbeddedPgai.Builder check = new EmbeddedPgai.Builder(Map.of());
        ServerWheel wheel = ServerWheel.ofVariant(env.get("PGAI_VARIANT"));
        int major = pgMajor != null ? pgMajor : envInt(env, "PGAI_PG_MAJOR", wheel.defaultMajor());
        if (pgMajor == null) {
            try {
                check.pgMajor(major);
            } catch (IllegalArgumentException e) {
                throw new EmbeddedPgaiException("PGAI_PG_MAJOR=" + env.get("PGAI_PG_MAJOR") + " is not bundled; use 16 or 18.");
            }
        }
        OptionalInt fixed = port != null ? OptionalInt.of(port) : envPort(env);
        String user = serverUser != null ? serverUser : blankToNull(env.get("PGAI_DB_USER"));
        if (user == null) {
            user = DEFAULT_SERVER_USER;
        } else if (serverUser == null) {
            try {
                check.serverUser(user);
            } catch (IllegalArgumentException e) {
                throw new EmbeddedPgaiException("PGAI_DB_USER='" + user + "' is not a plain OS user name; set it to an existing unprivileged user.");
            }
        }
        String envHome = blankToNull(env.get("PGAI_HOME"));
        Path chosen = home != null ? home : envHome != null ? Path.of(envHome).toAbsolutePath().normalize() : null;
        boolean explicit = chosen != null;
        if (!explicit) {
            chosen = defaultHome != null ? defaultHome : cacheHome(env, wheel);
        }
        String path = env.getOrDefault("PATH", "");
        return new Settings(new StateFolder(chosen, explicit), wheel, major, fixed, user, database, path, progress);
    }

    /** The same settings with the state in {@code home}. */
    Settings withHome(Path home) {
        return new Settings(state.at(home), wheel, pgMajor, fixedPort, serverUser, database, searchPath, progress);
    }

    /**
     * {@code $XDG_CACHE_HOME/jooq-pgai/pgai-0.12.1}, else {@code ~/.cache/jooq-pgai/pgai-0.12.1} (with a
     * {@code -vectorscale} suffix for that variant).
     */
    static Path cacheHome(Map<String, String> env, ServerWheel wheel) {
        String xdg = blankToNull(env.get("XDG_CACHE_HOME"));
        Path cache = xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        String folder = wheel == ServerWheel.DEFAULT ? "pgai-0.12.1" : "pgai-0.12.1-" + wheel.variant();
        return cache.resolve("jooq-pgai").resolve(folder).toAbsolutePath().normalize();
    }

    private static OptionalInt envPort(Map<String, String> env) {
        String value = blankToNull(env.get("PGAI_DB_PORT"));
        if (value == null) {
            return OptionalInt.empty();
        }
        int port = envInt(env, "PGAI_DB_PORT", 0);
        if (port < 1 || port > 65535) {
            throw new EmbeddedPgaiException("PGAI_DB_PORT=" + value + " is not a TCP port; set 1..65535 or unset it to pick a free port.");
        }
        return OptionalInt.of(port);
    }

    private static int envInt(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new EmbeddedPgaiException(name + "=" + value + " is not a number; fix or unset it.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
