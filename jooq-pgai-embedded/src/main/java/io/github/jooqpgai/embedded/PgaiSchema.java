package io.github.jooqpgai.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One test class's own schema in the embedded pgai database, given by {@link EmbeddedPgaiExtension}.
 * Connections start with {@code search_path = <schema>, public} (pgvector's types live in {@code public}).
 *
 * <pre>{@code
 * @Test
 * void stores(PgaiSchema db) throws SQLException {
 *     try (Connection c = db.connection()) {
 *         c.createStatement().execute("create table t (id int primary key, v vector(3))");
 *     }
 * }
 * }</pre>
 */
public final class PgaiSchema {

    private final String name;
    private final String serverJdbcUrl;
    private final PGSimpleDataSource dataSource;

    PgaiSchema(String name, String serverJdbcUrl) {
        this.name = name;
        this.serverJdbcUrl = serverJdbcUrl;
        this.dataSource = new PGSimpleDataSource();
        this.dataSource.setURL(jdbcUrl());
    }

    /** The schema's name (lower case, safe unquoted). */
    public String name() {
        return name;
    }

    /**
     * A JDBC URL whose connections start in this schema. Plain JDBC on it receives pgvector's columns as text
     * ({@code getString} gives {@code [1,2,3]}); for binary receive, query through {@link #dsl()} (or
     * {@code PgaiDSL.using(...)} on your own connection).
     */
    public String jdbcUrl() {
        return serverJdbcUrl + (serverJdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + name + ",public";
    }

    /** A data source whose connections start in this schema. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection in this schema; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * {@code PgaiDSL.using(dataSource())} (needs jOOQ and jooq-pgai-runtime on the test classpath): its jOOQ
     * queries receive pgvector's columns in binary through jooq-pgai's bindings (see
     * {@code PgvectorBinaryReceive}). {@link #dataSource()}, {@link #connection()} and {@link #jdbcUrl()}
     * stay plain pgjdbc, which receives them as text: registering pgvector's types for binary receive on a
     * whole connection would make pgjdbc's {@code getString} on a vector column return null.
     */
    public PgaiDSLContext dsl() {
        try {
            return PgaiDSL.using(dataSource);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("PgaiSchema.dsl() needs org.jooq:jooq and io.github.jooqpgai:jooq-pgai-runtime on the"
                    + " test classpath (optional dependencies of jooq-pgai-embedded); missing: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PgaiSchema[" + name + "]";
    }
}
