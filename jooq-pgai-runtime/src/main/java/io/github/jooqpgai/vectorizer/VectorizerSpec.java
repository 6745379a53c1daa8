package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.List;
import java.util.Objects;
import org.jooq.Table;

/**
 * Everything one {@code ai.create_vectorizer} call says, checked as a whole. Null components are left
 * out of the call, so pgai's defaults apply. Build it with {@code createVectorizer(...)}, whose
 * {@code spec()} runs every Java-side check that needs more than one value.
 *
 * <pre>{@code
 * VectorizerSpec d = PgaiDSL.createVectorizer(BLOG)
 *         .loading(Loading.column(BLOG.CONTENT))
 *         .embedding(Embedding.openai("text-embedding-3-small", 768))
 *         .spec();
 * }</pre>
 *
 * @param source the source table; its fields (if known, e.g. generated tables) are used for checks
 * @param name the vectorizer name ({@code ^[a-z][a-z_0-9]*$}), or null for pgai's derived name
 * @param destination or null (table destination with derived names)
 * @param loading required
 * @param parsing or null (auto); not {@code Parsing.docling()}, which the 0.12.1 worker rejects
 * @param embedding required
 * @param chunking or null (recursive character splitter 800/400)
 * @param indexing or null (default, resolved by pgai)
 * @param formatting or null (python template {@code $chunk})
 * @param scheduling or null (default, resolved by pgai)
 * @param processing or null (default)
 * @param queueSchema or null ({@code ai})
 * @param queueTable or null ({@code _vectorizer_q_<id>})
 * @param grantTo roles for {@code ai.grant_to(role, ...)} (which adds {@code ai.grant_to_default}), an empty list to grant to
 *     nobody ({@code grant_to => null}), or null for pgai's default {@code ai.grant_to()}
 * @param enqueueExisting or null (true)
 * @param ifNotExists or null (false)
 */
public record VectorizerSpec(Table<?> source, String name, Destination destination, Loading loading, Parsing parsing,
        Embedding embedding, Chunking chunking, Indexing indexing, Formatting formatting, Scheduling scheduling,
        Processing processing, String queueSchema, String queueTable, List<String> grantTo, Boolean enqueueExisting,
        Boolean ifNotExists) {

    /** @throws InvalidVectorizerConfigException if loading or embedding is missing */
    public VectorizerSpec {
        Objects.requireNonNull(source, "source");
        if (loading == null) {
            throw new InvalidVectorizerConfigException("loading", null, "is required");
        }
        if (embedding == null) {
            throw new InvalidVectorizerConfigException("embedding", null, "is required");
        }
        grantTo = grantTo == null ? null : List.copyOf(grantTo);
    }
}
