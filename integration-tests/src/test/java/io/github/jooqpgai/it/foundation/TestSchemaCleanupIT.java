package io.github.jooqpgai.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiDatabaseExtension;
import io.github.jooqpgai.it.support.PgaiServers;
import io.github.jooqpgai.it.support.PgaiTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The extension's cleanup leaves nothing behind: no schema, no vectorizer, no store, no queue. */
@PgaiTest
class TestSchemaCleanupIT {

    private static final String SCHEMA = "it_cleanup_probe_" + ProcessHandle.current().pid();

    @Test
    void dropsVectorizersWithAllTheirObjectsAndTheSchema() throws Exception {
        String url = PgaiServers.shared().jdbcUrl();
        int id;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create schema " + SCHEMA);
            s.execute("create table " + SCHEMA + ".doc (id int primary key, body text)");
            try (ResultSet rs = s.executeQuery("select ai.create_vectorizer('" + SCHEMA + ".doc'::regclass, name => '" + SCHEMA + "',"
                    + " loading => ai.loading_column('body'), embedding => ai.embedding_openai('m', 3),"
                    + " destination => ai.destination_table(target_schema => '" + SCHEMA + "'))")) {
                rs.next();
                id = rs.getInt(1);
            }
        }

        PgaiDatabaseExtension.dropSchemaAndVectorizers(url, SCHEMA);

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from pg_namespace where nspname = '" + SCHEMA + "'")).isZero();
            assertThat(count(s, "select count(*) from ai.vectorizer where id = " + id)).isZero();
            assertThat(count(s, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'ai' and c.relname in ('_vectorizer_q_" + id + "', '_vectorizer_q_failed_" + id + "')")).isZero();
            assertThat(count(s, "select count(*) from pg_proc where proname = '_vectorizer_src_trg_" + id + "'")).isZero();
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
