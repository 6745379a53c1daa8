package io.github.jooqpgai.generated;

import org.jooq.Record;

/**
 * One result of a search by text on a generated embedding view: the view's record (the chunk, its embedding and
 * the source row's columns) and its distance to the search text by the view's search metric (smaller is nearer).
 *
 * <pre>{@code
 * for (SearchHit<BlogEmbeddingRecord> hit : BLOG_EMBEDDING.search(dsl, "tuning autovacuum", 5)) {
 *     System.out.printf("%.3f %s%n", hit.distance(), hit.record().getTitle());
 * }
 * }</pre>
 *
 * @param record   the embedding view's record
 * @param distance the distance between its embedding and the search text's
 * @param <R>      the generated record type
 */
public record SearchHit<R extends Record>(R record, double distance) {
}
