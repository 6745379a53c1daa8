package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.chunking_character_text_splitter}: split on one separator.
 *
 * <pre>{@code
 * ChunkingCharacterTextSplitter c = Chunking.characterTextSplitter(800, 400).withSeparator(".");
 * }</pre>
 *
 * @param chunkSize the maximum chunk size (>= 1, default 800)
 * @param chunkOverlap the overlap (0 <= overlap < chunkSize, default 400)
 * @param separator the separator (default {@code "\n\n"})
 * @param isSeparatorRegex whether the separator is a regular expression
 */
public record ChunkingCharacterTextSplitter(int chunkSize, int chunkOverlap, String separator, boolean isSeparatorRegex)
        implements Chunking {

    /** pgai's default separator. */
    public static final String DEFAULT_SEPARATOR = "\n\n";

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for sizes pgai's worker cannot use or a null separator */
    public ChunkingCharacterTextSplitter {
        ConfigChecks.chunkSizes(chunkSize, chunkOverlap);
        ConfigChecks.requiredText("separator", separator);
    }

    /** A copy splitting on {@code separator}. */
    public ChunkingCharacterTextSplitter withSeparator(String separator) {
        return new ChunkingCharacterTextSplitter(chunkSize, chunkOverlap, separator, isSeparatorRegex);
    }

    /** A copy whose separator is (or is not) a regular expression. */
    public ChunkingCharacterTextSplitter withSeparatorRegex(boolean isSeparatorRegex) {
        return new ChunkingCharacterTextSplitter(chunkSize, chunkOverlap, separator, isSeparatorRegex);
    }
}
