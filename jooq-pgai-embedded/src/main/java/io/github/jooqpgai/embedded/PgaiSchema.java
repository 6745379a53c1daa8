package io.github.jooqpgai.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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

    /** A JDBC URL whose connections start in this schema. */
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

    /** A jOOQ context over {@link #dataSource()} (needs jOOQ on the test classpath). */
    public DSLContext dsl() {
        return DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    @Override
    public String toString() {
        return "PgaiSchema[" + name + "]";
    }
}
