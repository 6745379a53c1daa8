package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.loading_column}: embed the text (or bytea document) stored in a source column.
 *
 * <pre>{@code
 * LoadingColumn loading = Loading.column(BLOG.CONTENT).withRetries(3);
 * }</pre>
 *
 * @param columnName the source column (text, varchar, char or bytea)
 * @param retries how often the worker retries (>= 0, pgai default 6)
 */
public record LoadingColumn(String columnName, int retries) implements Loading {

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for a bad column name or negative retries */
    public LoadingColumn {
        ConfigChecks.requiredIdentifier("column_name", columnName);
        ConfigChecks.range("retries", retries, 0, Integer.MAX_VALUE, "");
    }

    /** A copy with another retry count. */
    public LoadingColumn withRetries(int retries) {
        return new LoadingColumn(columnName, retries);
    }
}
