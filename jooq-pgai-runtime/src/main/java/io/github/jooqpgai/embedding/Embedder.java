package io.github.jooqpgai.embedding;

import io.github.jooqpgai.types.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a vector: the query side of a vectorizer's embedding model. {@link Embedders#forQueries}
 * builds one from a vectorizer's stored embedding config; implement it to plug in any other model (one the
 * worker's provider list does not have, a LiteLLM route, an in-process model).
 *
 * <pre>{@code
 * Embedder embedder = Embedders.forQueries(Vectorizers.BLOG_BODY.embedding());
 * Vector q = embedder.embed("how do I tune autovacuum?");
 *
 * Embedder mine = text -> Vector.of(myModel.embed(text));   // your own model
 * }</pre>
 */
@FunctionalInterface
public interface Embedder {

    /**
     * The embedding of one text.
     *
     * @throws EmbeddingException when the model cannot embed it (provider error, unreachable endpoint, wrong size)
     */
    Vector embed(String text);

    /**
     * The embeddings of several texts, in their order. The default calls {@link #embed} once per text; the
     * provider clients send one request for all.
     *
     * @throws EmbeddingException when the model cannot embed them
     */
    default List<Vector> embedAll(List<String> texts) {
        if (texts == null) {
            throw new IllegalArgumentException("texts must not be null");
        }
        List<Vector> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return List.copyOf(vectors);
    }
}
