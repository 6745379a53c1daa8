package io.github.jooqpgai.it.embedding;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that records each request (path, headers, body) and forwards it unchanged to
 * {@code target}, answering with the target's answer. Stopped by {@link #close()}.
 *
 * <pre>{@code
 * try (CapturingProxy proxy = new CapturingProxy(server.baseUrl())) { ... proxy.requests() ... }
 * }</pre>
 */
final class CapturingProxy implements AutoCloseable {

    /** One recorded request; header names lower-cased. */
    record Captured(String path, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Captured> requests = new CopyOnWriteArrayList<>();

    /** {@code target}: the base URL requests are forwarded to, e.g. {@code http://127.0.0.1:8080/v1}. */
    CapturingProxy(String target) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            String path = exchange.getRequestURI().getPath();
            requests.add(new Captured(path, headers, new String(body, StandardCharsets.UTF_8)));
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(HttpRequest.newBuilder(URI.create(target + path.substring("/v1".length())))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        });
        server.start();
    }

    /** The base URL to configure, ending in {@code /v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Captured> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
