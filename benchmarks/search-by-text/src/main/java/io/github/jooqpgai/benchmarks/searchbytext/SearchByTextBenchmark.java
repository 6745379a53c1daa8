package io.github.jooqpgai.benchmarks.searchbytext;

import static io.github.jooqpgai.benchmarks.searchbytext.db.Tables.DOC_EMBEDDING;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.embedding.ApiKeys;
import io.github.jooqpgai.embedding.Embedder;
import io.github.jooqpgai.embedding.EmbedderSettings;
import io.github.jooqpgai.embedding.Embedders;
import io.github.jooqpgai.langchain4j.LangChain4jEmbedder;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Search-by-text latency, side by side in one run: jooq-pgai's generated search API on a pgai vectorizer's
 * embedding view vs langchain4j's {@code PgVectorEmbeddingStore.search}, on the same texts and vectors, the same
 * in-process all-MiniLM-L6-v2 model, the same HNSW index definition, the same k, each through a HikariCP pool of
 * one connection configured alike. Per query the two variants alternate which goes first. Then the query-by-text
 * latency through the real HTTP embedder ({@code Embedders.forQueries} of the stored config, against
 * {@code LocalEmbeddingServer} serving the same model).
 *
 * <pre>{@code
 * benchmarks/search-by-text/run.sh --rows 5000 --queries 200 --warmup 50 --k 5
 * }</pre>
 */
public final class SearchByTextBenchmark {

    private SearchByTextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        System.out.printf("search-by-text: rows=%d queries=%d warmup=%d k=%d java=%s%n", options.rows(), options.queries(),
                options.warmup(), options.k(), System.getProperty("java.version"));
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Embedder embedder = LangChain4jEmbedder.of(model);

        long t0 = System.nanoTime();
        List<String> texts = Corpus.documents(options.rows(), 42);
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 256) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 256)).stream().map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
        }
        System.out.printf("embedded %d documents in process in %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);

        try (LocalEmbeddingServer server = LocalEmbeddingServer.start();
             HikariDataSource oursPool = pool(options.url(), "jooq-pgai");
             HikariDataSource lc4jPool = pool(options.url(), "langchain4j")) {
            t0 = System.nanoTime();
            try (Connection c = oursPool.getConnection()) {
                BenchmarkData.create(c, texts, vectors, server.baseUrl());
            }
            PgVectorEmbeddingStore store = BenchmarkData.langchain4jStore(lc4jPool, texts, vectors);
            System.out.printf("loaded both tables and built both HNSW indexes in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            DSLContext dsl = DSL.using(oursPool, SQLDialect.POSTGRES);

            List<String> queries = Corpus.queries(options.warmup() + options.queries(), 7);
            Function<String, List<String>> ours = text -> oursByText(dsl, embedder, text, options.k());
            Function<String, List<String>> theirs = text -> langchain4jByText(store, model, text, options.k());
            SideBySide byText = SideBySide.run("by text (embed + kNN)", "jooq-pgai generated search", ours,
                    "langchain4j PgVectorEmbeddingStore.search", theirs, queries, options.warmup());

            List<Vector> queryVectors = queries.stream().map(embedder::embed).toList();
            List<String> indexes = new ArrayList<>();
            for (int i = 0; i < queryVectors.size(); i++) {
                indexes.add(Integer.toString(i));
            }
            Function<String, List<String>> oursVector = i -> oursByVector(dsl, queryVectors.get(Integer.parseInt(i)), options.k());
            Function<String, List<String>> theirsVector = i -> langchain4jByVector(store,
                    Embedding.from(queryVectors.get(Integer.parseInt(i)).toArray()), options.k());
            SideBySide byVector = SideBySide.run("by vector (kNN only)", "jooq-pgai nearest(...)", oursVector,
                    "langchain4j PgVectorEmbeddingStore.search", theirsVector, indexes, options.warmup());

            Embedder http = Embedders.forQueries(PgaiDSL.using(oursPool).vectorizer(BenchmarkData.VECTORIZER).orElseThrow()
                    .config().embedding(), EmbedderSettings.defaults().withApiKeys(ApiKeys.of(BenchmarkData.API_KEY_NAME, () -> "local")));
            Latencies httpEmbed = new Latencies("Embedders.forQueries(stored config).embed", options.queries());
            Latencies httpSearch = new Latencies("generated search with that embedder", options.queries());
            for (int i = 0; i < queries.size(); i++) {
                long a = System.nanoTime();
                http.embed(queries.get(i));
                long b = System.nanoTime();
                oursByText(dsl, http, queries.get(i), options.k());
                long c = System.nanoTime();
                if (i >= options.warmup()) {
                    httpEmbed.add(b - a);
                    httpSearch.add(c - b);
                }
            }

            byText.print(System.out);
            byVector.print(System.out);
            System.out.println();
            System.out.println("== query by text through the real HTTP embedder (LocalEmbeddingServer " + server.baseUrl() + ")");
            System.out.println(httpEmbed.line());
            System.out.println(httpSearch.line());
            if (!options.keep()) {
                try (Connection c = oursPool.getConnection()) {
                    BenchmarkData.drop(c);
                }
            }
        }
    }

    /** The generated search API: embeds the text, then the k nearest rows of the embedding view with their distance. */
    static List<String> oursByText(DSLContext dsl, Embedder embedder, String text, int k) {
        return DOC_EMBEDDING.search(dsl, embedder, text, k).stream().map(hit -> hit.record().getChunk()).toList();
    }

    static List<String> oursByVector(DSLContext dsl, Vector query, int k) {
        // the view's columns (embedding included) and the distance: what search(...) and langchain4j's search read
        return DOC_EMBEDDING.nearest(dsl.select(DOC_EMBEDDING.fields()).select(DOC_EMBEDDING.distanceTo(query))
                .from(DOC_EMBEDDING), query, k).fetch(DOC_EMBEDDING.CHUNK);
    }

    static List<String> langchain4jByText(PgVectorEmbeddingStore store, EmbeddingModel model, String text, int k) {
        return langchain4jByVector(store, model.embed(text).content(), k);
    }

    static List<String> langchain4jByVector(PgVectorEmbeddingStore store, Embedding query, int k) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(k).build())
                .matches().stream().map(EmbeddingMatch::embedded).map(TextSegment::text).toList();
    }

    private static HikariDataSource pool(String url, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName(name);
        config.setMaximumPoolSize(1);
        config.setConnectionInitSql("set search_path = " + BenchmarkData.SCHEMA + ", public");
        return new HikariDataSource(config);
    }
}
