package io.github.jooqpgai.it.concurrency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual-thread-per-task executor, reached by reflection because the build targets Java 17. On a JDK
 * without virtual threads the calling test is aborted with the reason, or fails if
 * {@code pgai.it.requireVirtualThreads=true} says this run must have them.
 *
 * <pre>{@code
 * ExecutorService executor = VirtualThreads.executorOrAbort();
 * }</pre>
 */
final class VirtualThreads {

    static final String REQUIRED_PROPERTY = "pgai.it.requireVirtualThreads";

    private VirtualThreads() {
    }

    static ExecutorService executorOrAbort() {
        int feature = Runtime.version().feature();
        if (feature < 21) {
            String reason = "Java " + feature + " has no virtual threads; this test runs on Java 21+ (the Java 25 cells of scripts/compat-matrix)";
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                throw new AssertionError(REQUIRED_PROPERTY + "=true but " + reason);
            }
            Assumptions.abort(reason);
        }
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Java " + feature + " should have Executors.newVirtualThreadPerTaskExecutor()", e);
        }
    }
}
