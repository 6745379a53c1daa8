package io.github.jooqpgai.examples.quickstart;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * What the quickstart started, stopped in reverse order exactly once: at the end of {@code main}, or from the
 * shutdown hook when the JVM is interrupted (Ctrl-C) first.
 *
 * <pre>{@code
 * StartedResources started = new StartedResources(System.out);
 * Runtime.getRuntime().addShutdownHook(new Thread(started::close));
 * started.add("embedding server", server);
 * }</pre>
 */
final class StartedResources implements AutoCloseable {

    private record Started(String what, AutoCloseable stopper) {
    }

    private final Deque<Started> started = new ArrayDeque<>();
    private final PrintStream out;
    private boolean closed;
    private final CountDownLatch stoppedAll = new CountDownLatch(1);

    StartedResources(PrintStream out) {
        this.out = out;
    }

    /** Registers {@code stopper} to stop {@code what}; after {@link #close()} it is stopped at once. */
    void add(String what, AutoCloseable stopper) {
        synchronized (this) {
            if (!closed) {
                started.push(new Started(what, stopper));
                return;
            }
        }
        stop(new Started(what, stopper));
    }

    /** Whether {@link #close()} has begun (e.g. from the shutdown hook after a Ctrl-C). */
    synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops everything registered, newest first; a failure to stop one is printed and the others are still
     * stopped. A second caller (the shutdown hook while {@code main} is stopping, or the other way round) waits
     * until the first has stopped everything: the JVM ends when its shutdown hooks return, and must not cut the
     * first caller off half-way.
     */
    @Override
    public void close() {
        Deque<Started> toStop;
        synchronized (this) {
            if (closed) {
                toStop = null;
            } else {
                closed = true;
                toStop = new ArrayDeque<>(started);
                started.clear();
            }
        }
        if (toStop == null) {
            awaitStopped();
            return;
        }
        try {
            toStop.forEach(this::stop);
        } finally {
            stoppedAll.countDown();
        }
    }

    private void awaitStopped() {
        boolean interrupted = false;
        while (true) {
            try {
                stoppedAll.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop(Started each) {
        long t0 = System.nanoTime();
        try {
            each.stopper().close();
            out.printf("[%7.2f s] stopped %s%n", (System.nanoTime() - t0) / 1e9, each.what());
        } catch (Exception e) {
            out.printf("could not stop %s: %s%n", each.what(), e);
        }
        out.flush();
    }
}
