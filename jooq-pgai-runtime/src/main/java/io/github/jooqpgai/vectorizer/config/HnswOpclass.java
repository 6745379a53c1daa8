package io.github.jooqpgai.vectorizer.config;


/**
 * The operator classes pgai 0.12.1 accepts for an HNSW index (it rejects {@code vector_l2_ops}).
 *
 * <pre>{@code
 * HnswOpclass.of("vector_ip_ops"); // VECTOR_IP_OPS
 * }</pre>
 */
public enum HnswOpclass {
    /** Cosine distance ({@code <=>}), pgai's default. */
    VECTOR_COSINE_OPS("vector_cosine_ops"),
    /** Inner product ({@code <#>}). */
    VECTOR_IP_OPS("vector_ip_ops"),
    /** L1 distance ({@code <+>}). */
    VECTOR_L1_OPS("vector_l1_ops");

    private final String sql;

    HnswOpclass(String sql) {
        this.sql = sql;
    }

    /** The operator class name. */
    public String sql() {
        return sql;
    }

    /**
     * The opclass for its SQL name.
     *
     * @throws InvalidVectorizerConfigException for any other name, including vector_l2_ops
     */
    public static HnswOpclass of(String value) {
        for (HnswOpclass opclass : values()) {
            if (opclass.sql.equals(value)) {
                return opclass;
            }
        }
        throw new InvalidVectorizerConfigException("opclass", value,
                "pgai 0.12.1 accepts only vector_cosine_ops, vector_ip_ops or vector_l1_ops for hnsw");
    }
}
