package io.github.jooqpgai.examples.quickstart;

import static io.github.jooqpgai.examples.quickstart.db.Tables.BLOG;
import static io.github.jooqpgai.examples.quickstart.db.Tables.BLOG_EMBEDDING;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.embedded.EmbeddedPgai;
import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.embedding.ApiKeys;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.EmbedderSettings;
import io.github.jooqpgai.embedding.Embedders;
import io.github.jooqpgai.examples.quickstart.db.tables.records.BlogEmbeddingRecord;
import io.github.jooqpgai.generated.SearchHit;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.vectorizer.config.Embedding;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The quickstart: an embedded PostgreSQL + pgai database, a local all-MiniLM-L6-v2 embedding server, the
 * Flyway migrations that create {@code blog} and its vectorizer, a few posts, one run of pgai's worker, and
 * search by text through the generated classes. Prints each step's time and the best matches with their
 * cosine distance; stops everything it started, also on Ctrl-C.
 *
 * <pre>{@code
 * scripts/quickstart        # from the jooq-pgai checkout: installs jooq-pgai, builds and runs this
 * }</pre>
 */
public final class Quickstart {

    /** The database this program creates afresh from the server's pgai-installed template on every run. */
    static final String DATABASE = "quickstart";
    static final String VECTORIZER = "blog_embedding";
    static final String API_KEY_NAME = "QUICKSTART_EMBEDDING_API_KEY";
    static final int TOP = 3;
    /** Flyway's INFO lines would drown the steps (a strong reference: java.util.logging keeps loggers weakly). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final PrintStream out;
    private final Steps steps;
    private final StartedResources started;

    private Quickstart(PrintStream out, StartedResources started) {
        this.out = out;
        this.steps = new Steps(out);
        this.started = started;
    }

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        StartedResources started = new StartedResources(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "quickstart-stop"));
        int status = 0;
        try {
            new Quickstart(System.out, started).run();
        } catch (Exception e) {
            if (started.isClosed()) {
                System.err.println("quickstart: interrupted; stopping what it started");
            } else {
                System.err.println("quickstart failed: " + e);
                e.printStackTrace();
            }
            status = 1;
        } finally {
            started.close();
        }
        System.exit(status);
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        EmbeddedPgai server = startDatabaseServer();
        String jdbcUrl = steps.run("create database " + DATABASE, () -> createDatabase(server), url -> url);
        LocalEmbeddingServer embeddings = steps.run("start the embedding server", () -> {
            LocalEmbeddingServer s = LocalEmbeddingServer.start();
            started.add("embedding server " + s.baseUrl(), s);
            return s;
        }, s -> s.modelName() + " (" + s.dimensions() + " dimensions) on " + s.baseUrl());
        steps.run("apply migrations", () -> Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of("embedding_base_url", embeddings.baseUrl()))
                .load()
                .migrate().migrationsExecuted, n -> n + " migrations (table blog, vectorizer " + VECTORIZER + ", HNSW index)");

        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            PgaiDSLContext pgai = PgaiDSL.using(connection);
            steps.run("insert posts", () -> insertPosts(pgai), n -> n + " posts; pgai's trigger queued them for embedding");
            PgaiWorker.Result worker = steps.run("run pgai's vectorizer worker once", () -> runWorker(server, jdbcUrl),
                    r -> "exit " + r.exitCode() + "; " + pgai.fetchCount(BLOG_EMBEDDING) + " chunks embedded, "
                            + pgai.vectorizerQueuePending(VECTORIZER, true) + " rows still queued");
            if (!worker.succeeded()) {
                throw new IllegalStateException("pgai's worker failed (exit " + worker.exitCode() + "); errors: "
                        + pgai.vectorizerErrors(VECTORIZER) + "\n" + worker.output());
            }
            Embedder embedder = steps.run("query embedder from the stored vectorizer config", () -> queryEmbedder(pgai),
                    e -> "OpenAI-compatible client of " + embeddings.baseUrl());
            for (SamplePosts.Question question : SamplePosts.QUESTIONS) {
                search(pgai, embedder, question.text());
            }
        }
        out.printf("[%7.2f s] done; stopping what the quickstart started%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Starts the embedded server (or reuses a running one); registered so that it is stopped even mid-start. */
    private EmbeddedPgai startDatabaseServer() throws Exception {
        EmbeddedPgai.Builder builder = EmbeddedPgai.builder().progress(this::progress);
        boolean wasRunning = builder.running().isPresent();
        AtomicReference<EmbeddedPgai> handle = new AtomicReference<>();
        started.add("database server", () -> {
            EmbeddedPgai h = handle.get();
            if (h != null) {
                h.close();
            } else if (!wasRunning) {
                builder.stopRunning();
            }
        });
        return steps.run("start the embedded PostgreSQL + pgai database", () -> {
            handle.set(builder.start());
            return handle.get();
        }, s -> (s.startedHere() ? "started" : "reused the running") + " server pid " + s.pid() + " on port " + s.port()
                + " (state folder " + s.home() + ")");
    }

