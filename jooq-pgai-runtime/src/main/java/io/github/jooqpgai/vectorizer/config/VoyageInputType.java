package io.github.jooqpgai.vectorizer.config;


/**
 * Voyage AI's {@code input_type}: the only two values pgai accepts.
 *
 * <pre>{@code
 * VoyageInputType.of("query"); // QUERY
 * }</pre>
 */
public enum VoyageInputType {
    /** {@code document}, pgai's default. */
    DOCUMENT("document"),
    /** {@code query}. */
    QUERY("query");

    private final String sql;

    VoyageInputType(String sql) {
        this.sql = sql;
    }

    /** The value pgai stores. */
    public String sql() {
        return sql;
    }

    /**
     * The input type for pgai's spelling.
     *
     * @throws InvalidVectorizerConfigException unless {@code value} is {@code query} or {@code document}
     */
    public static VoyageInputType of(String value) {
        for (VoyageInputType type : values()) {
            if (type.sql.equals(value)) {
                return type;
            }
        }
        throw new InvalidVectorizerConfigException("input_type", value, "Voyage AI accepts only 'query' or 'document'");
    }
}
