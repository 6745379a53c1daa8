package io.github.jooqpgai.embedded;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Child JVM for {@link ProcessTreeShutdownTest}: while this JVM shuts down, its shutdown hook starts
 * {@code sleep 600} and asks {@link ProcessTree#stopOnJvmExit} to guard it, as {@code PgaiWorker.runOnce} does
 * when a Ctrl-C arrives just as the worker starts; prints the outcome and the child's pid.
 *
 * <pre>{@code
 * ChildProcess jvm = ChildProcess.startJvm(StartDuringShutdownInChildJvm.class);
 * }</pre>
 */
final class StartDuringShutdownInChildJvm {

    private StartDuringShutdownInChildJvm() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Process sleeper = new ProcessBuilder("sleep", "600").start();
                System.out.println("started pid " + sleeper.pid());
                try {
                    ProcessTree.stopOnJvmExit(sleeper);
                    System.out.println("hook added");
                } catch (EmbeddedPgaiException e) {
                    System.out.println("refused: " + e.getMessage());
                }
                System.out.println("exited within 5 s: " + sleeper.waitFor(5, TimeUnit.SECONDS));
            } catch (IOException e) {
                System.out.println("could not start sleep: " + e);
            } catch (InterruptedException e) {
                System.out.println("interrupted: " + e);
            }
        }));
        System.exit(0);
    }
}
