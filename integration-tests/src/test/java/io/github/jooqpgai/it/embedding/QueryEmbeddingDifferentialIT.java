package io.github.jooqpgai.it.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.embedded.PgaiWorker;
import io.github.jooqpgai.embedding.ApiKeys;
import io.github.jooqpgai.embedding.EmbedderSettings;
import io.github.jooqpgai.embedding.Embedders;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.localmodel.LocalEmbeddingServer;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * pgai's real worker is the oracle for the OpenAI path: it embeds documents through a capturing proxy in front
 * of {@link LocalEmbeddingServer}, and our query client, built from the same stored config
 * ({@code PgaiDSLContext.vectorizer(name)}), must send the same request: path, model, {@code user},
 * {@code dimensions}, {@code encoding_format} (in the worker's order), {@code input} as a list of strings, a bearer key, JSON content type.
 * (Ollama and Voyage AI: the worker's SDKs are not installed in the worker environment, so their bodies are
 * pinned by unit tests written from the worker's code instead.)
 */
@PgaiTest
class QueryEmbeddingDifferentialIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ourOpenAiRequestCarriesWhatTheWorkersCarries(PgaiTestSchema db) throws IOException {
        try (LocalEmbeddingServer server = LocalEmbeddingServer.start(); CapturingProxy proxy = new CapturingProxy(server.baseUrl())) {
            db.dsl().execute("create table note (id int primary key, body text not null)");
            db.dsl().execute("insert into note values (1, 'Tides follow the Moon.'), (2, 'Glaciers carve valleys.')");
            String name = db.schema() + "_note_differential";
            PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
            int id = pgai.createVectorizer(DSL.name(db.schema(), "note"))
                    .loading(Loading.column("body"))
                    .embedding(Embedding.openai(server.modelName(), server.dimensions()).withBaseUrl(proxy.baseUrl())
                            .withChatUser("jooq-pgai-it").withApiKeyName("DIFFERENTIAL_KEY"))
                    .name(name)
                    .execute();

            PgaiWorker.Result run = PgaiWorker.builder(db.serverJdbcUrl()).defaultHome(repoRoot().resolve(".pgai")).vectorizerId(id)
                    .apiKey("DIFFERENTIAL_KEY", "sk-worker-side").build().runOnce();
            assertThat(run.succeeded()).as("worker exit code %s, output:%n%s", run.exitCode(), run.output()).isTrue();
            int workerRequests = proxy.requests().size();
            int workerInputs = 0;
            for (CapturingProxy.Captured request : proxy.requests()) {
                workerInputs += JSON.readTree(request.body()).get("input").size();
            }
            assertThat(workerInputs).as("the worker embedded both rows' chunks through the proxy").isEqualTo(2);

            Vector query = Embedders.forQueries(pgai.vectorizer(name).orElseThrow().config().embedding(),
                    EmbedderSettings.defaults().withApiKeys(ApiKeys.of("DIFFERENTIAL_KEY", () -> "sk-java-side"))).embed("Which way do tides go?");
            assertThat(query.dimensions()).isEqualTo(384);

            List<CapturingProxy.Captured> requests = proxy.requests();
            assertThat(requests).hasSize(workerRequests + 1);
            CapturingProxy.Captured worker = requests.get(0);
            CapturingProxy.Captured ours = requests.get(requests.size() - 1);
            JsonNode workerBody = JSON.readTree(worker.body());
            JsonNode ourBody = JSON.readTree(ours.body());

            assertThat(ours.path()).isEqualTo(worker.path()).isEqualTo("/v1/embeddings");
            assertThat(fieldNames(ourBody)).as("our body's fields vs the worker's %s", worker.body())
                    .containsExactlyElementsOf(fieldNames(workerBody));
            for (String field : List.of("model", "dimensions", "user", "encoding_format")) {
                assertThat(ourBody.get(field)).as(field).isEqualTo(workerBody.get(field));
            }
            assertThat(workerBody.get("input").isArray()).isTrue();
            assertThat(workerBody.get("input")).allSatisfy(item -> assertThat(item.isTextual()).isTrue());
            assertThat(ourBody.get("input").isArray()).isTrue();
            assertThat(ourBody.get("input")).hasSize(1).allSatisfy(item -> assertThat(item.isTextual()).isTrue());
            assertThat(worker.headers().get("authorization")).containsExactly("Bearer sk-worker-side");
            assertThat(ours.headers().get("authorization")).containsExactly("Bearer sk-java-side");
            assertThat(ours.headers().get("content-type")).isEqualTo(worker.headers().get("content-type"));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Path repoRoot() {
        String root = System.getProperty("pgai.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property pgai.repo.root is not set (failsafe sets it); run the ITs through Maven");
        }
        return Path.of(root);
    }
}
