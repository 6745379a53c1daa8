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

    /**
     * Registers a shutdown hook that stops {@code process} if this JVM exits first (Ctrl-C, a failed test run).
     * If the JVM is already shutting down (a Ctrl-C while the process was being started), no hook can be added
     * any more: the process is stopped at once and an {@link EmbeddedPgaiException} says so.
     */
    static Thread stopOnJvmExit(Process process) {
        Thread hook = new Thread(() -> stop(process), "pgai-worker-stop-" + process.pid());
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            stop(process);
            throw new EmbeddedPgaiException("this JVM is shutting down, so the process it had just started (pid " + process.pid()
                    + ") was stopped again", shuttingDown);
        }
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
