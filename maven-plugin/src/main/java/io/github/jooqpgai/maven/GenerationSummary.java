package io.github.jooqpgai.maven;

import java.time.Duration;

/**
 * The counts the goal reports in its one summary line.
 *
 * <pre>{@code
 * new GenerationSummary(12, 2, 2, 8).line(Duration.ofMillis(900))
 * // "jooq-pgai: generated 12 tables, 2 embedding views, 2 vectorizers, 8 hidden managed objects in 900 ms"
 * }</pre>
 *
 * @param tables          generated tables (views excluded)
 * @param embeddingViews  generated pgai embedding views
 * @param vectorizers     vectorizers whose embedding view (or source table) was generated
 * @param hiddenManaged   pgai-managed objects of those vectorizers left out (store, queue and failed-queue tables,
 *                        trigger functions)
 */
record GenerationSummary(int tables, int embeddingViews, int vectorizers, int hiddenManaged) {

    /** The summary line for a run that took {@code time}. */
    String line(Duration time) {
        return "jooq-pgai: generated " + tables + " tables, " + embeddingViews + " embedding views, " + vectorizers
                + " vectorizers, " + hiddenManaged + " hidden managed objects in " + time.toMillis() + " ms";
    }
}
