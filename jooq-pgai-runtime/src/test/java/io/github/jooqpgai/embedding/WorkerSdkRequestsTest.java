package io.github.jooqpgai.embedding;

import static io.github.jooqpgai.embedding.StandInServer.ollamaAnswer;
import static io.github.jooqpgai.embedding.StandInServer.openAiAnswer;
import static io.github.jooqpgai.embedding.StandInServer.vector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our Ollama and Voyage AI requests against the requests pgai 0.12.1's own worker embedders sent through the SDK
 * versions pgai pins (ollama 0.5.4, voyageai 0.3.1; captured by {@code capture-worker-sdk-requests.py} into
 * {@code worker-sdk-requests.json}, as the worker environment of {@code PgaiWorker} has neither SDK). The same
 * configs, the same text: Ollama's bodies are identical; Voyage's differ only where documented
 * ({@code input_type} {@code query} for a query, no {@code encoding_format: "base64"}).
 */
class WorkerSdkRequestsTest {

    private static final String TEXT = "first document";
    private static final String KEY = "pa-test-key";

    private static JsonNode captured(int index) throws IOException {
        try (InputStream in = WorkerSdkRequestsTest.class.getResourceAsStream("worker-sdk-requests.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            assertThat(root.get("pgai").asText()).isEqualTo("0.12.1");
            return root.get("requests").get(index);
        }
    }

    private static StandInServer.Captured ours(Embedding config, String answer) throws IOException {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(answer))) {
            Embedders.forQueries(config, EmbedderSettings.defaults().withEnvironment(Map.of("VOYAGE_API_KEY", KEY))
                    .withBaseUrl(server.url(config instanceof EmbeddingOllama ? "" : "/v1"))).embed(TEXT);
            return server.onlyRequest();
        }
    }

    @Test
    void ollamaWithOptionsAndKeepAliveIsTheWorkersRequest() throws IOException {
        EmbeddingOllama config = Embedding.ollama("nomic-embed-text", 3).withOptionsJson("{\"num_ctx\": 4096, \"temperature\": 0.5}")
                .withKeepAlive("10m");
        assertSame(captured(0), ours(config, ollamaAnswer(vector(3, 1f))));
    }

    @Test
    void ollamaWithoutOptionsIsTheWorkersRequest() throws IOException {
        assertSame(captured(1), ours(Embedding.ollama("all-minilm", 3), ollamaAnswer(vector(3, 1f))));
    }

    @Test
    void voyageIsTheWorkersRequestWithInputTypeQueryAndJsonFloats() throws IOException {
        JsonNode worker = captured(2);
        assertThat(worker.at("/body/input_type").asText()).isEqualTo("document");
        ObjectNode expected = ((ObjectNode) worker.get("body").deepCopy());
        expected.put("input_type", "query");
        expected.remove("encoding_format");
        StandInServer.Captured ours = ours(Embedding.voyageai("voyage-3", 3), openAiAnswer(vector(3, 1f)));
        assertThat(ours.path()).isEqualTo(worker.get("path").asText());
        assertThat(ours.header("Authorization")).isEqualTo(worker.get("authorization").asText());
        assertThat(ours.json().toString()).isEqualTo(expected.toString());
    }

    @Test
    void voyageWithoutInputTypeSendsNullAsTheWorker() throws IOException {
        JsonNode worker = captured(3);
        ObjectNode expected = ((ObjectNode) worker.get("body").deepCopy());
        expected.remove("encoding_format");
        EmbeddingVoyageai config = Embedding.voyageai("voyage-3", 3).withInputType(null);
        assertThat(ours(config, openAiAnswer(vector(3, 1f))).json().toString()).isEqualTo(expected.toString());
    }

    private static void assertSame(JsonNode worker, StandInServer.Captured ours) {
        assertThat(ours.path()).isEqualTo(worker.get("path").asText());
        assertThat(ours.header("Authorization")).isNull();
        assertThat(worker.get("authorization").isNull()).isTrue();
        assertThat(ours.header("Content-Type")).isEqualTo(worker.get("content_type").asText());
        assertThat(ours.json().toString()).as("field order and values").isEqualTo(worker.get("body").toString());
    }
}
