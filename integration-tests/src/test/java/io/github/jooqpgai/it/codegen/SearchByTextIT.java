package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.embedding.ApiKeys;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.EmbedderSettings;
import io.github.jooqpgai.embedding.Embedders;
import io.github.jooqpgai.embedding.EmbeddingException;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.generated.SearchHit;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.support.ResultFormats;
import io.github.jooqpgai.localmodel.LocalEmbeddingModel;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by text end to end through the generated API: 32 posts embedded by pgai's real worker with
 * all-MiniLM-L6-v2 ({@link LocalEmbeddingServer}), classes generated from the database, and a small user program
 * compiled against them that calls {@code POST_EMBEDDING.search(dsl, embedder, text, k)} and
 * {@code POST_EMBEDDING.nearestTo(select, embedder, text, k)}. The query embedder is built from the generated
 * {@code Vectorizers} constant's stored config, so it calls the same server and model as the worker did.
 */
@PgaiTest
class SearchByTextIT {

    private static final String PKG = "it.codegen.search";
    private static final String APP = "it.codegen.searchapp.SearchApp";
    private static final double TOLERANCE = 1e-5;

    @TempDir
    static Path work;

    private static LocalEmbeddingServer server;
    private static Class<?> app;
    private static GeneratedVectorizer vectorizer;
    private static Embedder embedder;

