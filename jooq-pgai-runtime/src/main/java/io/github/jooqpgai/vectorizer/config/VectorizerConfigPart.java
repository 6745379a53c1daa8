package io.github.jooqpgai.vectorizer.config;

/**
 * A value that stands for one call of a pgai config function ({@code ai.loading_column(...)},
 * {@code ai.embedding_openai(...)}, ...). Sealed: only jooq-pgai's config records implement it, so
 * every function and argument name that reaches the SQL is a constant of this library.
 *
 * <pre>{@code
 * VectorizerConfigPart part = Formatting.pythonTemplate("$title - $chunk");
 * PgaiDSL.configFunction(part); // ai.formatting_python_template(template => ...)
 * }</pre>
 */
public sealed interface VectorizerConfigPart
        permits Loading, Parsing, Embedding, Chunking, Indexing, Formatting, Scheduling, Processing, Destination {
}
