package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Parsing;

/**
 * {@code <pgai:parsing type="auto|none|pymupdf|docling"/>}: the DSL's {@code Parsing.auto()}, ... (docling is
 * refused as by the DSL: the 0.12.1 worker rejects it).
 *
 * <pre>{@code
 * <pgai:parsing type="pymupdf"/>
 * }</pre>
 */
public final class ParsingElement extends ConfigElement {

    private String type;

    @Override
    public String getSerializedObjectName() {
        return "parsing";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The DSL's parsing config. */
    public Parsing toConfig() {
        return switch (variant(type, "auto", "none", "pymupdf", "docling")) {
            case "auto" -> Parsing.auto();
            case "none" -> Parsing.none();
            case "pymupdf" -> Parsing.pymupdf();
            default -> Parsing.docling();
        };
    }
}
