package io.github.jooqpgai.vectorizer.config;

import java.util.List;

/**
 * {@code ai.chunking_recursive_character_text_splitter}: try separators in order until chunks fit.
 *
 * <pre>{@code
 * var c = Chunking.recursiveCharacterTextSplitter(512, 64).withSeparators(List.of("\n\n", "\n", " "));
 * }</pre>
 *
 * @param chunkSize the maximum chunk size (>= 1, default 800)
 * @param chunkOverlap the overlap (0 <= overlap < chunkSize, default 400)
 * @param separators the separators, in order (default {@link #DEFAULT_SEPARATORS})
 * @param isSeparatorRegex whether the separators are regular expressions
 */
public record ChunkingRecursiveCharacterTextSplitter(int chunkSize, int chunkOverlap, List<String> separators, boolean isSeparatorRegex)
        implements Chunking {

    /** pgai's default separators. */
    public static final List<String> DEFAULT_SEPARATORS = List.of("\n\n", "\n", ".", "?", "!", " ", "");

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for sizes pgai's worker cannot use or null separators */
    public ChunkingRecursiveCharacterTextSplitter {
        ConfigChecks.chunkSizes(chunkSize, chunkOverlap);
        separators = ConfigChecks.separators(separators);
    }

    /** A copy with these separators. */
    public ChunkingRecursiveCharacterTextSplitter withSeparators(List<String> separators) {
        return new ChunkingRecursiveCharacterTextSplitter(chunkSize, chunkOverlap, separators, isSeparatorRegex);
    }

    /** A copy whose separators are (or are not) regular expressions. */
    public ChunkingRecursiveCharacterTextSplitter withSeparatorRegex(boolean isSeparatorRegex) {
        return new ChunkingRecursiveCharacterTextSplitter(chunkSize, chunkOverlap, separators, isSeparatorRegex);
    }
}
