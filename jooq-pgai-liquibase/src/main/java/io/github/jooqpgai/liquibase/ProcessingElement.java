package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Processing;

/**
 * {@code <pgai:processing batchSize="50" concurrency="1"/>}: the DSL's
 * {@code Processing.defaults().withBatchSize(n).withConcurrency(n)}.
 *
 * <pre>{@code
 * <pgai:processing batchSize="50" concurrency="2"/>
 * }</pre>
 */
public final class ProcessingElement extends ConfigElement {

    private String batchSize;
    private String concurrency;

    @Override
    public String getSerializedObjectName() {
        return "processing";
    }

    public String getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(String batchSize) {
        this.batchSize = batchSize;
    }

    public String getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(String concurrency) {
        this.concurrency = concurrency;
    }

    /** The DSL's processing config; its checks run. */
    public Processing toConfig() {
        Integer batch = integer("batchSize", batchSize);
        Integer workers = integer("concurrency", concurrency);
        return build(() -> Processing.defaults().withBatchSize(batch).withConcurrency(workers));
    }
}
