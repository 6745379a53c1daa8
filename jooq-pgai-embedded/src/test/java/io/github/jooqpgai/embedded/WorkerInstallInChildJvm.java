package io.github.jooqpgai.embedded;

import java.nio.file.Path;

/**
 * A JVM that installs (or finds) the pgai worker in a state folder and prints its progress and
 * {@code ready <pgai>}: {@code java -cp <test classpath> io.github.jooqpgai.embedded.WorkerInstallInChildJvm <home>}.
 *
 * <pre>{@code
 * new ProcessBuilder("java", "-cp", classpath, WorkerInstallInChildJvm.class.getName(), home.toString()).start();
 * }</pre>
 */
public final class WorkerInstallInChildJvm {

    private WorkerInstallInChildJvm() {
    }

    public static void main(String[] args) {
        PgaiWorker worker = PgaiWorker.builder("jdbc:postgresql://127.0.0.1:5432/unused").home(Path.of(args[0]))
                .progress(message -> System.out.println("progress: " + message)).build();
        System.out.println("ready " + worker.executable());
    }
}
