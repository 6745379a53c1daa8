package io.github.jooqpgai.codegen;

/**
 * What one code generation run over a {@link PgaiDatabase} generated and hid, for a one-line report (the
 * Maven plugin prints it).
 *
 * <pre>{@code
 * CodegenSummary s = pgaiDatabase.summary();   // after generation
 * log.info(s.tables() + " tables, " + s.embeddingViews() + " embedding views");
 * }</pre>
 *
 * @param tables                generated tables (views and embedding views excluded)
 * @param embeddingViews        generated pgai embedding views
 * @param vectorizers           vectorizers whose embedding view (or source table) was generated
 * @param hiddenManagedObjects  pgai-managed objects of those vectorizers left out (queue and failed-queue
 *                              tables, trigger functions, and store tables unless shown)
 */
public record CodegenSummary(int tables, int embeddingViews, int vectorizers, int hiddenManagedObjects) {
}
