package io.github.jooqpgai.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.EmbeddingException;
import io.github.jooqpgai.types.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter against langchain4j's in-process all-MiniLM-L6-v2 and a misbehaving model. */
class LangChain4jEmbedderTest {

    private static final EmbeddingModel MINILM = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Test
    void embedsAsTheModelDoes() {
        Embedder embedder = LangChain4jEmbedder.of(MINILM);
        Vector v = embedder.embed("How do leaves make sugar?");
        assertThat(v.dimensions()).isEqualTo(384);
        assertThat(v.toArray()).containsExactly(MINILM.embed("How do leaves make sugar?").content().vector());
    }

    @Test
    void embedAllKeepsTheOrderInOneModelCall() {
        List<Vector> vectors = LangChain4jEmbedder.of(MINILM).embedAll(List.of("tides", "glaciers", "espresso"));
        assertThat(vectors).hasSize(3);
        assertThat(vectors.get(1).toArray()).containsExactly(MINILM.embed("glaciers").content().vector());
        assertThat(vectors.get(2).toArray()).containsExactly(MINILM.embed("espresso").content().vector());
    }

    @Test
    void badInputAndABadModelAreNamed() {
        assertThatThrownBy(() -> LangChain4jEmbedder.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("model must not be null");
        assertThatThrownBy(() -> LangChain4jEmbedder.of(MINILM).embed("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not be empty");
        EmbeddingModel dropsOne = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(List.of(Embedding.from(new float[] {1f})));
            }
        };
        assertThatThrownBy(() -> LangChain4jEmbedder.of(dropsOne).embedAll(List.of("a", "b"))).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("returned 1 embeddings for 2 texts");
    }

    @Test
    void aModelsToStringNeverReachesTheMessage() {
        EmbeddingModel withKey = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(List.of());
            }

            @Override
            public String toString() {
                return "ProviderModel(apiKey=sk-live-123)";
            }
        };
        assertThatThrownBy(() -> LangChain4jEmbedder.of(withKey).embedAll(List.of("a"))).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("returned 0 embeddings for 1 texts").hasMessageNotContaining("sk-live-123");
        assertThatThrownBy(() -> LangChain4jEmbedder.of(withKey).embed("a")).isInstanceOf(Exception.class)
                .hasMessageNotContaining("sk-live-123");
        assertThat(LangChain4jEmbedder.of(withKey).toString()).doesNotContain("sk-live-123");
    }
}
