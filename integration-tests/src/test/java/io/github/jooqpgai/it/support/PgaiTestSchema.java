package io.github.jooqpgai.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One test class's schema in the real pgai database. Connections from {@link #dataSource()} have
 * {@code search_path = <schema>, public} (pgvector's types live in {@code public}).
 *
 * <pre>{@code
 * void test(PgaiTestSchema db) {
 *     db.dsl().execute("create table t (id int primary key)");
 *     assertThat(db.dsl().fetchCount(DSL.table(DSL.name(db.schema(), "t")))).isZero();
 * }
 * }</pre>
 */
public final class PgaiTestSchema {

    private final String schema;
    private final String baseUrl;
    private final PGSimpleDataSource dataSource;

    PgaiTestSchema(String schema, String baseUrl) {
        this.schema = schema;
        this.baseUrl = baseUrl;
        this.dataSource = new PGSimpleDataSource();
        this.dataSource.setURL(jdbcUrl());
    }

    /** The schema's name (lower case, unquoted-safe). */
    public String schema() {
        return schema;
    }

    /** The server's JDBC URL without the schema setting. */
    public String serverJdbcUrl() {
        return baseUrl;
    }

    /** A JDBC URL whose connections start in this schema. */
    public String jdbcUrl() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** A data source for this schema. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection in this schema; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + schema, e);
        }
    }

    /** The single value of a one-row, one-column query, converted to {@code type}; null for no row. */
    public <T> T value(Class<T> type, String sql, Object... bindings) {
        org.jooq.Record r = dsl().fetchOne(sql, bindings);
        return r == null ? null : r.get(0, type);
    }

    /** The first column of every row of a query, converted to {@code type}. */
    public <T> java.util.List<T> values(Class<T> type, String sql, Object... bindings) {
        return dsl().fetch(sql, bindings).getValues(0, type);
    }

    /** A jOOQ context over {@link #dataSource()}. */
    public DSLContext dsl() {
        return DSL.using(dataSource, SQLDialect.POSTGRES);
    }
}
