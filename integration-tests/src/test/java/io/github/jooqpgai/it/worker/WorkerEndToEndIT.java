package io.github.jooqpgai.it.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.support.TimedProcess;
import io.github.jooqpgai.it.worker.WorkerFixture.ExpectedChunk;
import io.github.jooqpgai.it.worker.WorkerFixture.StoredChunk;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.vectorizer.VectorizerError;
import io.github.jooqpgai.vectorizer.config.Embedding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole job with real parts: a vectorizer created through our DSL, pgai 0.12.1's real Python worker, and
 * all-MiniLM-L6-v2 behind {@link LocalEmbeddingServer}. What the worker stores is checked against what we
 * derive: chunk texts from the documents and the template, embeddings from the same model run in this JVM.
 */
@PgaiTest
class WorkerEndToEndIT {

    private static LocalEmbeddingServer server;

    @BeforeAll
    static void startServer() {
        server = LocalEmbeddingServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyChunkIsStoredAsFormattedWithTheModelsEmbedding(PgaiTestSchema db) {
        WorkerFixture docs = WorkerFixture.create(db, "docs", server);
        docs.insert(Documents.ALL);
        assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isEqualTo(Documents.ALL.size());

        PgaiWorker.Result run = docs.worker(b -> b).runOnce();

        assertThat(run.succeeded()).as("worker exit code %s, output:%n%s", run.exitCode(), run.output()).isTrue();
        List<StoredChunk> stored = docs.stored();
        List<ExpectedChunk> expected = WorkerFixture.expected(Documents.ALL);
        assertThat(expected).hasSize(42);
        assertThat(stored).extracting(StoredChunk::key).containsExactlyElementsOf(expected);
        WorkerFixture.assertEmbeddingsAreTheModels(stored);
        assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isZero();
        assertThat(docs.pgai().vectorizerStatus(docs.name).orElseThrow().pendingItems()).isZero();
        assertThat(docs.pgai().vectorizerErrors(docs.name)).isEmpty();
    }

    @Test
    void anUpdatedRowIsReembeddedAndADeletedRowsEmbeddingsAreGone(PgaiTestSchema db) {
        WorkerFixture docs = WorkerFixture.create(db, "changes", server);
        List<Documents.Document> three = List.of(Documents.ALL.get(0), Documents.ALL.get(24), Documents.ALL.get(26));
        docs.insert(three);
        PgaiWorker worker = docs.worker(b -> b);
        assertThat(worker.runOnce().succeeded()).isTrue();
        assertThat(docs.stored()).hasSize(1 + 2 + 3);
        String untouchedUuid = db.value(String.class, "select embedding_uuid::text from " + docs.store() + " where id = 1");

        Documents.Document rewritten = new Documents.Document(25, "PostgreSQL MVCC", List.of("Autovacuum runs in the background and vacuums tables whose dead tuples pass a threshold."));
        db.dsl().execute("update changes set content = ? where id = 25", rewritten.content());
        db.dsl().execute("delete from changes where id = 27");
        PgaiWorker.Result run = worker.runOnce();

        assertThat(run.succeeded()).as("worker output:%n%s", run.output()).isTrue();
        List<StoredChunk> stored = docs.stored();
        assertThat(stored).extracting(StoredChunk::key)
                .containsExactlyElementsOf(WorkerFixture.expected(List.of(Documents.ALL.get(0), rewritten)));
        WorkerFixture.assertEmbeddingsAreTheModels(stored);
        assertThat(db.value(String.class, "select embedding_uuid::text from " + docs.store() + " where id = 1"))
                .as("the unchanged row keeps its embedding row").isEqualTo(untouchedUuid);
        assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isZero();
    }

    @Test
    void withTheServerDownTheErrorIsRecordedAndRowsStayQueuedUntilItIsBack(PgaiTestSchema db) {
        try (LocalEmbeddingServer flaky = LocalEmbeddingServer.start()) {
            WorkerFixture docs = WorkerFixture.create(db, "outage", flaky);
            List<Documents.Document> four = Documents.ALL.subList(2, 6);
            docs.insert(four);
            PgaiWorker worker = docs.worker(b -> b);
            flaky.stop();

            PgaiWorker.Result failed = worker.runOnce();

            assertThat(failed.exitCode()).as("worker output:%n%s", failed.output()).isEqualTo(1);
            List<VectorizerError> errors = docs.pgai().vectorizerErrors(docs.name);
            assertThat(errors).as("errors recorded by the worker").hasSize(1);
            assertThat(errors.get(0).message()).isEqualTo("embedding provider failed");
            assertThat(errors.get(0).details()).contains("Connection error");
            assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isEqualTo(4);
            assertThat(docs.stored()).isEmpty();

            flaky.restart();
            PgaiWorker.Result recovered = worker.runOnce();

            assertThat(recovered.succeeded()).as("worker output:%n%s", recovered.output()).isTrue();
            assertThat(docs.stored()).extracting(StoredChunk::key).containsExactlyElementsOf(WorkerFixture.expected(four));
            assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isZero();
        }
    }

    @Test
    void theWorkerSendsTheKeyOfTheVectorizersApiKeyName(PgaiTestSchema db) {
        try (LocalEmbeddingServer keyed = LocalEmbeddingServer.builder().requiredApiKey("local-test-key").start()) {
            WorkerFixture docs = WorkerFixture.create(db, "keyed", Embedding.openai(keyed.modelName(), keyed.dimensions())
                    .withBaseUrl(keyed.baseUrl()).withApiKeyName("LOCAL_MODEL_KEY"));
            docs.insert(Documents.ALL.subList(6, 8));

            PgaiWorker.Result withoutKey = docs.worker(b -> b).runOnce();
            PgaiWorker.Result withKey = docs.worker(b -> b.apiKey("LOCAL_MODEL_KEY", "local-test-key")).runOnce();

            assertThat(withoutKey.exitCode()).as("worker output without the key:%n%s", withoutKey.output()).isEqualTo(1);
            assertThat(withoutKey.output()).contains("LOCAL_MODEL_KEY");
            assertThat(withKey.succeeded()).as("worker output with the key:%n%s", withKey.output()).isTrue();
            assertThat(docs.stored()).extracting(StoredChunk::key).containsExactlyElementsOf(WorkerFixture.expected(Documents.ALL.subList(6, 8)));
            assertThat(withKey.output() + withoutKey.output()).doesNotContain("local-test-key");
        }
    }

    @Test
    void twoWorkersAtOnceEmbedEveryChunkExactlyOnce(PgaiTestSchema db) throws Exception {
        try (LocalEmbeddingServer counted = LocalEmbeddingServer.start()) {
            WorkerFixture docs = WorkerFixture.create(db, "pair", counted);
            docs.insert(Documents.ALL);
            PgaiWorker worker = docs.worker(b -> b);
            CountDownLatch ready = new CountDownLatch(2);
            List<CompletableFuture<PgaiWorker.Result>> runs = List.of(runWhenBothReady(worker, ready), runWhenBothReady(worker, ready));

            List<PgaiWorker.Result> results = runs.stream().map(CompletableFuture::join).toList();

            for (PgaiWorker.Result result : results) {
                assertThat(result.succeeded()).as("worker output:%n%s", result.output()).isTrue();
            }
            List<ExpectedChunk> expected = WorkerFixture.expected(Documents.ALL);
            assertThat(docs.stored()).extracting(StoredChunk::key).containsExactlyElementsOf(expected);
            assertThat(db.value(Long.class, "select count(*) from (select id, chunk_seq from " + docs.store()
                    + " group by 1, 2 having count(*) > 1) d")).as("duplicated (id, chunk_seq)").isZero();
            assertThat(counted.embeddedInputCount()).as("texts the model embedded").isEqualTo(expected.size());
            assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isZero();
        }
    }

    @Test
    void aBackgroundWorkerEmbedsNewRowsAndIsGoneAfterClose(PgaiTestSchema db) throws Exception {
        WorkerFixture docs = WorkerFixture.create(db, "live", server);
        PgaiWorker worker = docs.worker(b -> b.pollInterval(Duration.ofSeconds(1)));
        long pid;
        try (PgaiWorker.Running running = worker.start()) {
            pid = running.pid();
            docs.insert(Documents.ALL.subList(10, 13));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (docs.stored().size() < 3 && System.nanoTime() < deadline) {
                assertThat(running.isAlive()).as("background worker exited early, output:%n%s", running.output()).isTrue();
                Thread.sleep(250);
            }
            assertThat(docs.stored()).as("background worker output:%n%s", running.output()).extracting(StoredChunk::key)
                    .containsExactlyElementsOf(WorkerFixture.expected(Documents.ALL.subList(10, 13)));
            assertThat(ProcessHandle.of(pid)).as("worker process while running").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("worker process %s after close", pid).isEmpty();
    }

    @Test
    void aBackgroundWorkerIsStoppedWhenItsJvmExitsWithoutClosingIt(PgaiTestSchema db) throws Exception {
        WorkerFixture docs = WorkerFixture.create(db, "orphan", server);
        Path home = docs.worker(b -> b).executable().getParent().getParent().getParent();
        String output = TimedProcess.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WorkerInChildJvm.class.getName(), db.serverJdbcUrl(), home.toString(),
                Integer.toString(docs.id)), "the child JVM " + WorkerInChildJvm.class.getSimpleName(), Duration.ofSeconds(60)).output();
        Matcher pid = Pattern.compile("worker pid (\\d+)").matcher(output);
        assertThat(pid.find()).as("child JVM output:%n%s", output).isTrue();

        Optional<ProcessHandle> left = ProcessHandle.of(Long.parseLong(pid.group(1))).filter(ProcessHandle::isAlive);
        left.ifPresent(ProcessHandle::destroyForcibly);

        assertThat(left).as("worker %s after its JVM exited (stopped by the test now)", pid.group(1)).isEmpty();
    }

    private static CompletableFuture<PgaiWorker.Result> runWhenBothReady(PgaiWorker worker, CountDownLatch ready) {
        return CompletableFuture.supplyAsync(() -> {
            ready.countDown();
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return worker.runOnce();
        });
    }
}
