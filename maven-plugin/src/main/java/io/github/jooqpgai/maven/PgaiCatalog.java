package io.github.jooqpgai.maven;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the database says about pgai before generating: whether pgai's catalog is installed and how many
 * vectorizers it has.
 *
 * <pre>{@code
 * PgaiCatalog catalog = PgaiCatalog.read(connection);
 * if (!catalog.installed()) { ... suggest pgai install ... }
 * }</pre>
 *
 * @param installed   whether {@code ai.vectorizer} exists
 * @param vectorizers the number of rows in {@code ai.vectorizer} (0 when not installed)
 */
record PgaiCatalog(boolean installed, int vectorizers) {

    /** Reads the catalog through {@code connection}. */
    static PgaiCatalog read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("select to_regclass('ai.vectorizer') is not null")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return new PgaiCatalog(false, 0);
                }
            }
            try (ResultSet r = s.executeQuery("select count(*) from ai.vectorizer")) {
                r.next();
                return new PgaiCatalog(true, r.getInt(1));
            }
        }
    }
}
