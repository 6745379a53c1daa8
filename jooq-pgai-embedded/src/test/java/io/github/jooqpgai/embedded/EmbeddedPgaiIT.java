package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Java API against real servers started from scratch state folders; PostgreSQL and pgai decide. */
class EmbeddedPgaiIT {

    @Test
    void startsAServerWithPgaiReusesItAndStopsOnlyWhatItStarted() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            List<String> progress = new ArrayList<>();
            EmbeddedPgai first = home.builder().progress(progress::add).start();

            assertThat(first.startedHere()).isTrue();
            assertThat(first.home()).isEqualTo(home.path);
            assertThat(query(first.jdbcUrl(), "select version from ai.pgai_lib_version where name = 'ai'")).isEqualTo("0.12.1");
            assertThat(query(first.jdbcUrl(), "select extname from pg_extension where extname = 'vector'")).isEqualTo("vector");
            assertThat(query(first.jdbcUrl(), "select current_setting('server_version_num')")).startsWith("16");
            assertThat(ProcessHandle.of(first.pid()).orElseThrow().info().user().orElseThrow())
                    .as("PostgreSQL refuses root: the server runs as the unprivileged user when the JVM is root")
                    .isEqualTo(Host.isRoot() ? "jooqpgai" : System.getProperty("user.name"));
            assertThat(progress).contains("running pgai install");

            EmbeddedPgai second = home.builder().start();
            assertThat(second.startedHere()).isFalse();
            assertThat(second.pid()).isEqualTo(first.pid());
            assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());
            second.stop();
            assertThat(ProcessHandle.of(first.pid()).map(ProcessHandle::isAlive)).as("a reused server is left running").contains(true);
            assertThat(home.builder().running().map(EmbeddedPgai::pid)).contains(first.pid());

            first.close();
            assertThat(ProcessHandle.of(first.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(home.builder().running()).isEmpty();
            assertThat(home.serverProcesses()).isZero();
            first.close();
        }
    }

    @Test
    void takenFixedPortNamesCauseAndFixAndLeavesNoServer() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv();
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> home.builder().port(taken.getLocalPort()).start())
                    .isInstanceOf(EmbeddedPgaiException.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is taken by another process; unset PGAI_DB_PORT "
                            + "(or the port option) to pick a free port, or free it.");
            assertThat(home.serverProcesses()).isZero();
            assertThat(home.builder().running()).isEmpty();
        }
    }

    @Test
    void aLivePidOfAnotherProgramInThePidFileIsNotTakenForTheServer() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            Path data = Files.createDirectories(home.path.resolve("data"));
            long jvm = ProcessHandle.current().pid();
            Files.writeString(data.resolve("postmaster.pid"), jvm + "\n" + data + "\n0\n5432\n");

            assertThat(home.builder().running()).isEmpty();
            assertThat(home.builder().stopRunning()).as("nothing of ours runs").isFalse();
            assertThat(ProcessHandle.current().isAlive()).isTrue();
        }
    }

    @Test
    void postgres18IsBundledAndADataFolderOfAnotherMajorIsRefused() throws Exception {
        try (ScratchHome home = ScratchHome.withInstalledVenv()) {
            try (EmbeddedPgai pg18 = home.builder().pgMajor(18).start()) {
                assertThat(query(pg18.jdbcUrl(), "select current_setting('server_version_num')")).startsWith("18");
                assertThat(query(pg18.jdbcUrl(), "select version from ai.pgai_lib_version where name = 'ai'")).isEqualTo("0.12.1");
            }
            assertThatThrownBy(() -> home.builder().pgMajor(16).start())
                    .isInstanceOf(EmbeddedPgaiException.class)
                    .hasMessage(home.path.resolve("data") + " was initialised by PostgreSQL 18, not 16; set PGAI_PG_MAJOR=18, "
                            + "or use another PGAI_HOME for PostgreSQL 16.");
            assertThat(home.serverProcesses()).isZero();
        }
    }

    @Test
    void missingPython3NamesTheFixAndCreatesNoVirtualenv() throws Exception {
        try (ScratchHome home = ScratchHome.empty()) {
            assertThatThrownBy(() -> home.builder(Map.of("PATH", "/nonexistent-bin")).start())
                    .isInstanceOf(EmbeddedPgaiException.class)
                    .hasMessageStartingWith("python3 not found on the PATH. Install Python 3.10 or newer");
            assertThat(home.path.resolve("venv")).doesNotExist();
        }
    }

    @Test
    void failedPgaiInstallStopsTheServerItStartedAndDropsTheDatabaseItCreated() throws Exception {
        try (ScratchHome home = ScratchHome.empty()) {
            Path realVenv = ScratchHome.installedVenv();
            Path venv = Files.createDirectories(home.path.resolve("venv/bin"));
            for (String entry : List.of("lib", "lib64", "pyvenv.cfg", ".jooq-pgai-installed")) {
                if (Files.exists(realVenv.resolve(entry))) {
                    Files.createSymbolicLink(venv.resolveSibling(entry), realVenv.resolve(entry));
                }
            }
            try (Stream<Path> bin = Files.list(realVenv.resolve("bin"))) {
                for (Path p : bin.filter(p -> !p.getFileName().toString().equals("pgai")).toList()) {
                    Files.createSymbolicLink(venv.resolve(p.getFileName()), p);
                }
            }
            Path pgai = venv.resolve("pgai");
            Path psql = PythonEnvironment.postgresBin(home.builder().settings()).resolve("psql");
            Files.writeString(pgai, "#!/bin/sh\n'" + psql + "' -X -q \"$3\" -c 'create schema ai' && echo 'pgai: simulated failure' >&2\nexit 1\n");
            Files.setPosixFilePermissions(pgai, PosixFilePermissions.fromString("rwxr-xr-x"));

            assertThatThrownBy(() -> home.builder().start())
                    .isInstanceOf(EmbeddedPgaiException.class)
                    .hasMessageContaining("pgai install failed (see " + home.path.resolve("pgai-install.log") + ")")
                    .hasMessageContaining("pgai: simulated failure")
                    .hasMessageEndingWith("The server was stopped again.");
            assertThat(home.serverProcesses()).isZero();

            Files.delete(pgai);
            Files.writeString(pgai, "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(pgai, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (EmbeddedPgai again = home.builder().start()) {
                assertThat(query(again.jdbcUrl(), "select count(*) from pg_namespace where nspname = 'ai'"))
                        .as("the half-installed database (schema ai) was dropped; this one is new").isEqualTo("0");
            }
        }
    }

    private static String query(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for %s", sql).isTrue();
            return rs.getString(1);
        }
    }

}
