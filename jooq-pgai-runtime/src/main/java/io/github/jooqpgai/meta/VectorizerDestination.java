package io.github.jooqpgai.meta;

import org.jooq.Field;
import org.jooq.Table;

/**
 * Where a vectorizer's embeddings can be read: an embedding view (table destination) or a column of the
 * source table (column destination).
 *
 * <pre>{@code
 * if (Vectorizers.BLOG_EMBEDDING.destination() instanceof VectorizerDestination.EmbeddingView v) {
 *     dsl.selectFrom(v.view()).fetch();
 * }
 * }</pre>
 */
public sealed interface VectorizerDestination permits VectorizerDestination.EmbeddingView, VectorizerDestination.EmbeddingColumn {

    /**
     * The view pgai created: chunks, embeddings and the source's columns.
     *
     * <pre>{@code
     * new VectorizerDestination.EmbeddingView(BlogEmbedding.BLOG_EMBEDDING);
     * }</pre>
     *
     * @param view the generated view table
     */
    record EmbeddingView(Table<?> view) implements VectorizerDestination {

        /** Validates. */
        public EmbeddingView {
            if (view == null) {
                throw new IllegalArgumentException("view must not be null");
            }
        }
    }

    /**
     * The embedding column pgai added to the source table.
     *
     * <pre>{@code
     * new VectorizerDestination.EmbeddingColumn(Doc.DOC.EMBEDDING);
     * }</pre>
     *
     * @param column the generated column
     */
    record EmbeddingColumn(Field<?> column) implements VectorizerDestination {

        /** Validates. */
        public EmbeddingColumn {
            if (column == null) {
                throw new IllegalArgumentException("column must not be null");
            }
        }
    }
}
