package io.github.jooqpgai.vectorizer.config;


/**
 * pgvectorscale's diskann {@code storage_layout}.
 *
 * <pre>{@code
 * DiskannStorageLayout.of("plain"); // PLAIN
 * }</pre>
 */
public enum DiskannStorageLayout {
    /** {@code memory_optimized} (statistical binary quantization). */
    MEMORY_OPTIMIZED("memory_optimized"),
    /** {@code plain}. */
    PLAIN("plain");

    private final String sql;

    DiskannStorageLayout(String sql) {
        this.sql = sql;
    }

    /** The value pgai stores. */
    public String sql() {
        return sql;
    }

    /**
     * The layout for its SQL name.
     *
     * @throws InvalidVectorizerConfigException unless {@code memory_optimized} or {@code plain}
     */
    public static DiskannStorageLayout of(String value) {
        for (DiskannStorageLayout layout : values()) {
            if (layout.sql.equals(value)) {
                return layout;
            }
        }
        throw new InvalidVectorizerConfigException("storage_layout", value, "must be memory_optimized or plain");
    }
}
