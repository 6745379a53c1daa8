package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Formatting;

/**
 * {@code <pgai:formatting template="$title - $chunk"/>}: the DSL's {@code Formatting.pythonTemplate(template)}.
 *
 * <pre>{@code
 * <pgai:formatting template="$title - $chunk"/>
 * }</pre>
 */
public final class FormattingElement extends ConfigElement {

    private String template;

    @Override
    public String getSerializedObjectName() {
        return "formatting";
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    /** The DSL's formatting config; its checks run. */
    public Formatting toConfig() {
        return build(() -> Formatting.pythonTemplate(template));
    }
}
