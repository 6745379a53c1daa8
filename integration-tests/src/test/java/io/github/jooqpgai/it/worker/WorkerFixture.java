package io.github.jooqpgai.it.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.localmodel.LocalEmbeddingModel;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.jooq.impl.DSL;

/**
 * A source table {@code <table>(id, title, content)} in the test schema with a vectorizer created through
 * {@link PgaiDSL} that embeds through a {@link LocalEmbeddingServer} (recursive splitter 200/20 on blank lines,
 * template {@code $title - $chunk}), and the real pgai worker restricted to that vectorizer.
 *
 * <pre>{@code
 * WorkerFixture docs = WorkerFixture.create(db, "docs", server);
 * docs.insert(Documents.ALL);
 * docs.worker(b -> b).runOnce();
 * }</pre>
 */
final class WorkerFixture {

    static final String TEMPLATE = "$title - $chunk";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final PgaiTestSchema db;
    final String table;
    final String name;
    final int id;

    private WorkerFixture(PgaiTestSchema db, String table, String name, int id) {
        this.db = db;
        this.table = table;
        this.name = name;
        this.id = id;
    }

    static WorkerFixture create(PgaiTestSchema db, String table, LocalEmbeddingServer server) {
        return create(db, table, Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(server.baseUrl()));
    }

    static WorkerFixture create(PgaiTestSchema db, String table, Embedding embedding) {
        return create(db, table, embedding, step -> step);
    }

    /**
     * Like {@link #create(PgaiTestSchema, String, LocalEmbeddingServer)}, with pgai's grants (source, queue, store,
     * view) to {@code role}, plus {@code delete} on the store: pgai 0.12.1's {@code grant_to} gives the store
     * select, insert and update only, but the worker deletes a row's old chunks before inserting its new ones.
     */
    static WorkerFixture createGrantedTo(PgaiTestSchema db, String table, LocalEmbeddingServer server, String role) {
        WorkerFixture fixture = create(db, table, Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(server.baseUrl()),
                step -> step.grantTo(role));
        db.dsl().execute("grant delete on " + fixture.store() + " to " + role);
        return fixture;
    }

    private static WorkerFixture create(PgaiTestSchema db, String table, Embedding embedding, UnaryOperator<CreateVectorizerFinalStep> grants) {
        db.dsl().execute("create table " + table + " (id int primary key, title text not null, content text not null)");
        String name = db.schema() + "_" + table + "_" + COUNTER.incrementAndGet();
        int id = grants.apply(PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), table))
                .loading(Loading.column("content"))
                .embedding(embedding)
                .chunking(Chunking.recursiveCharacterTextSplitter(200, 20).withSeparators(List.of("\n\n", "\n", " ")))
                .formatting(Formatting.pythonTemplate(TEMPLATE))
                .destination(Destination.table(table + "_embeddings"))
                .name(name))
                .execute();
        return new WorkerFixture(db, table, name, id);
    }

    /** The worker for this vectorizer only (other tests' vectorizers share the database), installed in the checkout's .pgai. */
    PgaiWorker worker(UnaryOperator<PgaiWorker.Builder> options) {
        return worker(db.serverJdbcUrl(), options);
    }

    /** The worker for this vectorizer only, connecting with {@code jdbcUrl} (e.g. as another role). */
    PgaiWorker worker(String jdbcUrl, UnaryOperator<PgaiWorker.Builder> options) {
        PgaiWorker.Builder builder = PgaiWorker.builder(jdbcUrl).defaultHome(repoRoot().resolve(".pgai")).vectorizerId(id);
        return options.apply(builder).build();
    }

    PgaiDSLContext pgai() {
        return PgaiDSL.using(db.dataSource());
    }

    String store() {
        return table + "_embeddings_store";
    }

    void insert(Collection<Documents.Document> documents) {
        for (Documents.Document d : documents) {
            db.dsl().execute("insert into " + table + " (id, title, content) values (?, ?, ?)", d.id(), d.title(), d.content());
        }
    }

    /** The store's rows ordered by id and chunk_seq. */
    List<StoredChunk> stored() {
        List<StoredChunk> rows = new ArrayList<>();
        db.dsl().fetch("select id, chunk_seq, chunk, embedding::real[] from " + store() + " order by id, chunk_seq")
                .forEach(r -> rows.add(new StoredChunk(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, String.class),
                        toFloats(r.get(3, Float[].class)))));
        return rows;
    }

    /** What the worker should store for {@code documents}: one chunk per paragraph, formatted by the template. */
    static List<ExpectedChunk> expected(Collection<Documents.Document> documents) {
        List<ExpectedChunk> chunks = new ArrayList<>();
        for (Documents.Document d : documents) {
            for (int seq = 0; seq < d.paragraphs().size(); seq++) {
                chunks.add(new ExpectedChunk(d.id(), seq, d.title() + " - " + d.paragraphs().get(seq)));
            }
        }
        return chunks;
    }

    /** Each stored embedding is all-MiniLM-L6-v2's of its chunk, computed in this JVM (max abs difference 1e-5). */
    static void assertEmbeddingsAreTheModels(List<StoredChunk> stored) {
        List<float[]> computed = LocalEmbeddingModel.instance().embedAll(stored.stream().map(StoredChunk::chunk).toList());
        for (int i = 0; i < stored.size(); i++) {
            float[] actual = stored.get(i).embedding();
            float[] expected = computed.get(i);
            assertThat(actual).as("embedding length of %s", stored.get(i).key()).hasSize(384);
            double maxDiff = 0;
            for (int d = 0; d < 384; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(actual[d] - expected[d]));
            }
            assertThat(maxDiff).as("max |stored - model| of %s", stored.get(i).key()).isLessThanOrEqualTo(1e-5);
        }
    }

    private static float[] toFloats(Float[] boxed) {
        float[] values = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return values;
    }

    private static Path repoRoot() {
        String root = System.getProperty("pgai.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property pgai.repo.root is not set (failsafe sets it); run the ITs through Maven");
        }
        return Path.of(root);
    }

    /** A store row. */
    record StoredChunk(int id, int chunkSeq, String chunk, float[] embedding) {
        ExpectedChunk key() {
            return new ExpectedChunk(id, chunkSeq, chunk);
        }
    }

    /** An expected store row without its embedding. */
    record ExpectedChunk(int id, int chunkSeq, String chunk) {
    }
}
