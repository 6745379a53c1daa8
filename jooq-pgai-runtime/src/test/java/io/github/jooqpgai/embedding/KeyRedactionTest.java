package io.github.jooqpgai.embedding;

import static io.github.jooqpgai.embedding.StandInServer.openAiAnswer;
import static io.github.jooqpgai.embedding.StandInServer.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jooqpgai.vectorizer.config.Embedding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key appears in no exception, log record or {@code toString()}, even when the provider echoes it. */
class KeyRedactionTest {

    private static final String KEY = "sk-secret-Zq81xY7vW3tU5sR2";

    private final List<String> logs = new ArrayList<>();
    private final Logger logger = Logger.getLogger("io.github.jooqpgai.embedding");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logs.add(record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void captureLogs() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void aProviderEchoingTheKeyHasItRemovedFromMessageAndLogs() throws Exception {
        String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". Find your key at ...\"}}";
        try (StandInServer server = new StandInServer(new StandInServer.Answer(500, Map.of(), echo),
                new StandInServer.Answer(401, Map.of(), echo))) {
            EmbedderSettings settings = EmbedderSettings.defaults().withApiKeys(ApiKeys.of("OPENAI_API_KEY", () -> KEY))
                    .withBaseUrl(server.url("")).withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5));
            Embedder embedder = Embedders.forQueries(Embedding.openai("m", 3), settings);

            EmbeddingException e = catchThrowableOfType(() -> embedder.embed("q"), EmbeddingException.class);

            assertThat(server.requests()).as("the key was sent").hasSize(2)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));
            assertThat(e.getMessage()).contains("HTTP 401", "Incorrect API key provided: ***.").doesNotContain(KEY);
            assertThat(e.providerMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
            assertThat(stackTrace(e)).doesNotContain(KEY);
            assertThat(logs).as("the retry after the 500 was logged").hasSize(1);
            assertThat(String.join("\n", logs)).doesNotContain(KEY);
            assertThat(embedder.toString()).doesNotContain(KEY).contains("OPENAI_API_KEY");
            assertThat(settings.toString()).doesNotContain(KEY);
            assertThat(settings.apiKeys().toString()).doesNotContain(KEY);
        }
    }

    @Test
    void keysFromTheEnvironmentAppearInNoToString() {
        EmbedderSettings settings = EmbedderSettings.defaults().withEnvironment(Map.of("OPENAI_API_KEY", KEY));
        assertThat(settings.toString()).doesNotContain(KEY);
        assertThat(settings.apiKeys().find("OPENAI_API_KEY")).hasValue(KEY);
        assertThat(Embedders.forQueries(Embedding.openai("m", 3), settings).toString()).doesNotContain(KEY);
    }

    @Test
    void aMissingKeyIsNamedByItsVariableBeforeAnyRequest() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.voyageai("voyage-3", 3).withApiKeyName("MY_VOYAGE_KEY"),
                    EmbedderSettings.defaults().withEnvironment(Map.of("VOYAGE_API_KEY", KEY)).withBaseUrl(server.url("")));

            EmbeddingException e = catchThrowableOfType(() -> embedder.embed("q"), EmbeddingException.class);

            assertThat(e.getMessage()).contains("no API key for Voyage AI", "none named MY_VOYAGE_KEY").doesNotContain(KEY);
            assertThat(e.status()).isEmpty();
            assertThat(server.requests()).isEmpty();
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
