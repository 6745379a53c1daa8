package io.github.jooqpgai.localmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalEmbeddingServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalEmbeddingServer server;

    @BeforeAll
    static void start() {
        server = LocalEmbeddingServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void turnsNaglesAlgorithmOffForTheJdkServer() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay"))
                .as("without TCP_NODELAY every kept-alive response waits ~40 ms for the client's delayed ACK")
                .isEqualTo("true");
    }

    @Test
    void baseUrlIsLoopbackWithTheChosenPort() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/v1");
        assertThat(server.port()).isPositive();
        assertThat(server.modelName()).isEqualTo("all-minilm-l6-v2");
        assertThat(server.dimensions()).isEqualTo(384);
    }

    @Test
    void batchOfStringsAsTheWorkerSendsIt() throws Exception {
        List<String> texts = List.of("Rust ownership and borrowing", "Sourdough bread needs a starter", "The Moon orbits the Earth");
        Reply reply = post("{\"input\":" + JSON.writeValueAsString(texts)
                + ",\"model\":\"all-minilm-l6-v2\",\"dimensions\":384,\"encoding_format\":\"float\"}");

        assertThat(reply.status).isEqualTo(200);
        assertThat(reply.body.get("object").asText()).isEqualTo("list");
        assertThat(reply.body.get("model").asText()).isEqualTo("all-minilm-l6-v2");
        JsonNode data = reply.body.get("data");
        assertThat(data).hasSize(3);
        List<float[]> expected = LocalEmbeddingModel.instance().embedAll(texts);
        for (int i = 0; i < 3; i++) {
            assertThat(data.get(i).get("object").asText()).isEqualTo("embedding");
            assertThat(data.get(i).get("index").asInt()).isEqualTo(i);
            assertThat(floats(data.get(i).get("embedding"))).as("embedding %d", i).containsExactly(expected.get(i));
        }
        int tokens = reply.body.get("usage").get("prompt_tokens").asInt();
        assertThat(tokens).as("prompt_tokens").isGreaterThanOrEqualTo(3 * 5);
        assertThat(reply.body.get("usage").get("total_tokens").asInt()).isEqualTo(tokens);
    }

    @Test
    void singleStringWithoutDimensionsOrFormat() throws Exception {
        Reply reply = post("{\"input\":\"hello world\",\"model\":\"all-minilm-l6-v2\"}");

        assertThat(reply.status).isEqualTo(200);
        assertThat(reply.body.get("data")).hasSize(1);
        assertThat(floats(reply.body.get("data").get(0).get("embedding"))).containsExactly(LocalEmbeddingModel.instance().embed("hello world"));
    }

    @Test
    void base64IsLittleEndianFloat32OfTheSameVector() throws Exception {
        Reply reply = post("{\"input\":[\"vector databases\"],\"model\":\"all-minilm-l6-v2\",\"encoding_format\":\"base64\"}");

        assertThat(reply.status).isEqualTo(200);
        byte[] bytes = Base64.getDecoder().decode(reply.body.get("data").get(0).get("embedding").asText());
        assertThat(bytes).hasSize(384 * 4);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] decoded = new float[384];
        for (int i = 0; i < 384; i++) {
            decoded[i] = buffer.getFloat();
        }
        assertThat(decoded).containsExactly(LocalEmbeddingModel.instance().embed("vector databases"));
    }

    @Test
    void unknownModelIs404ModelNotFound() throws Exception {
        Reply reply = post("{\"input\":[\"x\"],\"model\":\"text-embedding-3-small\"}");

        assertThat(reply.status).isEqualTo(404);
        assertError(reply, "model", "model_not_found").contains("'text-embedding-3-small' does not exist").contains("all-minilm-l6-v2");
    }

    @Test
    void otherDimensionsAre400() throws Exception {
        Reply reply = post("{\"input\":[\"x\"],\"model\":\"all-minilm-l6-v2\",\"dimensions\":768}");

        assertThat(reply.status).isEqualTo(400);
        assertError(reply, "dimensions", null).contains("'dimensions' is 768").contains("384");
    }

    @Test
    void tokenIdInputIs400SayingWhy() throws Exception {
        Reply lists = post("{\"input\":[[9906, 1917]],\"model\":\"all-minilm-l6-v2\"}");
        Reply flat = post("{\"input\":[9906, 1917],\"model\":\"all-minilm-l6-v2\"}");

        assertThat(lists.status).isEqualTo(400);
        assertError(lists, "input", null).contains("'input[0]' is a token id").contains("text only");
        assertThat(flat.status).isEqualTo(400);
        assertError(flat, "input", null).contains("'input[0]' is a token id");
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        assertThat(post("{not json").status).isEqualTo(400);
        assertError(post("{not json"), null, null).contains("not valid JSON");
        assertError(post("[1]"), null, null).contains("must be a JSON object");
        assertError(post("{\"input\":[\"x\"]}"), "model", null).contains("'model' is required");
        assertError(post("{\"model\":\"all-minilm-l6-v2\"}"), "input", null).contains("'input' is required");
        assertError(post("{\"input\":[],\"model\":\"all-minilm-l6-v2\"}"), "input", null).contains("non-empty list");
        assertError(post("{\"input\":[\"a\",\" \"],\"model\":\"all-minilm-l6-v2\"}"), "input", null).contains("'input[1]' is empty or blank");
        assertError(post("{\"input\":[\"a\",{}],\"model\":\"all-minilm-l6-v2\"}"), "input", null).contains("'input[1]' must be a string");
        assertError(post("{\"input\":[\"a\"],\"model\":\"all-minilm-l6-v2\",\"encoding_format\":\"int8\"}"), "encoding_format", null)
                .contains("use 'float' or 'base64'");
    }

    @Test
    void otherMethodsAndPathsAreRefused() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/embeddings")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chat = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(get.body()).get("error").get("message").asText()).contains("use POST /v1/embeddings");
        assertThat(chat.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(chat.body()).get("error").get("message").asText()).contains("Unknown request URL: POST /v1/chat/completions");
    }

    @Test
    void stopFreesThePortAndRestartServesOnTheSamePort() throws Exception {
        try (LocalEmbeddingServer own = LocalEmbeddingServer.start()) {
            int port = own.port();
            assertThat(post(own, "{\"input\":\"a\",\"model\":\"all-minilm-l6-v2\"}").status).isEqualTo(200);

            own.stop();
            assertThat(own.isRunning()).isFalse();
            assertThatThrownBy(() -> post(own, "{\"input\":\"a\",\"model\":\"all-minilm-l6-v2\"}")).isInstanceOf(ConnectException.class);

            own.restart();
            assertThat(own.port()).isEqualTo(port);
            assertThat(post(own, "{\"input\":[\"a\",\"b\"],\"model\":\"all-minilm-l6-v2\"}").status).isEqualTo(200);
            assertThat(own.requestCount()).isEqualTo(2);
            assertThat(own.embeddedInputCount()).isEqualTo(3);
        }
    }

    @Test
    void aRequiredApiKeyIsCheckedAsOpenAiDoesAndNeverShown() throws Exception {
        try (LocalEmbeddingServer keyed = LocalEmbeddingServer.builder().requiredApiKey("s3cret-key").start()) {
            String body = "{\"input\":\"a\",\"model\":\"all-minilm-l6-v2\"}";
            HttpResponse<String> none = send(keyed, body, null);
            HttpResponse<String> wrong = send(keyed, body, "Bearer other");
            HttpResponse<String> right = send(keyed, body, "Bearer s3cret-key");

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).get("error").get("code").asText()).isEqualTo("invalid_api_key");
            assertThat(JSON.readTree(none.body()).get("error").get("message").asText()).contains("didn't provide an API key");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("Incorrect API key provided").doesNotContain("s3cret");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(keyed.toString()).doesNotContain("s3cret");
        }
        assertThatThrownBy(() -> LocalEmbeddingServer.builder().requiredApiKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requiredApiKey is blank");
    }

    @Test
    void badPortIsRejectedNamingIt() {
        assertThatThrownBy(() -> LocalEmbeddingServer.start(70000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port = 70000");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertError(Reply reply, String param, String code) {
        JsonNode error = reply.body.get("error");
        assertThat(error).as("error object in %s", reply.body).isNotNull();
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").isNull() ? null : error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("code").isNull() ? null : error.get("code").asText()).isEqualTo(code);
        return assertThat(error.get("message").asText());
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }

    private record Reply(int status, JsonNode body) {
    }

    private static HttpResponse<String> send(LocalEmbeddingServer target, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/embeddings")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Reply post(String body) throws IOException, InterruptedException {
        return post(server, body);
    }

    private static Reply post(LocalEmbeddingServer target, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/embeddings"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer dummy")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }
}