    /** A fresh database from the server's pgai-installed {@code pgai_test}; dropped again when the quickstart stops. */
    private String createDatabase(EmbeddedPgai server) throws SQLException {
        String maintenance = server.jdbcUrl().replaceFirst("/pgai_test\\?", "/postgres?");
        try (Connection c = DriverManager.getConnection(maintenance); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE + " template pgai_test");
        }
        started.add("database " + DATABASE + " (dropped)", () -> {
            try (Connection c = DriverManager.getConnection(maintenance); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + DATABASE + " with (force)");
            }
        });
        return server.jdbcUrl().replaceFirst("/pgai_test\\?", "/" + DATABASE + "?");
    }

    private static int insertPosts(PgaiDSLContext pgai) {
        var insert = pgai.insertInto(BLOG, BLOG.TITLE, BLOG.AUTHORS, BLOG.CONTENTS);
        for (SamplePosts.Post post : SamplePosts.POSTS) {
            insert = insert.values(post.title(), post.authors(), post.contents());
        }
        return insert.execute();
    }

    /**
     * {@code pgai vectorizer worker --once} (installed into the state folder on first use, about a minute). It runs
     * on a thread of its own, so that a Ctrl-C can interrupt it, which stops the worker process by its pid.
     */
    private PgaiWorker.Result runWorker(EmbeddedPgai server, String jdbcUrl) throws Exception {
        PgaiWorker worker = PgaiWorker.builder(jdbcUrl)
                .home(server.home())
                .apiKey(API_KEY_NAME, "local")
                .progress(this::progress)
                .build();
        FutureTask<PgaiWorker.Result> once = new FutureTask<>(worker::runOnce);
        Thread thread = new Thread(once, "pgai-worker");
        started.add("pgai worker", () -> {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(20).toMillis());
            }
        });
        thread.start();
        try {
            return once.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The OpenAI-compatible client the stored config describes (model, dimensions, base_url), as the worker uses it. */
    private static Embedder queryEmbedder(PgaiDSLContext pgai) {
        Embedding stored = pgai.vectorizer(VECTORIZER).orElseThrow().config().embedding();
        return Embedders.forQueries(stored, EmbedderSettings.defaults().withApiKeys(ApiKeys.of(API_KEY_NAME, () -> "local")));
    }

    /** The generated search API: embeds the question once, then the kNN query the HNSW index serves. */
    private void search(PgaiDSLContext pgai, Embedder embedder, String question) {
        long t0 = System.nanoTime();
        List<SearchHit<BlogEmbeddingRecord>> hits = BLOG_EMBEDDING.search(pgai, embedder, question, TOP);
        out.printf("%n? %s   [%.0f ms]%n", question, (System.nanoTime() - t0) / 1e6);
        int rank = 1;
        for (SearchHit<BlogEmbeddingRecord> hit : hits) {
            out.printf("  %d. %.4f  %s | %s%n", rank++, hit.distance(), hit.record().getTitle(), snippet(hit.record().getChunk()));
        }
        out.flush();
    }

    private void progress(String message) {
        out.println("            " + message);
        out.flush();
    }

    private static String snippet(String chunk) {
        String oneLine = chunk.replaceAll("\\s+", " ");
        return oneLine.length() <= 70 ? oneLine : oneLine.substring(0, 67) + "...";
    }
}
