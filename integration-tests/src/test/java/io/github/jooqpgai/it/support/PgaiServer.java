package io.github.jooqpgai.it.support;

/**
 * A running PostgreSQL with pgvector and the pgai 0.12.1 catalog that tests can use.
 *
 * <pre>{@code
 * PgaiServer server = PgaiServers.shared();
 * String url = server.jdbcUrl(); // jdbc:postgresql://127.0.0.1:5432/pgai_test?user=postgres
 * }</pre>
 */
public sealed interface PgaiServer permits EmbeddedServer, ExternalPgaiServer, ContainerPgaiServer {

    /** The JDBC URL of the database that holds the pgai catalog. */
    String jdbcUrl();

    /** A short description for test logs, e.g. "embedded (/repo/.pgai, reused)". */
    String description();

    /** Stops whatever this JVM started; a server that was already running is left alone. */
    void close();
}
