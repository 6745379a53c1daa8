package io.github.jooqpgai.vectorizer.config;

/**
 * A value that stands for one call of a pgai config function ({@code ai.loading_column(...)},
 * {@code ai.embedding_openai(...)}, ...). Every config record implements it.
 *
 * <pre>{@code
 * VectorizerConfigPart part = Formatting.pythonTemplate("$title - $chunk");
 * part.call().function(); // "formatting_python_template"
 * }</pre>
 */
public interface VectorizerConfigPart {

    /** The config function call with every argument, by name. */
    ConfigFunctionCall call();
}
