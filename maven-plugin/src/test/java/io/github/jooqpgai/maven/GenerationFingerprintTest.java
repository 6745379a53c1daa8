package io.github.jooqpgai.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void matchesWhatItStoredUntilAMigrationChanges() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__blog.sql"), "create table blog (id int primary key)");
        Path state = dir.resolve("state/generate.fingerprint");
        GenerationFingerprint first = GenerationFingerprint.of("1.0", "config", List.of(migrations));
        first.store(state);

        assertThat(GenerationFingerprint.of("1.0", "config", List.of(migrations)).matches(state)).isTrue();

        Files.writeString(migrations.resolve("V1__blog.sql"), "create table blog (id bigint primary key)");
        assertThat(GenerationFingerprint.of("1.0", "config", List.of(migrations)).matches(state)).as("changed content").isFalse();
    }

    @Test
    void differsWithPluginVersionConfigurationOrANewFile() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("m"));
        Files.writeString(migrations.resolve("V1__a.sql"), "select 1");
        String base = GenerationFingerprint.of("1.0", "config", List.of(migrations)).toString();

        assertThat(GenerationFingerprint.of("1.1", "config", List.of(migrations)).toString()).isNotEqualTo(base);
        assertThat(GenerationFingerprint.of("1.0", "config2", List.of(migrations)).toString()).isNotEqualTo(base);
        Files.writeString(migrations.resolve("V2__b.sql"), "");
        assertThat(GenerationFingerprint.of("1.0", "config", List.of(migrations)).toString()).isNotEqualTo(base);
    }

    @Test
    void aMissingStateFileNeverMatches() {
        assertThat(GenerationFingerprint.of("1.0", "config", List.of()).matches(dir.resolve("none"))).isFalse();
    }
}
