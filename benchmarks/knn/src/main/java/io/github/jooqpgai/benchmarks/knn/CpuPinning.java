package io.github.jooqpgai.benchmarks.knn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pins processes to one CPU with {@code taskset}, so that the client (this JVM) and the server processes of
 * the measured connections do not share a core, as when the database runs on a machine of its own: each
 * side keeps its caches, and the client's work is not queued behind the server's on a 2-core machine.
 *
 * <pre>{@code
 * CpuPinning.pinThisJvm(0);
 * CpuPinning.pinBackend(connection, 1);
 * }</pre>
 */
final class CpuPinning {

    private CpuPinning() {
    }

    /** Pins every thread of this JVM (threads started later inherit it) to {@code cpu}. */
    static void pinThisJvm(int cpu) {
        taskset("-a", "-pc", Integer.toString(cpu), Long.toString(ProcessHandle.current().pid()));
    }

    /** Pins the server process behind {@code connection} to {@code cpu}. */
    static void pinBackend(Connection connection, int cpu) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            taskset("-pc", Integer.toString(cpu), Integer.toString(rs.getInt(1)));
        }
    }

    private static void taskset(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "taskset";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }
}
