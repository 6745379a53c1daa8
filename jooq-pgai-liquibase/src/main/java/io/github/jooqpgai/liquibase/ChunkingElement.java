package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.ChunkingCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.ChunkingRecursiveCharacterTextSplitter;

/**
 * {@code <pgai:chunking type="none|characterTextSplitter|recursiveCharacterTextSplitter" chunkSize="800"
 * chunkOverlap="400" separator="." separators='["\n\n", " "]' separatorRegex="false"/>}: the DSL's
 * {@code Chunking.none()}, {@code Chunking.characterTextSplitter(size, overlap)} or
 * {@code Chunking.recursiveCharacterTextSplitter(size, overlap)}; sizes default to pgai's 800/400, {@code separators}
 * is a JSON array of strings.
 *
 * <pre>{@code
 * <pgai:chunking type="characterTextSplitter" chunkSize="800" chunkOverlap="400" separator="."/>
 * }</pre>
 */
public final class ChunkingElement extends ConfigElement {

    private String type;
    private String chunkSize;
    private String chunkOverlap;
    private String separator;
    private String separators;
    private String separatorRegex;

    @Override
    public String getSerializedObjectName() {
        return "chunking";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getChunkSize() {
        return chunkSize;
    }

    public void setChunkSize(String chunkSize) {
        this.chunkSize = chunkSize;
    }

    public String getChunkOverlap() {
        return chunkOverlap;
    }

    public void setChunkOverlap(String chunkOverlap) {
        this.chunkOverlap = chunkOverlap;
    }

    public String getSeparator() {
        return separator;
    }

    public void setSeparator(String separator) {
        this.separator = separator;
    }

    public String getSeparators() {
        return separators;
    }

    public void setSeparators(String separators) {
        this.separators = separators;
    }

    public String getSeparatorRegex() {
        return separatorRegex;
    }

    public void setSeparatorRegex(String separatorRegex) {
        this.separatorRegex = separatorRegex;
    }

    /** The DSL's chunking config; its checks run. */
    public Chunking toConfig() {
        String kind = variant(type, "none", "characterTextSplitter", "recursiveCharacterTextSplitter");
        if (kind.equals("none")) {
            absent(kind, "chunkSize", chunkSize);
            absent(kind, "chunkOverlap", chunkOverlap);
            absent(kind, "separator", separator);
            absent(kind, "separators", separators);
            absent(kind, "separatorRegex", separatorRegex);
            return Chunking.none();
        }
        int size = integer("chunkSize", chunkSize, Chunking.DEFAULT_CHUNK_SIZE);
        int overlap = integer("chunkOverlap", chunkOverlap, Chunking.DEFAULT_CHUNK_OVERLAP);
        boolean regex = Boolean.TRUE.equals(bool("separatorRegex", separatorRegex));
        if (kind.equals("characterTextSplitter")) {
            absent(kind, "separators", separators);
            ChunkingCharacterTextSplitter splitter = build(() -> Chunking.characterTextSplitter(size, overlap).withSeparatorRegex(regex));
            return separator == null ? splitter : build(() -> splitter.withSeparator(separator));
        }
        absent(kind, "separator", separator);
        ChunkingRecursiveCharacterTextSplitter splitter = build(() -> Chunking.recursiveCharacterTextSplitter(size, overlap).withSeparatorRegex(regex));
        return separators == null ? splitter : build(() -> splitter.withSeparators(JsonStrings.parse(label("separators"), separators)));
    }
}
