package io.github.jooqpgai.it.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.it.support.PasswordCheckingServer;
import io.github.jooqpgai.it.support.PgaiServers;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.worker.WorkerFixture.StoredChunk;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pgai's real worker as a login role with a password, on a server that really asks for it: a
 * {@link PasswordCheckingServer} of its own (the suite's server may trust every role, where any password
 * would do). The role has only what pgai grants through {@code grant_to} plus the worker's own bookkeeping.
 */
class WorkerPasswordIT {

    private static final String ROLE = "embedding_worker";
    private static final String PASSWORD = "Wkr-Pass-3e7d1c";
    private static final String WRONG_PASSWORD = "Not-The-Pass-9b2f40";

    private static PasswordCheckingServer database;
    private static LocalEmbeddingServer model;
    private static PgaiTestSchema db;

    @BeforeAll
    static void start() {
        database = PasswordCheckingServer.start(PgaiServers.repoRoot());
        model = LocalEmbeddingServer.start();
        db = database.schema("worker_password");
        database.execute("create role " + ROLE + " login password '" + PASSWORD + "'",
                // what the worker reads and writes besides the vectorizer's own tables (granted through grant_to)
                "grant select on ai.pgai_lib_version to " + ROLE,
                "grant select, insert, update on ai.vectorizer_worker_process, ai.vectorizer_worker_progress to " + ROLE,
                "grant insert on ai._vectorizer_errors to " + ROLE, "grant select on ai.vectorizer_errors to " + ROLE);
    }

    @AfterAll
    static void stop() {
        try {
            if (database != null) {
                database.execute("drop owned by " + ROLE, "drop role " + ROLE);
            }
        } finally {
            if (model != null) {
                model.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void theWorkerConnectsWithTheUrlsUserAndPassword() {
        WorkerFixture docs = WorkerFixture.createGrantedTo(db, "in_url", model, ROLE);
        docs.insert(Documents.ALL.subList(24, 28));

        PgaiWorker.Result run = docs.worker(database.urlWithoutUser() + "?user=" + ROLE + "&password=" + PASSWORD, b -> b).runOnce();

        assertThat(run.succeeded()).as("worker exit code %s, output:%n%s", run.exitCode(), run.output()).isTrue();
        assertEmbedded(docs, Documents.ALL.subList(24, 28));
        assertThat(run.output()).doesNotContain(PASSWORD);
    }

    @Test
    void theWorkerConnectsWithTheBuildersPassword() {
        WorkerFixture docs = WorkerFixture.createGrantedTo(db, "in_builder", model, ROLE);
        docs.insert(Documents.ALL.subList(0, 3));

        PgaiWorker.Result run = docs.worker(database.urlWithoutUser() + "?user=" + ROLE, b -> b.password(PASSWORD)).runOnce();

        assertThat(run.succeeded()).as("worker exit code %s, output:%n%s", run.exitCode(), run.output()).isTrue();
        assertEmbedded(docs, Documents.ALL.subList(0, 3));
    }

    @Test
    void aWrongPasswordFailsWithPostgresqlsErrorAndTheOutputHoldsNoPassword() {
        WorkerFixture docs = WorkerFixture.createGrantedTo(db, "wrong", model, ROLE);
        docs.insert(Documents.ALL.subList(3, 5));
        PgaiWorker worker = docs.worker(database.urlWithoutUser() + "?user=" + ROLE + "&password=" + WRONG_PASSWORD, b -> b);

        PgaiWorker.Result run = worker.runOnce();

        assertThat(run.exitCode()).as("worker output:%n%s", run.output()).isEqualTo(1);
        assertThat(run.output()).contains("FATAL:  password authentication failed for user \"" + ROLE + "\"");
        assertThat(List.of(run.output(), run.toString(), worker.toString())).as("output, Result.toString(), PgaiWorker.toString()")
                .allSatisfy(text -> assertThat(text).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD));
        assertThat(docs.stored()).isEmpty();
        assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isEqualTo(2);
    }

    private static void assertEmbedded(WorkerFixture docs, List<Documents.Document> documents) {
        List<StoredChunk> stored = docs.stored();
        assertThat(stored).extracting(StoredChunk::key).containsExactlyElementsOf(WorkerFixture.expected(documents));
        WorkerFixture.assertEmbeddingsAreTheModels(stored);
        assertThat(docs.pgai().vectorizerQueuePending(docs.name)).isZero();
    }
}
