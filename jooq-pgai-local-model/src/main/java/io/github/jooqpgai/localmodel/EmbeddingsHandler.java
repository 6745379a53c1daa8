package io.github.jooqpgai.localmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Answers {@code POST /v1/embeddings} in OpenAI's wire format; anything else gets an OpenAI-style error. */
final class EmbeddingsHandler implements HttpHandler {

    static final String PATH = "/v1/embeddings";

    private final ObjectMapper json = new ObjectMapper();
    private final LocalEmbeddingModel model;
    private final String requiredApiKey;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong embeddedInputs = new AtomicLong();

    /** {@code requiredApiKey} null: any or no {@code Authorization} header is accepted. */
    EmbeddingsHandler(LocalEmbeddingModel model, String requiredApiKey) {
        this.model = model;
        this.requiredApiKey = requiredApiKey;
    }

    long requests() {
        return requests.get();
    }

    long embeddedInputs() {
        return embeddedInputs.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            try {
                if (!exchange.getRequestURI().getPath().equals(PATH)) {
                    throw new OpenAiError(404, "Unknown request URL: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                            + "; this server answers POST " + PATH, "invalid_request_error", null, "unknown_url");
                }
                if (!exchange.getRequestMethod().equals("POST")) {
                    throw new OpenAiError(405, "Method " + exchange.getRequestMethod() + " is not allowed; use POST " + PATH,
                            "invalid_request_error", null, "method_not_allowed");
                }
                requests.incrementAndGet();
                checkApiKey(exchange.getRequestHeaders().getFirst("Authorization"));
                EmbeddingsRequest request = EmbeddingsRequest.parse(parse(body), LocalEmbeddingModel.MODEL_NAME, LocalEmbeddingModel.DIMENSIONS);
                LocalEmbeddingModel.EmbeddedBatch batch = model.embedCounted(request.inputs());
                embeddedInputs.addAndGet(batch.vectors().size());
                send(exchange, 200, response(request, batch));
            } catch (OpenAiError e) {
                send(exchange, e.status(), error(e));
            } catch (RuntimeException e) {
                send(exchange, 500, error(new OpenAiError(500, "the model failed: " + e, "server_error", null, null)));
            }
        }
    }

    private void checkApiKey(String authorization) {
        if (requiredApiKey != null && !MessageDigest.isEqual(("Bearer " + requiredApiKey).getBytes(StandardCharsets.UTF_8),
                String.valueOf(authorization).getBytes(StandardCharsets.UTF_8))) {
            throw new OpenAiError(401, authorization == null ? "You didn't provide an API key (Authorization: Bearer <key>)"
                    : "Incorrect API key provided", "invalid_request_error", null, "invalid_api_key");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw OpenAiError.invalidRequest(null, "the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw OpenAiError.invalidRequest(null, "the request body could not be read: " + e.getMessage());
        }
    }

    private ObjectNode response(EmbeddingsRequest request, LocalEmbeddingModel.EmbeddedBatch batch) {
        ObjectNode root = json.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        List<float[]> vectors = batch.vectors();
        for (int i = 0; i < vectors.size(); i++) {
            ObjectNode item = data.addObject();
            item.put("object", "embedding");
            item.put("index", i);
            if (request.base64()) {
                item.put("embedding", base64(vectors.get(i)));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float value : vectors.get(i)) {
                    values.add(value);
                }
            }
        }
        root.put("model", request.model());
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", batch.tokens());
        usage.put("total_tokens", batch.tokens());
        return root;
    }

    /** OpenAI's base64 encoding: the little-endian float32 values. */
    static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private ObjectNode error(OpenAiError e) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", e.getMessage());
        error.put("type", e.type());
        error.put("param", e.param());
        error.put("code", e.code());
        return root;
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
