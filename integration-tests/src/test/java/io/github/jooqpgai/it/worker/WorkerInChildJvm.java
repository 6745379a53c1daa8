package io.github.jooqpgai.it.worker;

import io.github.jooqpgai.embedded.PgaiWorker;
import java.nio.file.Path;

/**
 * A JVM that starts a background worker, prints its pid and exits without closing it: the worker's shutdown
 * hook must stop it. Arguments: JDBC URL, worker home, vectorizer id.
 *
 * <pre>{@code
 * java -cp <test classpath> io.github.jooqpgai.it.worker.WorkerInChildJvm jdbc:postgresql://... /repo/.pgai 7
 * }</pre>
 */
public final class WorkerInChildJvm {

    private WorkerInChildJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        PgaiWorker.Running running = PgaiWorker.builder(args[0]).home(Path.of(args[1])).vectorizerId(Integer.parseInt(args[2]))
                .pollInterval(java.time.Duration.ofSeconds(1)).build().start();
        System.out.println("worker pid " + running.pid());
        System.out.flush();
        Thread.sleep(3000);
        System.exit(0);
    }
}
