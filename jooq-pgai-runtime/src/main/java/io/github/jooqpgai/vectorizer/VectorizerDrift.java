package io.github.jooqpgai.vectorizer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The differences between the vectorizers declared in code and those in the database, from
 * {@code PgaiDSLContext.vectorizerDrift(...)}: empty when they agree. Each declaration is compared with what pgai
 * <em>stores</em> for it (pgai's own config functions and default resolution, run in the database), so defaults
 * pgai fills in are never reported.
 *
 * <pre>{@code
 * VectorizerDrift drift = pgai.vectorizerDrift(List.of(blogEmbeddings.spec()), List.of("public"));
 * drift.assertNoDrift(); // AssertionError listing e.g. "blog_embeddings: chunking.chunk_size 800 in code, 500 in database"
 * }</pre>
 *
 * @param differences every difference, by vectorizer name in code order, then the unexpected ones
 */
public record VectorizerDrift(List<VectorizerDifference> differences) {

    /** Copies the list. */
    public VectorizerDrift {
        differences = List.copyOf(differences);
    }

    /** Whether code and database agree. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * Throws when code and database differ.
     *
     * @throws AssertionError whose message is {@link #toString()}
     */
    public void assertNoDrift() {
        if (!isEmpty()) {
            throw new AssertionError(toString());
        }
    }

    /** {@code "no vectorizer drift"}, or one line per difference under a heading. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no vectorizer drift";
        }
        return differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n",
                "vectorizer drift (" + differences.size() + (differences.size() == 1 ? " difference" : " differences") + "):\n", ""));
    }
}
