package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;

/**
 * A vectorizer's stored configuration ({@code ai.vectorizer.config} without {@code version}) in the
 * same Java types used to create it. pgai stores defaults filled in, {@code indexing}/{@code scheduling}
 * defaults resolved, and the destination evaluated (see {@code DestinationTable#resolvedFor}).
 *
 * <pre>{@code
 * VectorizerConfig stored = pgai.vectorizer("blog_embeddings").orElseThrow().config();
 * stored.embedding().equals(Embedding.openai("text-embedding-3-small", 768)); // true
 * }</pre>
 *
 * @param loading the loading config
 * @param parsing the parsing config
 * @param embedding the embedding config
 * @param chunking the chunking config
 * @param indexing the indexing config (resolved)
 * @param formatting the formatting config
 * @param scheduling the scheduling config (resolved)
 * @param processing the processing config
 * @param destination the evaluated destination
 */
public record VectorizerConfig(Loading loading, Parsing parsing, Embedding embedding, Chunking chunking, Indexing indexing,
        Formatting formatting, Scheduling scheduling, Processing processing, Destination destination) {

    /**
     * Parses {@code ai.vectorizer.config} JSON.
     *
     * @throws IllegalArgumentException for JSON that is not a pgai 0.12 vectorizer config
     */
    public static VectorizerConfig fromJson(String json) {
        return StoredConfigParser.parse(json);
    }
}
