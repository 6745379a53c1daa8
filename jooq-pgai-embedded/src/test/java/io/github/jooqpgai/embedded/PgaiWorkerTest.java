package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgaiWorkerTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5433/app?user=me&password=hunter2";
    private static final WorkerInstaller.Installed INSTALLED = new WorkerInstaller.Installed(
            Path.of("/w/worker-venv"), Path.of("/w/worker-venv/bin/pgai"), Path.of("/w/tiktoken_cache"));

    @Test
    void commandCarriesOptionsButNeverThePassword() {
        PgaiWorker.Builder builder = PgaiWorker.builder(URL).vectorizerId(3).vectorizerId(5).concurrency(2).pollInterval(Duration.ofSeconds(2));
        PgaiWorker worker = new PgaiWorker(builder, LibpqUrl.of(URL), INSTALLED);

        assertThat(worker.command(true)).containsExactly("/w/worker-venv/bin/pgai", "vectorizer", "worker", "-d",
                "postgres://me@127.0.0.1:5433/app", "-i", "3", "-i", "5", "--concurrency", "2", "--once");
        assertThat(worker.command(false)).endsWith("--concurrency", "2", "--poll-interval", "2");
        assertThat(String.join(" ", worker.command(true)) + worker).doesNotContain("hunter2");
    }

    @Test
    void badOptionsAreRejectedNamingThem() {
        PgaiWorker.Builder builder = PgaiWorker.builder(URL);
        assertThatThrownBy(() -> builder.concurrency(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency = 0");
        assertThatThrownBy(() -> builder.vectorizerId(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vectorizerId = -1");
        assertThatThrownBy(() -> builder.pollInterval(Duration.ofMillis(500))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pollInterval = PT0.5S");
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout = PT0S");
        assertThatThrownBy(() -> builder.apiKey("1KEY", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment variable name = '1KEY'");
        assertThatThrownBy(() -> PgaiWorker.builder("mysql://h/db")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("databaseUrl");
    }

    @Test
    void withoutPythonTheInstallFailsSayingSo(@TempDir Path home) {
        PgaiWorker.Builder builder = new PgaiWorker.Builder(LibpqUrl.of(URL), Map.of("PATH", "/nonexistent")).home(home).progress(m -> { });

        assertThatThrownBy(builder::build).isInstanceOf(EmbeddedPgaiException.class).hasMessageContaining("python3 not found on the PATH");
    }

    @Test
    void anUnwritableHomeFailsNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PgaiWorker.Builder builder = new PgaiWorker.Builder(LibpqUrl.of(URL), Map.of("PATH", "/usr/bin")).home(file.resolve("home"));

        assertThatThrownBy(builder::build).isInstanceOf(EmbeddedPgaiException.class)
                .hasMessageContaining("cannot create or lock the worker's state folder " + file.resolve("home"));
    }

    @Test
    void outputKeepsAUtf8CharacterSplitBetweenTwoReads() throws InterruptedException {
        String text = "a".repeat(8191) + "é — done";   // the é's two bytes straddle the first 8192-byte read
        PgaiWorker.OutputCollector output = PgaiWorker.OutputCollector.of(new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        output.awaitEnd();

        assertThat(output.text()).isEqualTo(text);
    }
}
