package io.github.jooqpgai.it.support;

/**
 * A database given by the {@code PGAI_JDBC_URL} environment variable: any PostgreSQL with pgvector and
 * pgai 0.12.1 installed. It is never stopped by the tests.
 *
 * <pre>{@code
 * PGAI_JDBC_URL='jdbc:postgresql://127.0.0.1:5432/mydb?user=me&password=secret' mvn verify
 * }</pre>
 */
public record ExternalPgaiServer(String jdbcUrl) implements PgaiServer {

    @Override
    public String description() {
        return "external (PGAI_JDBC_URL)";
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
