package io.github.jooqpgai.examples.quickstart;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.concurrent.Callable;

/**
 * Runs the quickstart's steps one after the other and prints each one's wall time and what it did.
 *
 * <pre>{@code
 * int rows = steps.run("insert posts", () -> insert(dsl), n -> n + " posts inserted");
 * }</pre>
 */
final class Steps {

    private final PrintStream out;

    Steps(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code step}, then prints its time and {@code describe} of its result. */
    <T> T run(String name, Callable<T> step, Function<T, String> describe) throws Exception {
        out.printf("%s ...%n", name);
        out.flush();
        long t0 = System.nanoTime();
        T result = step.call();
        out.printf("[%7.2f s] %s: %s%n", (System.nanoTime() - t0) / 1e9, name, describe.apply(result));
        out.flush();
        return result;
    }
}
