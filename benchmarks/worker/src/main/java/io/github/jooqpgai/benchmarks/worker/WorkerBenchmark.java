package io.github.jooqpgai.benchmarks.worker;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.localmodel.LocalEmbeddingModel;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throughput of pgai's real worker with the local all-MiniLM-L6-v2 server (chunks/s, one worker process, two
 * processes at once, one process with {@code --concurrency 2}) next to the model alone (in-process and behind
 * the HTTP server, same texts, same batch size), so the worker's own overhead is visible. Variants run
 * round-robin; each worker run gets a fresh table and vectorizer and its store is checked for the full count.
 *
 * <pre>{@code
 * benchmarks/worker/run.sh --docs 120 --rounds 3
 * }</pre>
 */
public final class WorkerBenchmark {

    private static final String[] WORDS = ("alpha river stone window garden silver engine market forest candle harbor "
            + "violet meadow signal copper lantern orbit pebble thunder velvet summit canyon ember glacier quartz "
            + "saddle tundra willow zephyr beacon cobalt dune fjord grove island jungle kettle lagoon marble nectar "
            + "oasis prairie quiver ridge sierra timber umber valley walnut yarrow").split(" ");

    private final String url;
    private final Path home;
    private final int docs;
    private final int rounds;
    private final int batch;
    private final DSLContext dsl;
    private final String schema = "bench_worker_" + ProcessHandle.current().pid();
    private final List<String[]> documents;
    private final List<String> chunkTexts = new ArrayList<>();
    private final Map<String, List<Double>> ratesByVariant = new LinkedHashMap<>();
    private int tables;

    private WorkerBenchmark(String url, Path home, int docs, int rounds, int batch) {
        this.url = url;
        this.home = home;
        this.docs = docs;
        this.rounds = rounds;
        this.batch = batch;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        this.dsl = DSL.using(ds, SQLDialect.POSTGRES);
        this.documents = generate(docs);
        for (String[] doc : documents) {
            for (String paragraph : doc[1].split("\n\n")) {
                chunkTexts.add(doc[0] + " - " + paragraph);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--docs", "120", "--rounds", "3", "--batch", "120"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--url") || !options.containsKey("--home")) {
            System.err.println("usage: WorkerBenchmark --url <jdbc url> --home <state folder> [--docs 120] [--rounds 3] [--batch 120]");
            System.exit(2);
        }
        new WorkerBenchmark(options.get("--url"), Path.of(options.get("--home")), Integer.parseInt(options.get("--docs")),
                Integer.parseInt(options.get("--rounds")), Integer.parseInt(options.get("--batch"))).run();
    }

