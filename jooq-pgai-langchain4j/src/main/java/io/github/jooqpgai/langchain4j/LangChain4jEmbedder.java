package io.github.jooqpgai.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.EmbeddingException;
import io.github.jooqpgai.types.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * A langchain4j {@link EmbeddingModel} as a jooq-pgai {@link Embedder}: for a model pgai's worker cannot call
 * itself through a built-in client (LiteLLM routes, in-process ONNX models, langchain4j's many providers). The
 * model must be the one the vectorizer's documents were embedded with; generated {@code search(...)} checks
 * the size of its vectors against the embedding column.
 *
 * <pre>{@code
 * Embedder embedder = LangChain4jEmbedder.of(new AllMiniLmL6V2QuantizedEmbeddingModel());
 * List<SearchHit<BlogEmbeddingRecord>> hits = BLOG_EMBEDDING.search(dsl, embedder, "question", 5);
 * }</pre>
 */
public final class LangChain4jEmbedder implements Embedder {

    private final EmbeddingModel model;

    private LangChain4jEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Wraps {@code model}.
     *
     * @throws IllegalArgumentException if {@code model} is null
     */
    public static LangChain4jEmbedder of(EmbeddingModel model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        return new LangChain4jEmbedder(model);
    }

    @Override
    public Vector embed(String text) {
        requireText(text, "text");
        return vector(model.embed(text).content(), 0, 1);
    }

    /** One {@code embedAll} call of the model for all texts. */
    @Override
    public List<Vector> embedAll(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("texts must not be " + (texts == null ? "null" : "empty"));
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            requireText(texts.get(i), "texts[" + i + "]");
            segments.add(TextSegment.from(texts.get(i)));
        }
        List<dev.langchain4j.data.embedding.Embedding> embeddings = model.embedAll(segments).content();
        if (embeddings == null || embeddings.size() != texts.size()) {
            throw new EmbeddingException(model.getClass().getName() + " returned " + (embeddings == null ? "no" : embeddings.size()) + " embeddings for "
                    + texts.size() + " texts", model.getClass().getName(), -1, null, null);
        }
        List<Vector> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < embeddings.size(); i++) {
            vectors.add(vector(embeddings.get(i), i, texts.size()));
        }
        return List.copyOf(vectors);
    }

    private Vector vector(dev.langchain4j.data.embedding.Embedding embedding, int index, int count) {
        if (embedding == null || embedding.vector() == null || embedding.vector().length == 0) {
            throw new EmbeddingException(model.getClass().getName() + " returned no vector for text " + (index + 1) + " of " + count,
                    model.getClass().getName(), -1, null, null);
        }
        return Vector.of(embedding.vector());
    }

    private static void requireText(String text, String parameter) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must not be " + (text == null ? "null" : "empty"));
        }
    }

    @Override
    public String toString() {
        return "LangChain4jEmbedder(" + model.getClass().getSimpleName() + ")";
    }
}
