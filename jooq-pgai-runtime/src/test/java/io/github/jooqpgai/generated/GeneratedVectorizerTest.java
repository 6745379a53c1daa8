package io.github.jooqpgai.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class GeneratedVectorizerTest {

    private static final Embedding EMBEDDING = Embedding.openai("text-embedding-3-small", 768);
    private static final Table<?> BLOG = DSL.table(DSL.name("public", "blog"));

    @Test
    void aTableDestinationExposesItsViewAndTheSearchMetricCodeGenerationChose() {
        Table<?> view = DSL.table(DSL.name("public", "blog_embedding"));
        GeneratedVectorizer v = new GeneratedVectorizer("blog_body", BLOG, view, Destination.table(), EMBEDDING,
                Indexing.hnsw().withOpclass(HnswOpclass.VECTOR_IP_OPS), DistanceMetric.INNER_PRODUCT);
        assertThat(v.embeddingView()).containsSame(view);
        assertThat(v.embeddingColumn()).isEmpty();
        assertThat(v.searchMetric()).isEqualTo(DistanceMetric.INNER_PRODUCT);
        assertThat(v.dimensions()).isEqualTo(768);
    }

    @Test
    void aColumnDestinationExposesTheSourcesColumnAndTheSearchMetricIsNotDerivedFromTheConfig() {
        GeneratedVectorizer v = new GeneratedVectorizer("note", BLOG, BLOG, Destination.column("embedding"), EMBEDDING, Indexing.diskann(),
                DistanceMetric.L2);
        assertThat(v.searchMetric()).as("a diskann index with vector_l2_ops, found by code generation").isEqualTo(DistanceMetric.L2);
        assertThat(v.embeddingView()).isEmpty();
        assertThat(v.embeddingColumn()).contains(DSL.field(DSL.name("public", "blog", "embedding")));
    }

    @Test
    void nullComponentsAreRejectedByName() {
        assertThatThrownBy(() -> new GeneratedVectorizer("v", null, BLOG, Destination.table(), EMBEDDING, Indexing.none(), DistanceMetric.COSINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> new GeneratedVectorizer("v", BLOG, BLOG, Destination.table(), EMBEDDING, null, DistanceMetric.COSINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("indexing must not be null");
        assertThatThrownBy(() -> new GeneratedVectorizer("v", BLOG, BLOG, Destination.table(), EMBEDDING, Indexing.none(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("searchMetric must not be null");
    }
}
