package io.github.jooqpgai.bindings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * Turns on pgjdbc's binary transfer for pgvector's types, the fastest way to read vectors: the server
 * sends raw floats instead of formatting text and the bindings decode them directly. The OIDs of
 * pgvector's types differ per database, so they are looked up once. {@code prepareThreshold=-1} makes
 * pgjdbc ask for binary results from the first execution instead of the fifth.
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

    private static final String OIDS_SQL = """
            select t.oid::int from unnest(array['vector', 'halfvec', 'sparsevec']) as n(name)
            join pg_type t on t.oid = to_regtype(n.name)
            order by t.oid""";

    private PgvectorBinaryTransfer() {
    }

    /**
     * The value for pgjdbc's {@code binaryTransferEnable}: the comma-separated OIDs of pgvector's types
     * as seen through {@code connection}'s search path.
     *
     * @throws IllegalStateException if pgvector's types are not visible
     */
    public static String binaryTransferEnable(Connection connection) throws SQLException {
        if (connection == null) {
            throw new IllegalArgumentException("connection must not be null");
        }
        StringJoiner oids = new StringJoiner(",");
        try (PreparedStatement ps = connection.prepareStatement(OIDS_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                oids.add(Integer.toString(rs.getInt(1)));
            }
        }
        if (oids.length() == 0) {
            throw new IllegalStateException("pgvector types are not visible on this connection's search_path;"
                    + " is the vector extension installed?");
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
