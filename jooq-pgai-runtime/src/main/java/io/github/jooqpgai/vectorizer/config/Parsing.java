package io.github.jooqpgai.vectorizer.config;

/**
 * How loaded documents are parsed ({@code parsing => ...}). {@code auto} picks by column type;
 * {@code none} is for text columns; {@code pymupdf} and {@code docling} need a bytea column.
 *
 * <pre>{@code
 * Parsing.auto();
 * Parsing.pymupdf();
 * }</pre>
 */
public sealed interface Parsing extends VectorizerConfigPart permits Parsing.Auto, Parsing.None, Parsing.Pymupdf, Parsing.Docling {

    /** {@code ai.parsing_auto()}, pgai's default. */
    static Auto auto() {
        return new Auto();
    }

    /** {@code ai.parsing_none()}. */
    static None none() {
        return new None();
    }

    /** {@code ai.parsing_pymupdf()}. */
    static Pymupdf pymupdf() {
        return new Pymupdf();
    }

    /** {@code ai.parsing_docling()}. */
    static Docling docling() {
        return new Docling();
    }

    /** {@code ai.parsing_auto()}. */
    record Auto() implements Parsing {
    }

    /** {@code ai.parsing_none()}. */
    record None() implements Parsing {
    }

    /** {@code ai.parsing_pymupdf()}. */
    record Pymupdf() implements Parsing {
    }

    /** {@code ai.parsing_docling()}. */
    record Docling() implements Parsing {
    }
}
