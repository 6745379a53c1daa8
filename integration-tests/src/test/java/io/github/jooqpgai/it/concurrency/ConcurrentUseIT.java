package io.github.jooqpgai.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.bindings.PgvectorBinaryTransfer;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same bindings, parsers, create-vectorizer steps and {@code DSLContext}s used by many threads at once give
 * exactly what one thread gives: every task parses pgvector literals, renders the shared create-vectorizer
 * step's query, builds, renders and runs a kNN query, and fetches all four vector types through the shared contexts (text and
 * binary transfer). Run on platform threads, and on virtual threads where the JDK has them (21+): on an
 * older JDK that test is reported as aborted with the reason, and {@code -Dpgai.it.requireVirtualThreads=true}
 * (set by {@code scripts/compat-matrix} on its Java 21+ cells) turns that into a failure.
 *
 * <pre>{@code
 * mvn verify -pl integration-tests -am -Dit.test=ConcurrentUseIT -Dpgai.it.requireVirtualThreads=true
 * }</pre>
 */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentUseIT {

    private static final int DIMENSIONS = 64;
    private static final int ROWS = 200;
    private static final int TASKS = 96;
    /** Connections in use at once: the database is shared with other test runs. */
    private static final int CONNECTIONS = 8;

    private final Field<Integer> id = DSL.field(DSL.name("id"), Integer.class);
    private final Field<Vector> embedding = DSL.field(DSL.name("embedding"), VectorTypes.vector(DIMENSIONS));
    private final Field<HalfVector> half = DSL.field(DSL.name("half"), VectorTypes.halfvec(DIMENSIONS));
    private final Field<SparseVector> sparse = DSL.field(DSL.name("sparse"), VectorTypes.sparsevec(1000));
    private final Field<BitVector> bits = DSL.field(DSL.name("bits"), VectorTypes.bit(DIMENSIONS));
    private final List<String> literals = new ArrayList<>();
    private final List<String> halfLiterals = new ArrayList<>();
    private final List<String> sparseLiterals = new ArrayList<>();
    private final List<String> bitLiterals = new ArrayList<>();
    private final Semaphore connections = new Semaphore(CONNECTIONS);
    private DSLContext textDsl;
    private DSLContext binaryDsl;
    private CreateVectorizerFinalStep createStep;
    private Vector query;
    private List<String> expected;

    @BeforeAll
    void prepare(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create table items (id int primary key, embedding vector(" + DIMENSIONS + "), half halfvec("
                + DIMENSIONS + "), sparse sparsevec(1000), bits bit(" + DIMENSIONS + "))");
        db.dsl().execute("create table blog (id int primary key, title text not null, content text not null)");
        SplittableRandom random = new SplittableRandom(13);
        Table<?> items = DSL.table(DSL.name("items"));
        for (int row = 0; row < ROWS; row++) {
            float[] values = new float[DIMENSIONS];
            boolean[] set = new boolean[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                values[i] = (float) ((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-6, 7)));
                set[i] = random.nextBoolean();
            }
            int[] indices = {random.nextInt(1, 300), random.nextInt(300, 600), random.nextInt(600, 1000)};
            float[] sparseValues = {values[0], values[1], values[2]};
            float[] halfValues = new float[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                halfValues[i] = (float) (random.nextDouble() * 2 - 1);
            }
            Vector v = Vector.of(values);
            HalfVector h = HalfVector.of(halfValues);
            SparseVector s = SparseVector.of(1000, indices, sparseValues);
            BitVector b = BitVector.of(set);
            db.dsl().insertInto(items).columns(id, embedding, half, sparse, bits).values(row, v, h, s, b).execute();
            literals.add(v.toString());
            halfLiterals.add(h.toString());
            sparseLiterals.add(s.toString());
            bitLiterals.add(b.toString());
        }
        textDsl = DSL.using(dataSource(db.jdbcUrl()), SQLDialect.POSTGRES);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            binaryDsl = DSL.using(dataSource(PgvectorBinaryTransfer.withBinaryTransfer(db.jdbcUrl(), c)), SQLDialect.POSTGRES);
        }
        createStep = PgaiDSL.createVectorizer(DSL.name(db.schema(), "blog")).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .chunking(Chunking.characterTextSplitter(800, 400).withSeparator("."))
                .indexing(Indexing.hnsw()).name(db.schema() + "_blog");
        query = Vector.parse(literals.get(7));
        expected = new ArrayList<>();
        for (int task = 0; task < TASKS; task++) {
            expected.add(work(task));
        }
        assertThat(expected).as("tasks differ from each other").doesNotHaveDuplicates();
    }

    @Test
    void platformThreadsGetWhatOneThreadGets() throws Exception {
        assertThat(runAll(Executors.newFixedThreadPool(32))).isEqualTo(expected);
    }

    @Test
    void virtualThreadsGetWhatOneThreadGets() throws Exception {
        ExecutorService virtualThreads = VirtualThreads.executorOrAbort();
        assertThat(runAll(virtualThreads)).isEqualTo(expected);
    }

    private List<String> runAll(ExecutorService executor) throws Exception {
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int task = 0; task < TASKS; task++) {
                int t = task;
                Callable<String> call = () -> work(t);
                futures.add(executor.submit(call));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** One task's deterministic result: parsed literals, rendered SQL and fetched rows, as text. */
    private String work(int task) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            int row = (task * 20 + i) % ROWS;
            out.append(Vector.parse(literals.get(row))).append(' ').append(HalfVector.parse(halfLiterals.get(row))).append(' ')
                    .append(SparseVector.parse(sparseLiterals.get(row))).append(' ').append(BitVector.parse(bitLiterals.get(row)))
                    .append('\n');
        }
        out.append(textDsl.renderInlined(createStep.asQuery())).append('\n');
        DSLContext dsl = task % 2 == 0 ? textDsl : binaryDsl;
        // jOOQ's Query objects are mutable and not for sharing between threads (executing one from many
        // threads fails inside jOOQ); the context, fields, types, bindings and the DSL's steps are shared
        ResultQuery<?> nearest = VectorDSL.nearestNeighbours(dsl.select(id).from(DSL.table(DSL.name("items"))),
                embedding, DistanceMetric.COSINE, query, 10);
        out.append(dsl.render(nearest)).append(nearest.getBindValues()).append('\n');
        connections.acquire();
        try {
            out.append(dsl.select(id, embedding, half, sparse, bits).from(DSL.table(DSL.name("items")))
                    .where(id.between(task % ROWS, task % ROWS + 30)).orderBy(id).fetch().formatCSV());
            out.append(nearest.fetch().formatCSV());
        } finally {
            connections.release();
        }
        return task + "\n" + out;
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }
}
