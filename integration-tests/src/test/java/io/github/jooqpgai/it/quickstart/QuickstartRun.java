package io.github.jooqpgai.it.quickstart;

/**
 * One run of the quickstart: its exit code and its combined output.
 *
 * <pre>{@code
 * QuickstartRun run = checkout.runScript(Duration.ofMinutes(10));
 * }</pre>
 */
record QuickstartRun(int exitCode, String output) {
}
