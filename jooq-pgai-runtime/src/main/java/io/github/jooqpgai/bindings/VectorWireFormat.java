package io.github.jooqpgai.bindings;

/**
 * How jOOQ queries of a {@code PgaiDSL.using(...)} context receive pgvector's columns: {@link #BINARY} (the
 * default, through {@link PgvectorBinaryReceive}) or {@link #TEXT} (pgjdbc's default for types it does not
 * know, parsed by the bindings).
 *
 * <pre>{@code
 * PgaiDSLContext text = PgaiDSL.using(dataSource, VectorWireFormat.TEXT);   // opt out of binary receive
 * }</pre>
 */
public enum VectorWireFormat {
    /** pgvector's binary format wherever the connection allows it (see {@link PgvectorBinaryReceive}), else text. */
    BINARY,
    /** Always text. */
    TEXT
}
