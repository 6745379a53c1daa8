package io.github.jooqpgai.vectorizer.config;


/**
 * How each chunk is formatted before embedding ({@code formatting => ...}).
 *
 * <pre>{@code
 * Formatting.pythonTemplate("$title - $chunk");
 * }</pre>
 */
public sealed interface Formatting extends VectorizerConfigPart permits Formatting.PythonTemplate {

    /** pgai's default template. */
    String DEFAULT_TEMPLATE = "$chunk";

    /** {@code ai.formatting_python_template(template)}; {@code $column} placeholders name source columns. */
    static PythonTemplate pythonTemplate(String template) {
        return new PythonTemplate(template);
    }

    /**
     * {@code ai.formatting_python_template}.
     *
     * <pre>{@code
     * new Formatting.PythonTemplate("$title: $chunk");
     * }</pre>
     *
     * @param template a Python {@code string.Template} containing {@code $chunk}
     */
    record PythonTemplate(String template) implements Formatting {

        /** @throws InvalidVectorizerConfigException if the template lacks {@code $chunk} */
        public PythonTemplate {
            ConfigChecks.requiredText("template", template);
            if (!template.contains("$chunk")) {
                throw new InvalidVectorizerConfigException("template", template, "must contain the $chunk placeholder");
            }
        }
    }
}
