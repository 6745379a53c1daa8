package io.github.jooqpgai.bindings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * Turns on pgjdbc's binary transfer for pgvector's types, the fastest way to read vectors: the server
 * sends raw floats instead of formatting text and the bindings decode them directly. The OIDs of
 * pgvector's types differ per database, so they are looked up once. {@code prepareThreshold=-1} makes
 * pgjdbc ask for binary results from the first execution instead of the fifth. The types are found in the
 * schema the {@code vector} extension is installed in, whether or not that is on the search path.
 *
 * <pre>{@code
 * String url;
 * try (Connection c = DriverManager.getConnection(plainUrl)) {
 *     url = PgvectorBinaryTransfer.withBinaryTransfer(plainUrl, c);
 * }
 * // jdbc:postgresql://host/db?...&prepareThreshold=-1&binaryTransferEnable=16386,16499,16634
 * }</pre>
 */
public final class PgvectorBinaryTransfer {

    private PgvectorBinaryTransfer() {
    }

    /**
     * The value for pgjdbc's {@code binaryTransferEnable}: the comma-separated OIDs of pgvector's types
     * in the schema of the {@code vector} extension.
     *
     * @throws IllegalStateException if the {@code vector} extension is not installed
     */
    public static String binaryTransferEnable(Connection connection) throws SQLException {
        if (connection == null) {
            throw new IllegalArgumentException("connection must not be null");
        }
        StringJoiner oids = new StringJoiner(",");
        for (int oid : PgvectorOids.lookUp(connection)) {
            oids.add(Integer.toString(oid));
        }
        if (oids.length() == 0) {
            throw new IllegalStateException("the vector extension (pgvector) is not installed in this database");
        }
        return oids.toString();
    }

    /** {@code jdbcUrl} with {@code prepareThreshold=-1&binaryTransferEnable=<pgvector OIDs>} appended. */
    public static String withBinaryTransfer(String jdbcUrl, Connection connection) throws SQLException {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must be a jdbc:postgresql: URL, got "
                    + (jdbcUrl == null ? null : "'" + jdbcUrl.replaceAll("password=[^&]*", "password=***") + "'"));
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "prepareThreshold=-1&binaryTransferEnable="
                + binaryTransferEnable(connection);
    }
}
