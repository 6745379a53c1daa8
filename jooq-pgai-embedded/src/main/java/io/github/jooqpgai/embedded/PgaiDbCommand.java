package io.github.jooqpgai.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line behind {@code scripts/pgai-db}: {@code start|stop|status|url|pgurl|python}. Exit
 * status 0 on success, 1 on failure (message on stderr), 2 for a usage error, 3 for {@code status} when
 * nothing runs.
 *
 * <pre>{@code
 * java -cp jooq-pgai-embedded.jar io.github.jooqpgai.embedded.PgaiDbCommand start --default-home .pgai
 * }</pre>
 */
public final class PgaiDbCommand {

    static final String USAGE = "usage: pgai-db start|stop|status|url|pgurl|python [--default-home DIR]";

    private PgaiDbCommand() {
    }

    /** Runs one command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        EmbeddedPgai.Builder builder = EmbeddedPgai.builder().progress(m -> err.println("pgai-db: " + m));
        if (args.size() == 3 && args.get(1).equals("--default-home")) {
            builder.defaultHome(Path.of(args.get(2)));
        } else if (args.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args.get(0)) {
                case "start" -> out.println(builder.start().jdbcUrl());
                case "stop" -> err.println("pgai-db: " + (builder.stopRunning() ? "stopped" : "not running"));
                case "status" -> {
                    Optional<EmbeddedPgai> running = builder.running();
                    if (running.isEmpty()) {
                        out.println("stopped");
                        return 3;
                    }
                    out.println("running pid=" + running.get().pid() + " url=" + running.get().jdbcUrl());
                }
                case "url" -> out.println(requireRunning(builder).jdbcUrl());
                case "pgurl" -> out.println(requireRunning(builder).postgresUrl());
                case "python" -> out.println(builder.python());
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (EmbeddedPgaiException e) {
            err.println("pgai-db: ERROR: " + e.getMessage());
            return 1;
        }
    }

    private static EmbeddedPgai requireRunning(EmbeddedPgai.Builder builder) {
        return builder.running().orElseThrow(() -> new EmbeddedPgaiException("not running; run scripts/pgai-db start"));
    }
}
