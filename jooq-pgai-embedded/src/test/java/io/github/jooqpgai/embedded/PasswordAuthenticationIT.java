package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The embedded server asks every role but {@code postgres} for its password (scram-sha-256), also a server
 * whose state folder an older build initialised with trust for all; PostgreSQL decides who gets in.
 */
class PasswordAuthenticationIT {

    private static final String ROLE = "app_writer";
    private static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final String NO_PASSWORD_ROLE = "app_reader";

    /** What {@code initdb --auth=trust} writes (comments left out), as in state folders of older builds. */
    private static final String TRUST_FOR_ALL = """
            local   all             all                                     trust
            host    all             all             127.0.0.1/32            trust
            host    all             all             ::1/128                 trust
            local   replication     all                                     trust
            host    replication     all             127.0.0.1/32            trust
            host    replication     all             ::1/128                 trust
            """;

    @Test
    void aRoleWithAPasswordConnectsOnlyWithItWhilePostgresNeedsNone() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv(); EmbeddedPgai pgai = home.builder().start()) {
            createRole(pgai);

            assertThat(currentUser(pgai, ROLE, PASSWORD)).isEqualTo(ROLE);
            assertThat(query(pgai.jdbcUrl(), "select current_user")).as("postgres without a password").isEqualTo("postgres");
            assertThat(query(pgai.jdbcUrl(), "select current_setting('password_encryption')")).isEqualTo("scram-sha-256");
            assertThat(query(pgai.jdbcUrl(), "select left(rolpassword, 14) from pg_authid where rolname = '" + ROLE + "'"))
                    .as("the stored verifier").isEqualTo("SCRAM-SHA-256$");

            assertRefused(pgai, "wrong-" + PASSWORD);
            PSQLException missing = catchThrowableOfType(() -> currentUser(pgai, ROLE, null), PSQLException.class);
            assertThat((Throwable) missing).as("no (or an empty) password: the server asks for SCRAM and pgjdbc has nothing to send").isNotNull();
            assertThat(missing.getSQLState()).isEqualTo("08004");
            assertThat(missing.getMessage()).isEqualTo("The server requested SCRAM-based authentication, but no password was provided.");

            try (Connection c = DriverManager.getConnection(pgai.jdbcUrl()); Statement s = c.createStatement()) {
                s.execute("create role " + NO_PASSWORD_ROLE + " login");
            }
            PSQLException noVerifier = catchThrowableOfType(() -> currentUser(pgai, NO_PASSWORD_ROLE, "anything"), PSQLException.class);
            assertThat((Throwable) noVerifier).as("a login role created without a password cannot log in over TCP").isNotNull();
            assertThat(noVerifier.getSQLState()).isEqualTo("28P01");
            assertThat(noVerifier.getServerErrorMessage().getMessage()).isEqualTo("password authentication failed for user \"" + NO_PASSWORD_ROLE + "\"");

            Commands.Result overSocket = Commands.run(List.of(bin(home).resolve("psql").toString(), "-X", "-w", "-h", home.path.resolve("run").toString(),
                    "-p", String.valueOf(pgai.port()), "-U", ROLE, "-d", "pgai_test", "-c", "select 1"), null, null, Duration.ofSeconds(30));
            assertThat(overSocket.exitCode()).as("psql as %s over the socket without a password: %s", ROLE, overSocket.output()).isEqualTo(2);
            assertThat(overSocket.output()).contains("fe_sendauth: no password supplied");
        }
    }

    @Test
    void aServerOfAnOlderBuildWithTrustForAllGetsTheRulesWhenReusedAndWhenStarted() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            Path hba = home.path.resolve("data/pg_hba.conf");
            EmbeddedPgai first = home.builder().start();
            createRole(first);
            reloadWithTrustForAll(home, hba, first);

            List<String> progress = new ArrayList<>();
            try (EmbeddedPgai reused = home.builder().progress(progress::add).start()) {
                assertThat(reused.startedHere()).isFalse();
                assertThat(reused.pid()).as("reloaded, not restarted").isEqualTo(first.pid());
                assertThat(Files.readString(hba, StandardCharsets.UTF_8)).isEqualTo(ClientAuthentication.RULES);
                assertThat(progress).contains("password authentication for roles other than postgres: reloading " + hba);
                assertRefused(reused, "wrong-" + PASSWORD);
                assertThat(currentUser(reused, ROLE, PASSWORD)).isEqualTo(ROLE);
            }

            List<String> again = new ArrayList<>();
            home.builder().progress(again::add).start().stop();
            assertThat(again).as("rules already in place: nothing written or reloaded").noneMatch(line -> line.contains("reloading"));

            first.close();
            assertThat(home.serverProcesses()).isZero();
            trustForAll(home, hba);
            try (EmbeddedPgai restarted = home.builder().start()) {
                assertThat(restarted.startedHere()).isTrue();
                assertThat(Files.readString(hba, StandardCharsets.UTF_8)).isEqualTo(ClientAuthentication.RULES);
                assertRefused(restarted, "wrong-" + PASSWORD);
                assertThat(currentUser(restarted, ROLE, PASSWORD)).isEqualTo(ROLE);
                assertThat(query(restarted.jdbcUrl(), "select current_user")).isEqualTo("postgres");
            }
        }
    }

    @Test
    void aStartThatWroteTheRulesButDidNotReloadThemIsCompletedByTheNextStart() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            Path hba = home.path.resolve("data/pg_hba.conf");
            try (EmbeddedPgai first = home.builder().start()) {
                createRole(first);
                reloadWithTrustForAll(home, hba, first);
                // the rules on disk, the server still on trust and no record of a load: as if a start was killed
                // between its write and its reload (it forgets the record before it writes)
                Files.deleteIfExists(home.path.resolve("pg_hba.loaded-by"));
                Files.writeString(hba, ClientAuthentication.RULES, StandardCharsets.UTF_8);
                Host.giveToServerUser(home.builder().settings(), hba);
                assertThat(currentUser(first, ROLE, "wrong-" + PASSWORD)).as("still on trust before the next start").isEqualTo(ROLE);

                List<String> progress = new ArrayList<>();
                try (EmbeddedPgai reused = home.builder().progress(progress::add).start()) {
                    assertThat(reused.pid()).isEqualTo(first.pid());
                    assertThat(progress).contains("password authentication for roles other than postgres: reloading " + hba);
                    assertRefused(reused, "wrong-" + PASSWORD);
                }
            }
        }
    }

    private static void createRole(EmbeddedPgai pgai) throws SQLException {
        try (Connection c = DriverManager.getConnection(pgai.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create role " + ROLE + " login password '" + PASSWORD + "'");
        }
    }

    private static void trustForAll(ScratchHome home, Path hba) throws Exception {
        Files.writeString(hba, TRUST_FOR_ALL, StandardCharsets.UTF_8);
        Host.giveToServerUser(home.builder().settings(), hba);
    }

    /** Puts an older build's trust-for-all rules into the running server, as such a build left it. */
    private static void reloadWithTrustForAll(ScratchHome home, Path hba, EmbeddedPgai running) throws Exception {
        trustForAll(home, hba);
        Commands.Result reload = Commands.runAsServerUser(home.builder().settings(), List.of(bin(home).resolve("pg_ctl").toString(),
                "-D", home.path.resolve("data").toString(), "reload"), null, Duration.ofSeconds(30));
        assertThat(reload.ok()).as("pg_ctl reload: %s", reload.output()).isTrue();
        awaitWrongPasswordAccepted(running);
    }

    /** pg_ctl reload only signals the server: wait until a wrong password gets in, which proves trust is active. */
    private static void awaitWrongPasswordAccepted(EmbeddedPgai pgai) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                assertThat(currentUser(pgai, ROLE, "wrong-" + PASSWORD)).isEqualTo(ROLE);
                return;
            } catch (PSQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the server did not take up trust for all after pg_ctl reload", e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void assertRefused(EmbeddedPgai pgai, String password) {
        PSQLException refused = catchThrowableOfType(() -> currentUser(pgai, ROLE, password), PSQLException.class);
        assertThat((Throwable) refused).as("connecting as %s with password '%s'", ROLE, password).isNotNull();
        assertThat(refused.getSQLState()).isEqualTo("28P01");
        assertThat(refused.getServerErrorMessage()).isNotNull();
        assertThat(refused.getServerErrorMessage().getSeverity()).isEqualTo("FATAL");
        assertThat(refused.getServerErrorMessage().getMessage()).isEqualTo("password authentication failed for user \"" + ROLE + "\"");
    }

    private static String currentUser(EmbeddedPgai pgai, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pgai.port() + "/pgai_test";
        try (Connection c = DriverManager.getConnection(url, properties); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static String query(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for %s", sql).isTrue();
            return rs.getString(1);
        }
    }

    private static Path bin(ScratchHome home) {
        return PythonEnvironment.postgresBin(home.builder().settings());
    }
}
