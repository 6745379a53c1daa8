package io.github.jooqpgai.embedded;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and its descendants by pid: SIGTERM, then SIGKILL after 10 s, and waits until they are gone. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** Registers a shutdown hook that stops {@code process} if this JVM exits first (Ctrl-C, a failed test run). */
    static Thread stopOnJvmExit(Process process) {
        Thread hook = new Thread(() -> stop(process), "pgai-worker-stop-" + process.pid());
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Stops {@code process} and removes its shutdown hook. */
    static void stop(Process process, Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
        stop(process);
    }

    static void stop(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!awaitExit(process.toHandle(), 10)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : tree) {
            if (!awaitExit(child, 5)) {
                child.destroyForcibly();
            }
        }
        awaitExit(process.toHandle(), 10);
        tree.forEach(child -> awaitExit(child, 5));
    }

    private static boolean awaitExit(ProcessHandle handle, int seconds) {
        if (!handle.isAlive()) {
            return true;
        }
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
