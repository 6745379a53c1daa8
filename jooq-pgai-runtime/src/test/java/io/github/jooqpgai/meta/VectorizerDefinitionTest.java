package io.github.jooqpgai.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class VectorizerDefinitionTest {

    private static final Table<?> BLOG = DSL.table(DSL.name("public", "blog"));
    private static final Table<?> VIEW = DSL.table(DSL.name("public", "blog_embedding"));
    private static final EmbeddingModel MODEL = new EmbeddingModel("openai", "text-embedding-3-small");

    @Test
    void aTableDestinationExposesItsViewAndSearchesWithTheIndexMetric() {
        VectorizerDefinition v = new VectorizerDefinition("blog_body", BLOG, new VectorizerDestination.EmbeddingView(VIEW), 768,
                MODEL, Optional.of(DistanceMetric.INNER_PRODUCT));
        assertThat(v.embeddingView()).containsSame(VIEW);
        assertThat(v.searchMetric()).isEqualTo(DistanceMetric.INNER_PRODUCT);
    }

    @Test
    void withoutAnIndexTheSearchMetricIsCosine() {
        Field<?> column = DSL.field(DSL.name("public", "note", "embedding"));
        VectorizerDefinition v = new VectorizerDefinition("note", BLOG, new VectorizerDestination.EmbeddingColumn(column), 3,
                MODEL, Optional.empty());
        assertThat(v.searchMetric()).isEqualTo(DistanceMetric.COSINE);
        assertThat(v.embeddingView()).isEmpty();
    }

    @Test
    void badComponentsAreRejectedByName() {
        VectorizerDestination view = new VectorizerDestination.EmbeddingView(VIEW);
        assertThatThrownBy(() -> new VectorizerDefinition("v", BLOG, view, 0, MODEL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dimensions must be positive, got 0 for vectorizer v");
        assertThatThrownBy(() -> new VectorizerDefinition("v", null, view, 3, MODEL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> new VectorizerDestination.EmbeddingView(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("view must not be null");
        assertThatThrownBy(() -> new EmbeddingModel("openai", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("model must not be null");
    }
}
