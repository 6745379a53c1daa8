package io.github.jooqpgai.benchmarks.vectorio;

/**
 * One way of reading or writing the benchmark rows; returns a checksum so the work cannot be elided.
 *
 * <pre>{@code
 * Variant floor = new Variant("raw JDBC getString", () -> reads.rawGetString());
 * }</pre>
 *
 * @param name what is measured
 * @param run  one full run
 */
record Variant(String name, Run run) {

    /** One full run over all rows. */
    @FunctionalInterface
    interface Run {
        double execute() throws Exception;
    }
}
