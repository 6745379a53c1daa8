package io.github.jooqpgai.localmodel;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible embedding server on 127.0.0.1 serving all-MiniLM-L6-v2 ({@link LocalEmbeddingModel}, 384
 * dimensions) under the model name {@value LocalEmbeddingModel#MODEL_NAME}: {@code POST /v1/embeddings} with
 * {@code input} (a string or a list of strings), {@code model}, {@code dimensions} (384 or absent) and
 * {@code encoding_format} ({@code float} or {@code base64}), answered with {@code data[].embedding} and
 * {@code usage}. Keyless by default (any {@code Authorization} header is accepted; {@link Builder#requiredApiKey}
 * requires one). Test and example support for pgai's
 * worker ({@code ai.embedding_openai('all-minilm-l6-v2', 384, base_url => server.baseUrl())}), not a
 * production server.
 *
 * <pre>{@code
 * try (LocalEmbeddingServer server = LocalEmbeddingServer.start()) {
 *     Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(server.baseUrl());
 *     server.stop();      // the port is free: clients get "connection refused"
 *     server.restart();   // serving again on the same port
 * }
 * }</pre>
 *
 * Run standalone with {@code java -cp ... io.github.jooqpgai.localmodel.LocalEmbeddingServer [port]}: it prints
 * the base URL and serves until Ctrl-C.
 */
public final class LocalEmbeddingServer implements AutoCloseable {

    private final EmbeddingsHandler handler;
    private final int port;
    private HttpServer server;
    private ExecutorService executor;

    private LocalEmbeddingServer(EmbeddingsHandler handler, int port) {
        this.handler = handler;
        this.port = port;
    }

    /** Starts a server on a free port of 127.0.0.1 that accepts any (or no) API key. */
    public static LocalEmbeddingServer start() {
        return builder().start();
    }

    /** Starts a server on {@code port} of 127.0.0.1 (0 for a free one) that accepts any (or no) API key. */
    public static LocalEmbeddingServer start(int port) {
        return builder().port(port).start();
    }

    /** A builder for a server with a fixed port or a required API key. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL for OpenAI clients and pgai's {@code base_url}: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    /** The TCP port on 127.0.0.1 (kept across {@link #stop()} and {@link #restart()}). */
    public int port() {
        return port;
    }

    /** The model name requests must carry: {@value LocalEmbeddingModel#MODEL_NAME}. */
    public String modelName() {
        return LocalEmbeddingModel.MODEL_NAME;
    }

    /** The vector length: {@value LocalEmbeddingModel#DIMENSIONS}. */
    public int dimensions() {
        return LocalEmbeddingModel.DIMENSIONS;
    }

    /** The number of {@code /v1/embeddings} requests answered so far (refused ones included). */
    public long requestCount() {
        return handler.requests();
    }

    /** The number of texts embedded so far over all successful requests. */
    public long embeddedInputCount() {
        return handler.embeddedInputs();
    }

    /** Whether the server is listening now. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops listening and frees the port (clients get "connection refused"); {@link #restart()} serves again. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            executor = null;
        }
    }

    /** Serves again on the same port after {@link #stop()} (does nothing while running). */
    public synchronized void restart() {
        if (server == null) {
            serve(bind(handler, port));
        }
    }

    /** Stops the server; same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "LocalEmbeddingServer[" + baseUrl() + ", model " + modelName() + (isRunning() ? "" : ", stopped") + "]";
    }

    private synchronized void serve(HttpServer bound) {
        executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "local-embedding-server-" + port);
            thread.setDaemon(true);
            return thread;
        });
        bound.setExecutor(executor);
        bound.start();
        server = bound;
    }

    /**
     * Options of a {@link LocalEmbeddingServer}.
     *
     * <pre>{@code
     * LocalEmbeddingServer server = LocalEmbeddingServer.builder().port(8089).requiredApiKey("test-key").start();
     * }</pre>
     */
    public static final class Builder {

        private int port;
        private String requiredApiKey;

        private Builder() {
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port = " + port + ": must be 0 (a free port) or 1..65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Requires {@code Authorization: Bearer <apiKey>} on every request (401 {@code invalid_api_key} otherwise, as
         * OpenAI answers), e.g. to prove a client sends the key of its {@code api_key_name}. Never logged or shown.
         */
        public Builder requiredApiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("requiredApiKey is " + (apiKey == null ? "null" : "blank") + ": give a non-blank key");
            }
            this.requiredApiKey = apiKey;
            return this;
        }

        /** Loads the model (once per JVM) and starts listening. */
        public LocalEmbeddingServer start() {
            EmbeddingsHandler handler = new EmbeddingsHandler(LocalEmbeddingModel.instance(), requiredApiKey);
            HttpServer server = bind(handler, port);
            LocalEmbeddingServer started = new LocalEmbeddingServer(handler, server.getAddress().getPort());
            started.serve(server);
            return started;
        }
    }

    /**
     * The JDK's HTTP server leaves Nagle's algorithm on unless {@code sun.net.httpserver.nodelay} is set before its first
     * use in the JVM; its responses then wait for the client's delayed ACK, about 40 ms per request on a kept-alive
     * connection. A value the user set is kept.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private static HttpServer bind(EmbeddingsHandler handler, int port) {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            server.createContext("/", handler);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")"
                    + (port == 0 ? "" : "; is the port taken? Use another one or 0 for a free port"), e);
        }
    }

    /**
     * Serves until the JVM stops (Ctrl-C): {@code LocalEmbeddingServer [port]}, default a free port. Prints the
     * base URL and the model name.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length > 1 || (args.length == 1 && !args[0].matches("\\d{1,5}"))) {
            System.err.println("usage: LocalEmbeddingServer [port]   (default: a free port)");
            System.exit(2);
        }
        LocalEmbeddingServer server = start(args.length == 1 ? Integer.parseInt(args[0]) : 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "local-embedding-server-shutdown"));
        System.out.println("serving " + server.modelName() + " (" + server.dimensions() + " dimensions) at " + server.baseUrl()
                + "  (e.g. embedding => ai.embedding_openai('" + server.modelName() + "', " + server.dimensions()
                + ", base_url => '" + server.baseUrl() + "')); Ctrl-C stops it");
        Thread.currentThread().join();
    }
}
