package io.github.jooqpgai.vectorizer;

import java.time.OffsetDateTime;

/**
 * One row of the {@code ai.vectorizer_errors} view: an error the worker recorded.
 *
 * <pre>{@code
 * for (VectorizerError e : pgai.vectorizerErrors("blog_embeddings")) {
 *     log.warn("{} at {}: {}", e.name(), e.recorded(), e.message());
 * }
 * }</pre>
 *
 * @param id the vectorizer id
 * @param message the error message
 * @param details JSON details as text, or null
 * @param recorded when it happened
 * @param name the vectorizer's name
 */
public record VectorizerError(int id, String message, String details, OffsetDateTime recorded, String name) {
}
