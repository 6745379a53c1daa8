package io.github.jooqpgai.vectorizer.config;

import java.util.function.Consumer;

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
 * <p>Every component is non-null in a config read with {@link #fromJson(String)}. A config read with
 * {@link #fromJsonLeniently(String, Consumer)} (the code generator's way) has null exactly for the sections
 * that could not be read, each of which was reported.
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

    /**
     * Parses {@code ai.vectorizer.config} JSON section by section: a section that cannot be read is
     * reported to {@code unreadable} (the exception names the JSON field, e.g. {@code chunking.chunk_size})
     * and is null in the result.
     *
     * <pre>{@code
     * VectorizerConfig partial = VectorizerConfig.fromJsonLeniently(json, e -> log.warn(e.getMessage()));
     * if (partial.embedding() != null) { ... }
     * }</pre>
     *
     * @throws IllegalArgumentException for text that is not JSON
     */
    public static VectorizerConfig fromJsonLeniently(String json, Consumer<InvalidVectorizerConfigException> unreadable) {
        return StoredConfigParser.parse(json, unreadable);
    }
}