    private void run() throws Exception {
        System.out.printf("worker benchmark %s: %d documents, %d chunks (3 per document), rounds %d, model batch %d%n",
                Instant.now(), docs, chunkTexts.size(), rounds, batch);
        System.out.printf("java %s, %d CPUs, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        dsl.execute("create schema " + schema);
        try (LocalEmbeddingServer server = LocalEmbeddingServer.start()) {
            long t = System.nanoTime();
            PgaiWorker probe = PgaiWorker.builder(url).home(home).build();
            System.out.printf("worker ready (installed or found) in %.1f s: %s%n", (System.nanoTime() - t) / 1e9, probe.executable());
            LocalEmbeddingModel.instance().embedAll(chunkTexts.subList(0, Math.min(batch, chunkTexts.size())));
            for (int round = 1; round <= rounds; round++) {
                measure(round, "model in-process", () -> modelInProcess());
                measure(round, "model via HTTP server", () -> modelViaHttp(server));
                measure(round, "worker x1", () -> worker(server, 1, null));
                measure(round, "worker x2 (two processes)", () -> worker(server, 2, null));
                measure(round, "worker x1 --concurrency 2", () -> worker(server, 1, 2));
                measure(round, "worker x1, empty queue (start-up cost)", () -> emptyQueue(server));
            }
            System.out.printf("server: %d requests, %d texts embedded (%.1f texts per request)%n",
                    server.requestCount(), server.embeddedInputCount(), (double) server.embeddedInputCount() / Math.max(1, server.requestCount()));
        } finally {
            dsl.fetch("select ai.drop_vectorizer(v.id, drop_all => true) from ai.vectorizer v where v.source_schema = ?", schema);
            dsl.execute("drop schema " + schema + " cascade");
        }
        summary();
    }

    private void measure(int round, String variant, Supplier<Double> seconds) {
        double elapsed = seconds.get();
        double rate = variant.contains("empty queue") ? elapsed : chunkTexts.size() / elapsed;
        ratesByVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(rate);
        if (variant.contains("empty queue")) {
            System.out.printf("round %d  %-42s %8.2f s%n", round, variant, elapsed);
        } else {
            System.out.printf("round %d  %-42s %8.2f s  %8.1f chunks/s%n", round, variant, elapsed, rate);
        }
    }

    private double modelInProcess() {
        long t = System.nanoTime();
        for (int i = 0; i < chunkTexts.size(); i += batch) {
            LocalEmbeddingModel.instance().embedAll(chunkTexts.subList(i, Math.min(chunkTexts.size(), i + batch)));
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private double modelViaHttp(LocalEmbeddingServer server) {
        HttpClient http = HttpClient.newHttpClient();
        long t = System.nanoTime();
        for (int i = 0; i < chunkTexts.size(); i += batch) {
            StringBuilder body = new StringBuilder("{\"model\":\"" + server.modelName() + "\",\"dimensions\":384,\"encoding_format\":\"float\",\"input\":[");
            List<String> slice = chunkTexts.subList(i, Math.min(chunkTexts.size(), i + batch));
            for (int j = 0; j < slice.size(); j++) {
                body.append(j == 0 ? "" : ",").append('"').append(slice.get(j).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            body.append("]}");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/embeddings"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private double worker(LocalEmbeddingServer server, int processes, Integer concurrency) {
        String table = "docs_" + (++tables);
        dsl.execute("create table " + schema + "." + table + " (id int primary key, title text not null, content text not null)");
        for (int i = 0; i < documents.size(); i++) {
            dsl.execute("insert into " + schema + "." + table + " values (?, ?, ?)", i + 1, documents.get(i)[0], documents.get(i)[1]);
        }
        int id = createVectorizer(server, table);
        PgaiWorker.Builder builder = PgaiWorker.builder(url).home(home).vectorizerId(id);
        if (concurrency != null) {
            builder.concurrency(concurrency);
        }
        PgaiWorker worker = builder.build();
        long t = System.nanoTime();
        List<CompletableFuture<PgaiWorker.Result>> runs = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            runs.add(CompletableFuture.supplyAsync(worker::runOnce));
        }
        for (CompletableFuture<PgaiWorker.Result> run : runs) {
            PgaiWorker.Result result = run.join();
            if (!result.succeeded()) {
                throw new IllegalStateException("worker failed (exit " + result.exitCode() + "):\n" + result.output());
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long stored = dsl.fetchOne("select count(*) from " + schema + "." + table + "_embeddings_store").get(0, Long.class);
        if (stored != chunkTexts.size()) {
            throw new IllegalStateException("store has " + stored + " rows, expected " + chunkTexts.size());
        }
        dsl.fetch("select ai.drop_vectorizer(?, drop_all => true)", id);
        dsl.execute("drop table " + schema + "." + table);
        return seconds;
    }

    private double emptyQueue(LocalEmbeddingServer server) {
        String table = "empty_" + (++tables);
        dsl.execute("create table " + schema + "." + table + " (id int primary key, title text not null, content text not null)");
        int id = createVectorizer(server, table);
        PgaiWorker.Result result = PgaiWorker.builder(url).home(home).vectorizerId(id).build().runOnce();
        if (!result.succeeded()) {
            throw new IllegalStateException("worker failed:\n" + result.output());
        }
        dsl.fetch("select ai.drop_vectorizer(?, drop_all => true)", id);
        dsl.execute("drop table " + schema + "." + table);
        return result.elapsed().toNanos() / 1e9;
    }

    private int createVectorizer(LocalEmbeddingServer server, String table) {
        return PgaiDSL.using(dsl.configuration()).createVectorizer(DSL.name(schema, table))
                .loading(Loading.column("content"))
                .embedding(Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(server.baseUrl()))
                .chunking(Chunking.recursiveCharacterTextSplitter(200, 20).withSeparators(List.of("\n\n", "\n", " ")))
                .formatting(Formatting.pythonTemplate("$title - $chunk"))
                .destination(Destination.table(table + "_embeddings"))
                .name(schema + "_" + table)
                .execute();
    }

    private void summary() {
        double modelRate = median(ratesByVariant.get("model in-process"));
        System.out.println();
        System.out.println("| variant | median | all rounds | vs model in-process |");
        System.out.println("|---|---:|---|---:|");
        ratesByVariant.forEach((variant, rates) -> {
            boolean seconds = variant.contains("empty queue");
            String all = String.join(" / ", rates.stream().map(r -> String.format("%.1f", r)).toList());
            System.out.printf("| %s | %.1f %s | %s | %s |%n", variant, median(rates), seconds ? "s" : "chunks/s", all,
                    seconds ? "" : String.format("%.2fx", median(rates) / modelRate));
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Three paragraphs of 110-180 characters per document, from a seeded word list: distinct texts, one chunk each. */
    private static List<String[]> generate(int count) {
        Random random = new Random(42);
        List<String[]> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                StringBuilder text = new StringBuilder("Document " + d + " part " + p + ":");
                int target = 110 + random.nextInt(70);
                while (text.length() < target) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                paragraphs.add(text.append('.').toString());
            }
            out.add(new String[] {"Title " + d, String.join("\n\n", paragraphs)});
        }
        return out;
    }
}
