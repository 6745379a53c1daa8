package io.github.jooqpgai.vectorizer.config;

/**
 * How text is split into chunks ({@code chunking => ...}). pgai's default is the recursive splitter
 * with size 800 and overlap 400.
 *
 * <pre>{@code
 * Chunking.characterTextSplitter(800, 400).withSeparator(".");
 * Chunking.recursiveCharacterTextSplitter(512, 50).withSeparators(List.of("\n\n", "\n", " "));
 * Chunking.none(); // required for a column destination
 * }</pre>
 */
public sealed interface Chunking extends VectorizerConfigPart
        permits Chunking.None, ChunkingCharacterTextSplitter, ChunkingRecursiveCharacterTextSplitter {

    /** pgai's default chunk size. */
    int DEFAULT_CHUNK_SIZE = 800;
    /** pgai's default chunk overlap. */
    int DEFAULT_CHUNK_OVERLAP = 400;

    /** {@code ai.chunking_none()}: one chunk per row. */
    static None none() {
        return new None();
    }

    /** {@code ai.chunking_character_text_splitter(chunk_size, chunk_overlap)} splitting on {@code "\n\n"}. */
    static ChunkingCharacterTextSplitter characterTextSplitter(int chunkSize, int chunkOverlap) {
        return new ChunkingCharacterTextSplitter(chunkSize, chunkOverlap, ChunkingCharacterTextSplitter.DEFAULT_SEPARATOR, false);
    }

    /** {@code ai.chunking_recursive_character_text_splitter(chunk_size, chunk_overlap)} with pgai's separators. */
    static ChunkingRecursiveCharacterTextSplitter recursiveCharacterTextSplitter(int chunkSize, int chunkOverlap) {
        return new ChunkingRecursiveCharacterTextSplitter(chunkSize, chunkOverlap,
                ChunkingRecursiveCharacterTextSplitter.DEFAULT_SEPARATORS, false);
    }

    /** pgai's default: the recursive splitter, size 800, overlap 400. */
    static ChunkingRecursiveCharacterTextSplitter defaults() {
        return recursiveCharacterTextSplitter(DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_OVERLAP);
    }

    /** {@code ai.chunking_none()}. */
    record None() implements Chunking {
    }
}
