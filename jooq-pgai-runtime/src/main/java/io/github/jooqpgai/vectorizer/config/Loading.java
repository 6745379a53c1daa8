package io.github.jooqpgai.vectorizer.config;

import org.jooq.Field;

/**
 * Where pgai loads the text to embed from ({@code loading => ...}): a column of the source table, or a
 * column holding document URIs.
 *
 * <pre>{@code
 * Loading.column(BLOG.CONTENT);
 * Loading.column("content").withRetries(3);
 * Loading.uri(DOCS.URL).withAwsRoleArn("arn:aws:iam::123456789012:role/reader");
 * }</pre>
 */
public sealed interface Loading extends VectorizerConfigPart permits LoadingColumn, LoadingUri {

    /** pgai's default number of retries. */
    int DEFAULT_RETRIES = 6;

    /** The source column the vectorizer reads. */
    String columnName();

    /** How often the worker retries a failed load. */
    int retries();

    /** {@code ai.loading_column(column_name => field's name)}; the field must belong to the source. */
    static LoadingColumn column(Field<?> column) {
        return column(column.getName());
    }

    /** {@code ai.loading_column(column_name => columnName)}. */
    static LoadingColumn column(String columnName) {
        return new LoadingColumn(columnName, DEFAULT_RETRIES);
    }

    /** {@code ai.loading_uri(column_name => field's name)}; the field must belong to the source. */
    static LoadingUri uri(Field<?> column) {
        return uri(column.getName());
    }

    /** {@code ai.loading_uri(column_name => columnName)}. */
    static LoadingUri uri(String columnName) {
        return new LoadingUri(columnName, DEFAULT_RETRIES, null);
    }
}
