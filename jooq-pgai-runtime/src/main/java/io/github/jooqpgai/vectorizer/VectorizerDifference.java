package io.github.jooqpgai.vectorizer;

import java.util.Objects;

/**
 * One difference between the vectorizers declared in code and those in the database; {@code toString()} is the
 * readable line of a {@link VectorizerDrift} report.
 *
 * <pre>{@code
 * new VectorizerDifference.Changed("blog_content_embedder", "chunking.chunk_size", "800", "500").toString();
 * // blog_content_embedder: chunking.chunk_size 800 in code, 500 in database
 * }</pre>
 */
public sealed interface VectorizerDifference {

    /** The vectorizer's name. */
    String vectorizer();

    /**
     * Declared in code, not in the database.
     *
     * @param vectorizer the declared (or pgai-derived) name
     * @param reason     why, e.g. {@code "no vectorizer of this name"}
     */
    record Missing(String vectorizer, String reason) implements VectorizerDifference {

        /** @throws NullPointerException for a null part */
        public Missing {
            Objects.requireNonNull(vectorizer, "vectorizer");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return vectorizer + ": declared in code, missing in database (" + reason + ")";
        }
    }

    /**
     * In the database, not declared in code.
     *
     * @param vectorizer the name in {@code ai.vectorizer}
     * @param source     its source table, {@code schema.table}
     */
    record Unexpected(String vectorizer, String source) implements VectorizerDifference {

        /** @throws NullPointerException for a null part */
        public Unexpected {
            Objects.requireNonNull(vectorizer, "vectorizer");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return vectorizer + ": in database (on " + source + "), not declared in code";
        }
    }

    /**
     * A field whose value in code differs from the value pgai stored.
     *
     * @param vectorizer the name
     * @param field      the path, e.g. {@code chunking.chunk_size}, {@code embedding.model}, {@code source}
     * @param inCode     the value pgai would store for the declaration (JSON; strings quoted), or {@code absent}
     * @param inDatabase the stored value (JSON; strings quoted), or {@code absent}
     */
    record Changed(String vectorizer, String field, String inCode, String inDatabase) implements VectorizerDifference {

        /** @throws NullPointerException for a null part */
        public Changed {
            Objects.requireNonNull(vectorizer, "vectorizer");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(inCode, "inCode");
            Objects.requireNonNull(inDatabase, "inDatabase");
        }

        @Override
        public String toString() {
            return vectorizer + ": " + field + " " + inCode + " in code, " + inDatabase + " in database";
        }
    }
}