    @BeforeAll
    static void embedGenerateAndCompile(PgaiTestSchema db) throws IOException {
        server = LocalEmbeddingServer.start();
        DSLContext dsl = db.dsl();
        dsl.execute("create table post (id int primary key, title text not null, body text not null, published boolean not null)");
        for (SearchCorpus.Post p : SearchCorpus.POSTS) {
            dsl.execute("insert into post values (?, ?, ?, ?)", p.id(), p.title(), p.body(), p.published());
        }
        String name = db.schema() + "_post_search";
        int id = PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "post"))
                .loading(Loading.column("body"))
                .embedding(Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(server.baseUrl()))
                .chunking(Chunking.recursiveCharacterTextSplitter(500, 0))
                .formatting(Formatting.pythonTemplate("$title: $chunk"))
                .destination(Destination.table("post_embedding"))
                .name(name)
                .execute();
        dsl.execute("create index post_embedding_hnsw on post_embedding_store using hnsw (embedding vector_cosine_ops)");

        PgaiWorker.Result run = PgaiWorker.builder(db.serverJdbcUrl()).defaultHome(repoRoot().resolve(".pgai")).vectorizerId(id).build()
                .runOnce();
        assertThat(run.succeeded()).as("worker exit code %s, output:%n%s", run.exitCode(), run.output()).isTrue();
        assertThat(PgaiDSL.using(db.dataSource()).vectorizerQueuePending(name)).isZero();
        assertThat(dsl.fetch("select id, chunk_seq, chunk from post_embedding_store order by id")
                .map(r -> r.get(0, Integer.class) + "/" + r.get(1, Integer.class) + "/" + r.get(2, String.class)))
                .as("one chunk per post, formatted by the template")
                .containsExactlyElementsOf(SearchCorpus.POSTS.stream().map(p -> p.id() + "/0/" + p.formatted()).toList());

        Path sources = CodegenRun.pgai(db.jdbcUrl(), db.schema(), PKG).generate(work.resolve("src"));
        Path appSource = sources.resolve(APP.replace('.', '/') + ".java");
        Files.createDirectories(appSource.getParent());
        Files.writeString(appSource, APP_SOURCE);
        ClassLoader loader = InProcessCompiler.compileAndLoad(sources, work.resolve("classes"));
        try {
            app = Class.forName(APP, true, loader);
            vectorizer = (GeneratedVectorizer) Class.forName(PKG + ".Vectorizers", true, loader)
                    .getField(name.toUpperCase(Locale.ROOT)).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        embedder = Embedders.forQueries(vectorizer.embedding(),
                EmbedderSettings.defaults().withApiKeys(ApiKeys.of("OPENAI_API_KEY", () -> "the-local-model-takes-any-key")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A user's program, compiled against the generated classes as they are. */
    private static final String APP_SOURCE = """
            package it.codegen.searchapp;

            import static it.codegen.search.tables.PostEmbedding.POST_EMBEDDING;

            import io.github.jooqpgai.embedding.Embedder;
            import io.github.jooqpgai.generated.SearchHit;
            import it.codegen.search.tables.records.PostEmbeddingRecord;
            import java.util.List;
            import org.jooq.DSLContext;
            import org.jooq.Select;

            public final class SearchApp {
                public static List<SearchHit<PostEmbeddingRecord>> search(DSLContext dsl, Embedder embedder, String text, int k) {
                    return POST_EMBEDDING.search(dsl, embedder, text, k);
                }

                public static List<SearchHit<PostEmbeddingRecord>> searchWithDefaultEmbedder(DSLContext dsl, String text, int k) {
                    return POST_EMBEDDING.search(dsl, text, k);
                }

                public static Select<PostEmbeddingRecord> nearestRows(DSLContext dsl, Embedder embedder, String text, int k) {
                    return POST_EMBEDDING.nearestTo(dsl.selectFrom(POST_EMBEDDING), embedder, text, k);
                }

                public static Select<?> publishedNearest(DSLContext dsl, Embedder embedder, String text, int k) {
                    return POST_EMBEDDING.nearestTo(dsl.select(POST_EMBEDDING.ID, POST_EMBEDDING.post().PUBLISHED).from(POST_EMBEDDING)
                            .where(POST_EMBEDDING.post().PUBLISHED.isTrue()), embedder, text, k);
                }

                public static Select<?> nearestWithIdsBetween(DSLContext dsl, Embedder embedder, String text, int from, int to, int k) {
                    return POST_EMBEDDING.nearestTo(dsl.select(POST_EMBEDDING.ID).from(POST_EMBEDDING)
                            .where(POST_EMBEDDING.post().ID.between(from, to)), embedder, text, k);
                }
            }
            """;

    @Test
    void theQueryEmbedderComesFromTheStoredConfigAndEmbedsAsTheModel() {
        assertThat(vectorizer.embedding()).isEqualTo(new EmbeddingOpenai(server.modelName(), 384, null, "OPENAI_API_KEY", server.baseUrl()));
        long before = server.requestCount();
        Vector q = embedder.embed("Why do seas rise twice daily?");
        assertThat(server.requestCount()).as("the stored base_url was called").isEqualTo(before + 1);
        assertThat(q.toArray()).containsExactly(LocalEmbeddingModel.instance().embed("Why do seas rise twice daily?"),
                org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void everyQueryFindsItsPostFirstThroughTheGeneratedSearch(PgaiTestSchema db) {
        assertThat(SearchCorpus.QUERIES).hasSizeGreaterThanOrEqualTo(10);
        assertThat(SearchCorpus.QUERIES.stream().filter(SearchCorpus.Query::sharesNoWord).count()).isGreaterThanOrEqualTo(5);
        List<String> misses = new ArrayList<>();
        for (SearchCorpus.Query query : SearchCorpus.QUERIES) {
            if (query.sharesNoWord()) {
                Set<String> shared = SearchCorpus.words(query.text());
                shared.retainAll(SearchCorpus.words(SearchCorpus.post(query.expectedId()).formatted()));
                assertThat(shared).as("words shared by '%s' and its post", query.text()).isEmpty();
            }
            List<SearchHit<?>> hits = search(db.dsl(), query.text(), 3);
            assertThat(hits).hasSize(3);
            int top = hits.get(0).record().get("id", Integer.class);
            if (top != query.expectedId()) {
                misses.add("'" + query.text() + "' -> " + ids(hits) + ", expected " + query.expectedId());
            }
        }
        assertThat(misses).as("queries whose post was not the top hit").isEmpty();
    }

    @Test
    void hitsAreTypedRecordsNearestFirstWithThePgvectorCosineDistance(PgaiTestSchema db) {
        String text = "How do leaves make sugar?";
        Vector q = embedder.embed(text);
        List<SearchHit<?>> hits = search(db.dsl(), text, 5);

        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).record().getClass().getName()).isEqualTo(PKG + ".tables.records.PostEmbeddingRecord");
        assertThat(hits.get(0).record().get("chunk", String.class)).isEqualTo(SearchCorpus.post(3).formatted());
        assertThat(hits.get(0).record().get("title", String.class)).isEqualTo("Photosynthesis");
        for (SearchHit<?> hit : hits) {
            Vector stored = hit.record().get("embedding", Vector.class);
            assertThat(hit.distance()).as("distance of post %s", hit.record().get("id"))
                    .isCloseTo(cosineDistance(q, stored), org.assertj.core.data.Offset.offset(TOLERANCE));
        }
        assertThat(hits).extracting(SearchHit::distance).isSorted();
    }

    /**
     * {@code search(dsl, ...)} on a plain {@code DSL.using(connection, POSTGRES)} context receives the embedding column
     * in binary (pgjdbc's per-column format during the fetch); {@code nearestTo(select, ...)} follows its context, text
     * here, and finds the same rows with the same values.
     */
    @Test
    void searchOnAPlainJooqContextReceivesTheEmbeddingInBinaryWithTheTextPathsRows(PgaiTestSchema db) throws SQLException {
        String text = "How do leaves make sugar?";
        ResultFormats formats = new ResultFormats();
        List<SearchHit<?>> hits;
        Result<? extends Record> textRows;
        try (Connection c = db.connection()) {
            DSLContext plain = DSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(formats));
            hits = search(plain, text, 5);
            textRows = plain.fetch(this.<Select<? extends Record>>call("nearestRows", plain, embedder, text, 5));
        }
        int embeddingColumn = textRows.indexOf("embedding");

        assertThat(embeddingColumn).as("index of the embedding column").isNotNegative();
        assertThat(formats.formats).as("fetched results: the search, then nearestTo on the plain context").hasSize(2);
        assertThat(formats.formats.get(0).get(embeddingColumn)).as("search: format of the embedding column (1 = binary)").isEqualTo(1);
        assertThat(formats.formats.get(1)).as("nearestTo on the plain context: format of every column (0 = text)").containsOnly(0);
        assertThat(hits).hasSize(5);
        assertThat(textRows).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(hits.get(i).record().intoList()).as("hit %d decoded from binary vs the text path's row", i)
                    .isEqualTo(textRows.get(i).intoList());
        }
        assertThat(hits.get(0).record().get("title", String.class)).isEqualTo("Photosynthesis");
    }

    @Test
    void filtersOnSourceColumnsThroughThePathCompose(PgaiTestSchema db) {
        String text = "Why do seas rise twice daily?";
        List<SearchHit<?>> all = search(db.dsl(), text, 32);
        assertThat(all.get(0).record().get("id", Integer.class)).isEqualTo(11);

        List<Integer> published = db.dsl().fetch(this.<Select<?>>call("publishedNearest", db.dsl(), embedder, text, 4)).getValues(0, Integer.class);
        List<Integer> expected = ids(all).stream().filter(id -> id % 2 == 0).limit(4).toList();
        assertThat(published).as("the nearest published posts, in the unfiltered order").containsExactlyElementsOf(expected);

        List<Integer> between = db.dsl().fetch(this.<Select<?>>call("nearestWithIdsBetween", db.dsl(), embedder, "a warm drink", 20, 25, 2))
                .getValues(0, Integer.class);
        assertThat(between).hasSize(2).allSatisfy(id -> assertThat(id).isBetween(20, 25));
        assertThat(between.get(0)).as("tea is the warm drink among posts 20-25").isEqualTo(24);
    }

    @Test
    void theSearchIsServedByTheHnswIndex(PgaiTestSchema db) {
        db.dsl().transaction(tx -> {
            tx.dsl().execute("set local enable_seqscan = off");
            Select<?> select = call("publishedNearest", tx.dsl(), embedder, "coffee", 3);
            String plan = tx.dsl().explain(select).plan();
            assertThat(plan).contains("Index Scan using post_embedding_hnsw");
        });
    }

    @Test
    void theDefaultEmbedderReadsTheKeyFromTheEnvironmentLikeTheWorker(PgaiTestSchema db) {
        String text = "Which celestial objects trap photons forever?";
        if (System.getenv("OPENAI_API_KEY") == null) {
            long before = server.requestCount();
            assertThatThrownBy(() -> call("searchWithDefaultEmbedder", db.dsl(), text, 3))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessageContaining("no API key for OpenAI at " + server.baseUrl() + "/embeddings")
                    .hasMessageContaining("none named OPENAI_API_KEY");
            assertThat(server.requestCount()).isEqualTo(before);
        } else {
            List<SearchHit<?>> hits = call("searchWithDefaultEmbedder", db.dsl(), text, 3);
            assertThat(ids(hits)).containsExactlyElementsOf(ids(search(db.dsl(), text, 3)));
        }
    }

    @Test
    void badArgumentsFailBeforeTheTextIsEmbedded(PgaiTestSchema db) {
        long before = server.requestCount();
        assertThatThrownBy(() -> search(db.dsl(), "", 3)).isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be empty");
        assertThatThrownBy(() -> search(db.dsl(), "q", 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("k must be at least 1, got 0");
        Embedder wrongModel = text -> Vector.of(new float[768]);
        assertThatThrownBy(() -> call("search", db.dsl(), wrongModel, "q", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("returned a 768-dimensional vector, but embedding is vector(384)");
        assertThat(server.requestCount()).isEqualTo(before);
    }

    private List<SearchHit<?>> search(DSLContext dsl, String text, int k) {
        return call("search", dsl, embedder, text, k);
    }

    private static List<Integer> ids(List<SearchHit<?>> hits) {
        return hits.stream().map(h -> h.record().get("id", Integer.class)).collect(Collectors.toList());
    }

    private static double cosineDistance(Vector a, Vector b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.dimensions(); i++) {
            dot += (double) a.get(i) * b.get(i);
            na += (double) a.get(i) * a.get(i);
            nb += (double) b.get(i) * b.get(i);
        }
        return 1 - dot / Math.sqrt(na * nb);
    }

    @SuppressWarnings("unchecked")
    private <T> T call(String method, Object... args) {
        for (Method m : app.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return (T) m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("SearchApp has no method " + method + "/" + args.length);
    }

    private static Path repoRoot() {
        String root = System.getProperty("pgai.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property pgai.repo.root is not set (failsafe sets it); run the ITs through Maven");
        }
        return Path.of(root);
    }
}
