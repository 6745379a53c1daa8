package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Loading;

/**
 * {@code <pgai:loading type="column|uri" columnName="..." retries="6" awsRoleArn="..."/>}: the DSL's
 * {@code Loading.column(...)} or {@code Loading.uri(...)}.
 *
 * <pre>{@code
 * <pgai:loading type="column" columnName="content"/>
 * }</pre>
 */
public final class LoadingElement extends ConfigElement {

    private String type;
    private String columnName;
    private String retries;
    private String awsRoleArn;

    @Override
    public String getSerializedObjectName() {
        return "loading";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    public String getRetries() {
        return retries;
    }

    public void setRetries(String retries) {
        this.retries = retries;
    }

    public String getAwsRoleArn() {
        return awsRoleArn;
    }

    public void setAwsRoleArn(String awsRoleArn) {
        this.awsRoleArn = awsRoleArn;
    }

    /** The DSL's loading config; its checks run. */
    public Loading toConfig() {
        String kind = variant(type, "column", "uri");
        int tries = integer("retries", retries, Loading.DEFAULT_RETRIES);
        if (kind.equals("column")) {
            absent(kind, "awsRoleArn", awsRoleArn);
            return build(() -> Loading.column(columnName).withRetries(tries));
        }
        return build(() -> Loading.uri(columnName).withRetries(tries).withAwsRoleArn(awsRoleArn));
    }
}
