package io.github.jooqpgai.embedding;

import static io.github.jooqpgai.embedding.StandInServer.openAiAnswer;
import static io.github.jooqpgai.embedding.StandInServer.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.vectorizer.config.Embedding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Embedders built per call share one HTTP client per connect timeout: kept-alive connections are reused, from many threads. */
@Timeout(60)
class SharedClientsTest {

    private static final Embedding CONFIG = Embedding.openai("m", 3);

    private static Embedder embedder(String baseUrl) {
        return Embedders.forQueries(CONFIG, EmbedderSettings.defaults().withEnvironment(Map.of("OPENAI_API_KEY", "sk-shared-clients"))
                .withBaseUrl(baseUrl).withTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(10)));
    }

    @Test
    void sequentialRequestsThroughNewEmbeddersShareOneKeptAliveConnection() throws Exception {
        int requests = 10;
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            for (int i = 0; i < requests; i++) {
                assertThat(embedder(server.url("/v1")).embed("q" + i).toArray()[0]).isEqualTo(1f);
            }

            assertThat(server.requests()).hasSize(requests);
            assertThat(server.connections()).as("TCP connections for %d requests through %d embedders", requests, requests).isEqualTo(1);
        }
    }

    @Test
    void sixteenThreadsGetTheirOwnAnswers() throws Exception {
        int threads = 16;
        int perThread = 5;
        try (StandInServer server = new StandInServer(request -> {
            int n = Integer.parseInt(request.json().get("input").get(0).textValue().substring(1));
            return StandInServer.Answer.ok(openAiAnswer(vector(3, n)));
        })) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Float>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        List<Float> firsts = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            int n = thread * 100 + i;
                            firsts.add(embedder(server.url("/v1")).embed("q" + n).toArray()[0] - n);
                        }
                        return firsts;
                    }));
                }
                start.countDown();
                for (Future<List<Float>> result : results) {
                    assertThat(result.get(30, TimeUnit.SECONDS)).as("each answer's first value minus the number asked for")
                            .containsExactly(0f, 0f, 0f, 0f, 0f);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(server.requests()).hasSize(threads * perThread);
            assertThat(server.connections()).as("TCP connections for %d requests from %d threads", threads * perThread, threads)
                    .isBetween(1, threads);
        }
    }

    @Test
    void oneClientPerConnectTimeoutAndOnlyAFewKept() {
        assertThat(SharedHttpClients.forConnectTimeout(Duration.ofMillis(1234)))
                .isSameAs(SharedHttpClients.forConnectTimeout(Duration.ofMillis(1234)))
                .isNotSameAs(SharedHttpClients.forConnectTimeout(Duration.ofMillis(1235)));
        for (int i = 0; i < 3 * SharedHttpClients.MAX_CLIENTS; i++) {
            SharedHttpClients.forConnectTimeout(Duration.ofMillis(5000 + i));
        }
        assertThat(SharedHttpClients.size()).isEqualTo(SharedHttpClients.MAX_CLIENTS);
    }
}
