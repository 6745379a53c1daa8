package io.github.jooqpgai.vectorizer.config;


/**
 * How the worker processes the queue ({@code processing => ...}).
 *
 * <pre>{@code
 * Processing.defaults().withBatchSize(100).withConcurrency(4);
 * }</pre>
 */
public sealed interface Processing extends VectorizerConfigPart permits Processing.Default {

    /** {@code ai.processing_default()} with the worker's own batch size and concurrency. */
    static Default defaults() {
        return new Default(null, null);
    }

    /**
     * {@code ai.processing_default}.
     *
     * <pre>{@code
     * new Processing.Default(100, 4);
     * }</pre>
     *
     * @param batchSize rows per batch (1..2048), or null
     * @param concurrency parallel batches (1..10: pgai accepts up to 50 but the worker only up to 10), or null
     */
    record Default(Integer batchSize, Integer concurrency) implements Processing {

        /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for values out of range */
        public Default {
            ConfigChecks.optionalRange("batch_size", batchSize, 1, 2048, "");
            ConfigChecks.optionalRange("concurrency", concurrency, 1, 10,
                    " (pgai accepts up to 50, but the vectorizer worker refuses more than 10)");
        }

        /** A copy with another batch size (null for the worker's default). */
        public Default withBatchSize(Integer batchSize) {
            return new Default(batchSize, concurrency);
        }

        /** A copy with another concurrency (null for the worker's default). */
        public Default withConcurrency(Integer concurrency) {
            return new Default(batchSize, concurrency);
        }
    }
}
