package io.github.jooqpgai.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An in-JVM HTTP server on 127.0.0.1 standing in for a provider: records every request and answers with the
 * scripted responses in order (the last one repeats) or as a responder says; counts the TCP connections
 * requests came on. Stopped by {@link #close()}.
 */
final class StandInServer implements AutoCloseable {

    record Captured(String method, String path, Headers headers, String body, long nanoTime) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {
        static Answer ok(String body) {
            return new Answer(200, Map.of(), body);
        }
    }

    private final HttpServer server;
    private final List<Captured> requests = new CopyOnWriteArrayList<>();
    private final Set<InetSocketAddress> clientEnds = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);

    StandInServer(Answer... answers) throws IOException {
        this((Function<Captured, Answer>) null);
        script.addAll(List.of(answers));
    }

    /** A server answering each request as {@code responder} says (from any thread), or from the script if null. */
    StandInServer(Function<Captured, Answer> responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            clientEnds.add(exchange.getRemoteAddress());
            Captured captured = new Captured(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders(),
                    new String(body, StandardCharsets.UTF_8), System.nanoTime());
            requests.add(captured);
            Answer answer = responder != null ? responder.apply(captured) : script.size() > 1 ? script.pollFirst() : script.peekFirst();
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many TCP connections requests came on (distinct client address and port). */
    int connections() {
        return clientEnds.size();
    }

    List<Captured> requests() {
        return List.copyOf(requests);
    }

    Captured onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** An OpenAI / Voyage answer with one embedding per vector (index order reversed to check the sorting). */
    static String openAiAnswer(float[]... vectors) {
        StringBuilder data = new StringBuilder();
        for (int i = vectors.length - 1; i >= 0; i--) {
            data.append(data.length() == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":").append(array(vectors[i])).append('}');
        }
        return "{\"object\":\"list\",\"data\":[" + data + "],\"model\":\"m\",\"usage\":{\"prompt_tokens\":3,\"total_tokens\":3}}";
    }

    /** An Ollama {@code /api/embed} answer. */
    static String ollamaAnswer(float[]... vectors) {
        StringBuilder data = new StringBuilder();
        for (float[] v : vectors) {
            data.append(data.length() == 0 ? "" : ",").append(array(v));
        }
        return "{\"model\":\"m\",\"embeddings\":[" + data + "],\"prompt_eval_count\":3}";
    }

    static float[] vector(int dimensions, float first) {
        float[] v = new float[dimensions];
        v[0] = first;
        for (int i = 1; i < dimensions; i++) {
            v[i] = i / 1000f;
        }
        return v;
    }

    private static String array(float[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ",").append(v[i]);
        }
        return s.append(']').toString();
    }
}
