package io.github.jooqpgai.embedding;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK {@code HttpClient}s the provider clients share: one per connect timeout (the only client-level
 * setting {@link EmbedderSettings} varies; keys, URLs, request timeouts and retries are per request), so that
 * embedders built per search reuse one selector thread and one pool of kept-alive connections. At most
 * {@value #MAX_CLIENTS} are kept, the least recently asked for dropped first (embedders holding a dropped
 * client keep using it); nothing is keyed by a key or a config. Safe from many threads.
 *
 * <pre>{@code
 * HttpClient client = SharedHttpClients.forConnectTimeout(Duration.ofSeconds(10));
 * }</pre>
 */
final class SharedHttpClients {

    /** How many clients (distinct connect timeouts) are kept at most. */
    static final int MAX_CLIENTS = 8;

    private static final Map<Duration, HttpClient> CLIENTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Duration, HttpClient> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    private SharedHttpClients() {
    }

    /** The shared client connecting within {@code connectTimeout}: HTTP/1.1, redirects not followed. */
    static synchronized HttpClient forConnectTimeout(Duration connectTimeout) {
        return CLIENTS.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** How many clients are kept now. */
    static synchronized int size() {
        return CLIENTS.size();
    }
}
