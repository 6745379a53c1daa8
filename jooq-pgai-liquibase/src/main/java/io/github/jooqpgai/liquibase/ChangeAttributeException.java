package io.github.jooqpgai.liquibase;

/**
 * A change's attribute does not make a valid vectorizer configuration; the message starts with the
 * attribute ({@code chunking.chunkOverlap}) and then says what is wrong, as the DSL would.
 */
final class ChangeAttributeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String attribute;

    ChangeAttributeException(String attribute, String reason) {
        super(attribute + ": " + reason);
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
