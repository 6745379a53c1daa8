package io.github.jooqpgai.bindings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The OIDs of pgvector's {@code vector}, {@code halfvec} and {@code sparsevec} in the schema the {@code vector}
 * extension is installed in (whether or not it is on the search path), looked up once per physical connection.
 *
 * <pre>{@code
 * int[] oids = PgvectorOids.of(connection);   // e.g. {16386, 16499, 16634}; empty without pgvector
 * }</pre>
 */
final class PgvectorOids {

    private static final String OIDS_SQL = """
            select t.oid::int from pg_catalog.pg_type t
            join pg_catalog.pg_extension e on e.extname = 'vector' and e.extnamespace = t.typnamespace
            where t.typname in ('vector', 'halfvec', 'sparsevec')
            order by t.oid""";

    /** Per physical connection (compared by identity), forgotten when the connection is garbage. */
    private static final Map<Connection, int[]> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private PgvectorOids() {
    }

    /** The OIDs for {@code connection}, from the cache or looked up on it (then cached). */
    static int[] of(Connection connection) throws SQLException {
        int[] oids = CACHE.get(connection);
        if (oids == null) {
            oids = lookUp(connection);
            CACHE.put(connection, oids);
        }
        return oids;
    }

    /** The OIDs, looked up on {@code connection} now; empty when pgvector is not installed. */
    static int[] lookUp(Connection connection) throws SQLException {
        int[] oids = new int[3];
        int count = 0;
        try (PreparedStatement ps = connection.prepareStatement(OIDS_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next() && count < oids.length) {
                oids[count++] = rs.getInt(1);
            }
        }
        return Arrays.copyOf(oids, count);
    }
}
