package io.github.jooqpgai.vectorizer.config;

import java.util.regex.Pattern;

/**
 * {@code ai.loading_uri}: the source column holds URIs (e.g. {@code s3://...}) of documents the worker
 * downloads, optionally assuming an AWS role.
 *
 * <pre>{@code
 * LoadingUri loading = Loading.uri(DOCS.URL).withAwsRoleArn("arn:aws:iam::123456789012:role/reader");
 * }</pre>
 *
 * @param columnName the source column holding the URI (text, varchar, char)
 * @param retries how often the worker retries (>= 0, pgai default 6)
 * @param awsRoleArn an IAM role ARN {@code arn:aws:iam::<account>:role/<name>}, or null
 */
public record LoadingUri(String columnName, int retries, String awsRoleArn) implements Loading {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::.*:role/.*", Pattern.DOTALL);

    /** @throws InvalidVectorizerConfigException for a bad column name, negative retries or a malformed ARN */
    public LoadingUri {
        ConfigChecks.requiredIdentifier("column_name", columnName);
        ConfigChecks.range("retries", retries, 0, Integer.MAX_VALUE, "");
        ConfigChecks.text("aws_role_arn", awsRoleArn);
        if (awsRoleArn != null && !ROLE_ARN.matcher(awsRoleArn).matches()) {
            throw new InvalidVectorizerConfigException("aws_role_arn", awsRoleArn, "must match arn:aws:iam::*:role/*");
        }
    }

    /** A copy with another retry count. */
    public LoadingUri withRetries(int retries) {
        return new LoadingUri(columnName, retries, awsRoleArn);
    }

    /** A copy that assumes the given IAM role (null for none). */
    public LoadingUri withAwsRoleArn(String awsRoleArn) {
        return new LoadingUri(columnName, retries, awsRoleArn);
    }
}
