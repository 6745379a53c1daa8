package io.github.jooqpgai.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.bindings.VectorBinding;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.types.Vector;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** What {@link TextSearch} renders and what it rejects before the text is embedded (the database run is in the ITs). */
class TextSearchTest {

    private static final DSLContext DSL_CONTEXT = DSL.using(SQLDialect.POSTGRES);
    private static final Table<Record> VIEW = DSL.table(DSL.name("public", "blog_embedding"));
    private static final Field<Vector> EMBEDDING = DSL.field(DSL.name("blog_embedding", "embedding"),
            SQLDataType.OTHER.asConvertedDataType(new VectorBinding(3)));
    private static final Field<Boolean> PUBLISHED = DSL.field(DSL.name("blog_embedding", "published"), Boolean.class);

    private final AtomicInteger calls = new AtomicInteger();
    private final Embedder embedder = text -> {
        calls.incrementAndGet();
        return Vector.of(1f, 0f, 0f);
    };

    @Test
    void nearestToEmbedsOnceAndAppendsTheIndexedOrderByAndLimitToTheFilteredSelect() {
        String sql = TextSearch.nearestTo(DSL_CONTEXT.selectFrom(VIEW).where(PUBLISHED.isTrue()), EMBEDDING, DistanceMetric.L2,
                embedder, "question", 5).getSQL();
        assertThat(sql).isEqualTo("select * from \"public\".\"blog_embedding\" where \"blog_embedding\".\"published\" = true "
                + "order by (\"blog_embedding\".\"embedding\" <-> ?::real[]::vector) fetch next ? rows only");
        assertThat(calls).hasValue(1);
    }

    @Test
    void argumentsAreCheckedBeforeTheTextIsEmbedded() {
        assertThatThrownBy(() -> TextSearch.nearestTo(DSL_CONTEXT.selectFrom(VIEW), EMBEDDING, DistanceMetric.COSINE, embedder, "q", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be at least 1, got 0");
        assertThatThrownBy(() -> TextSearch.nearestTo(DSL_CONTEXT.selectFrom(VIEW), EMBEDDING, DistanceMetric.COSINE, embedder, "", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be empty");
        assertThatThrownBy(() -> TextSearch.search(DSL_CONTEXT, VIEW, EMBEDDING, DistanceMetric.COSINE, null, "q", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("embedder must not be null");
        assertThat(calls).hasValue(0);
    }

    @Test
    void anEmbedderOfTheWrongSizeIsNamed() {
        Embedder wrong = new Embedder() {
            @Override
            public Vector embed(String text) {
                return Vector.of(1f, 2f);
            }

            @Override
            public String toString() {
                return "my-2d-model";
            }
        };
        assertThatThrownBy(() -> TextSearch.nearestTo(DSL_CONTEXT.selectFrom(VIEW), EMBEDDING, DistanceMetric.COSINE, wrong, "q", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedder my-2d-model returned a 2-dimensional vector, but embedding is vector(3); "
                        + "use the vectorizer's model (its queryEmbedder())");
    }
}
