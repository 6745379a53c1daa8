package io.github.jooqpgai.embedding;

import static io.github.jooqpgai.embedding.StandInServer.ollamaAnswer;
import static io.github.jooqpgai.embedding.StandInServer.openAiAnswer;
import static io.github.jooqpgai.embedding.StandInServer.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each provider client sends (path, headers, body, as the pgai worker's provider libraries send it) and
 * how it reads the answer, against an in-JVM stand-in server.
 */
class ProviderRequestsTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    private static EmbedderSettings settings(StandInServer server, String basePath, Map<String, String> env) {
        return EmbedderSettings.defaults().withEnvironment(env).withBaseUrl(server.url(basePath));
    }

    @Test
    void openAiSendsModelDimensionsFloatEncodingAndBearerKeyToEmbeddings() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(4, 0.5f), vector(4, 0.25f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.openai("text-embedding-3-small", 4).withChatUser("blog-app"),
                    settings(server, "/v1", Map.of("OPENAI_API_KEY", KEY)));

            List<Vector> vectors = embedder.embedAll(List.of("first", "second"));

            StandInServer.Captured request = server.onlyRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/embeddings");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.json().toString()).isEqualTo(
                    "{\"input\":[\"first\",\"second\"],\"model\":\"text-embedding-3-small\",\"user\":\"blog-app\",\"dimensions\":4,"
                            + "\"encoding_format\":\"float\"}");
            assertThat(vectors).as("answer sorted by index").extracting(v -> v.get(0)).containsExactly(0.5f, 0.25f);
            assertThat(vectors.get(0)).isEqualTo(Vector.of(vector(4, 0.5f)));
        }
    }

    @Test
    void openAiAda002SendsNoDimensionsAsTheWorker() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(1536, 1f))))) {
            Embedders.forQueries(Embedding.openai("text-embedding-ada-002", 1536), settings(server, "", Map.of("OPENAI_API_KEY", KEY)))
                    .embed("q");
            assertThat(server.onlyRequest().json().toString())
                    .isEqualTo("{\"input\":[\"q\"],\"model\":\"text-embedding-ada-002\",\"encoding_format\":\"float\"}");
        }
        assertThatThrownBy(() -> Embedders.forQueries(Embedding.openai("text-embedding-ada-002", 768), EmbedderSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1536").hasMessageContaining("768");
    }

    @Test
    void openAiTakesTheKeyFromTheConfiguredApiKeyName() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            Embedders.forQueries(Embedding.openai("m", 3).withApiKeyName("MY_KEY"),
                    settings(server, "", Map.of("OPENAI_API_KEY", "wrong", "MY_KEY", KEY))).embed("q");
            assertThat(server.onlyRequest().header("Authorization")).isEqualTo("Bearer " + KEY);
        }
    }

    @Test
    void openAiBaseUrlIsTheConfigsThenOpenaiBaseUrlThenOpenAis() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            Map<String, String> env = Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", "http://127.0.0.1:1/unused");
            Embedders.forQueries(Embedding.openai("m", 3).withBaseUrl(server.url("/from-config/")),
                    EmbedderSettings.defaults().withEnvironment(env)).embed("q");
            Embedders.forQueries(Embedding.openai("m", 3),
                    EmbedderSettings.defaults().withEnvironment(Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", server.url("/from-env"))))
                    .embed("q");
            assertThat(server.requests()).extracting(StandInServer.Captured::path)
                    .containsExactly("/from-config/embeddings", "/from-env/embeddings");
        }
        assertThat(Embedders.forQueries(Embedding.openai("m", 3), EmbedderSettings.defaults().withEnvironment(Map.of())).toString())
                .contains("POST https://api.openai.com/v1/embeddings");
    }

    @Test
    void ollamaSendsModelInputOptionsKeepAliveToApiEmbedWithoutKey() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(ollamaAnswer(vector(3, 0.5f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.ollama("nomic-embed-text", 3)
                    .withBaseUrl(server.url("")).withOptionsJson("{\"num_ctx\": 4096, \"temperature\": 0.5}").withKeepAlive("10m"),
                    EmbedderSettings.defaults().withEnvironment(Map.of()));

            Vector v = embedder.embed("question");

            StandInServer.Captured request = server.onlyRequest();
            assertThat(request.path()).isEqualTo("/api/embed");
            assertThat(request.header("Authorization")).isNull();
            assertThat(request.json().toString()).isEqualTo(
                    "{\"model\":\"nomic-embed-text\",\"input\":[\"question\"],\"options\":{\"num_ctx\":4096,\"temperature\":0.5},"
                            + "\"keep_alive\":\"10m\"}");
            assertThat(v).isEqualTo(Vector.of(vector(3, 0.5f)));
        }
    }

    @Test
    void ollamaWithoutOptionsSendsOnlyModelAndInput() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(ollamaAnswer(vector(3, 0.5f))))) {
            Embedders.forQueries(Embedding.ollama("all-minilm", 3),
                    EmbedderSettings.defaults().withEnvironment(Map.of("OLLAMA_HOST", server.url("")))).embed("q");
            assertThat(server.onlyRequest().json().toString()).isEqualTo("{\"model\":\"all-minilm\",\"input\":[\"q\"]}");
        }
    }

    @Test
    void ollamaHostGetsSchemeAndPortAsTheOllamaClientAddsThem() {
        assertThat(OllamaEmbedder.hostUrl("ollama")).isEqualTo("http://ollama:11434");
        assertThat(OllamaEmbedder.hostUrl("ollama:9999")).isEqualTo("http://ollama:9999");
        assertThat(OllamaEmbedder.hostUrl("https://ollama.example")).isEqualTo("https://ollama.example:11434");
        assertThat(OllamaEmbedder.hostUrl("http://[::1]:7000")).isEqualTo("http://[::1]:7000");
        assertThat(Embedders.forQueries(Embedding.ollama("m", 3), EmbedderSettings.defaults().withEnvironment(Map.of())).toString())
                .contains("POST http://127.0.0.1:11434/api/embed");
    }

    @Test
    void voyageSendsInputTypeQueryForQueriesWhateverTheDocumentsUsed() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(3, 1f))))) {
            Map<String, String> env = Map.of("VOYAGE_API_KEY", KEY);
            Embedders.forQueries(Embedding.voyageai("voyage-3", 3), settings(server, "/v1", env)).embed("q");
            Embedders.forQueries(Embedding.voyageai("voyage-3", 3).withInputType(null), settings(server, "/v1", env)).embed("q");

            List<StandInServer.Captured> requests = server.requests();
            assertThat(requests).extracting(StandInServer.Captured::path).containsExactly("/v1/embeddings", "/v1/embeddings");
            assertThat(requests.get(0).header("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(requests.get(0).json().toString())
                    .isEqualTo("{\"input\":[\"q\"],\"model\":\"voyage-3\",\"input_type\":\"query\",\"truncation\":true}");
            assertThat(requests.get(1).json().toString()).as("no input type configured: null, as the worker sends it")
                    .isEqualTo("{\"input\":[\"q\"],\"model\":\"voyage-3\",\"input_type\":null,\"truncation\":true}");
        }
        assertThat(Embedding.voyageai("voyage-3", 3).inputType()).isEqualTo(VoyageInputType.DOCUMENT);
        assertThat(Embedders.forQueries(Embedding.voyageai("m", 3), EmbedderSettings.defaults().withEnvironment(Map.of())).toString())
                .contains("POST https://api.voyageai.com/v1/embeddings");
    }

    @Test
    void aVectorOfAnotherSizeThanTheConfigIsAnErrorNamingBoth() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(openAiAnswer(vector(5, 1f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.openai("m", 4), settings(server, "", Map.of("OPENAI_API_KEY", KEY)));
            assertThatThrownBy(() -> embedder.embed("q")).isInstanceOf(EmbeddingException.class)
                    .hasMessageContaining("5-dimensional").hasMessageContaining("says 4 dimensions")
                    .hasMessageContaining(server.url("/embeddings"));
        }
    }

    @Test
    void aWrongNumberOfVectorsIsAnError() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(ollamaAnswer(vector(3, 1f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.ollama("m", 3), settings(server, "", Map.of()));
            assertThatThrownBy(() -> embedder.embedAll(List.of("a", "b"))).isInstanceOf(EmbeddingException.class)
                    .hasMessageContaining("1 embeddings for 2 input(s)");
        }
    }

    @Test
    void anAnswerWithoutEmbeddingsIsAnError() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok("{\"unexpected\":true}"))) {
            Embedder embedder = Embedders.forQueries(Embedding.ollama("m", 3), settings(server, "", Map.of()));
            assertThatThrownBy(() -> embedder.embed("q")).isInstanceOf(EmbeddingException.class)
                    .hasMessageContaining("without the expected embeddings");
        }
    }

    @Test
    void badInputIsRejectedBeforeAnyRequest() throws Exception {
        try (StandInServer server = new StandInServer(StandInServer.Answer.ok(ollamaAnswer(vector(3, 1f))))) {
            Embedder embedder = Embedders.forQueries(Embedding.ollama("m", 3), settings(server, "", Map.of()));
            assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be null");
            assertThatThrownBy(() -> embedder.embed("")).isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be empty");
            assertThatThrownBy(() -> embedder.embedAll(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("texts[1] must not be empty");
            assertThatThrownBy(() -> embedder.embedAll(List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("texts must not be empty");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void liteLlmAsksForYourOwnEmbedder() {
        assertThatThrownBy(() -> Embedders.forQueries(Embedding.litellm("cohere/embed-english-v3.0", 1024)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("cohere/embed-english-v3.0").hasMessageContaining("supply your own Embedder");
    }

    @Test
    void theDefaultEmbedderOfAConfigIsShared() {
        assertThat(Embedders.forQueries(Embedding.ollama("m", 3))).isSameAs(Embedders.forQueries(Embedding.ollama("m", 3)));
        assertThatThrownBy(() -> Embedders.forQueries(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding config must not be null");
    }
}
