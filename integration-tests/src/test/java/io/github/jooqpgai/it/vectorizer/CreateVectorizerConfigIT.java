package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.json;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.stored;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Every config function with every parameter, through a real {@code ai.create_vectorizer}: the stored
 * {@code ai.vectorizer.config} (without version) must equal the expected JSON, and reading it back must
 * give the same Java config values.
 */
@PgaiTest
class CreateVectorizerConfigIT {

    private static final String DEFAULT_CONFIG = """
            {"loading": {"implementation": "column", "config_type": "loading", "column_name": "content", "retries": 6},
             "parsing": {"implementation": "auto", "config_type": "parsing"},
             "embedding": {"implementation": "openai", "config_type": "embedding", "model": "text-embedding-3-small",
                           "dimensions": 768, "api_key_name": "OPENAI_API_KEY"},
             "chunking": {"implementation": "recursive_character_text_splitter", "config_type": "chunking", "chunk_size": 800,
                          "chunk_overlap": 400, "separators": ["\\n\\n", "\\n", ".", "?", "!", " ", ""], "is_separator_regex": false},
             "indexing": {"implementation": "none", "config_type": "indexing"},
             "formatting": {"implementation": "python_template", "config_type": "formatting", "template": "$chunk"},
             "scheduling": {"implementation": "none", "config_type": "scheduling"},
             "processing": {"implementation": "default", "config_type": "processing"},
             "destination": {"implementation": "table", "config_type": "destination", "target_schema": "%1$s",
                             "target_table": "%2$s_embedding_store", "view_schema": "%1$s", "view_name": "%2$s_embedding"}}
            """;

    @Test
    void onlyTheRequiredPartsGivePgaiDefaultsWhichEqualTheJavaDefaults(PgaiTestSchema db) {
        String name = uniqueName(db);
        BlogTable blog = new BlogTable(db.schema(), "t_defaults");
        blog(db, "t_defaults");

        PgaiDSL.using(db.dataSource()).createVectorizer(blog)
                .loading(Loading.column(blog.CONTENT))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .name(name)
                .execute();

        assertThat(stored(db, name)).isEqualTo(json(DEFAULT_CONFIG.formatted(db.schema(), "t_defaults")));
        VectorizerConfig readBack = PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config();
        assertThat(readBack).isEqualTo(new VectorizerConfig(Loading.column("content"), Parsing.auto(),
                Embedding.openai("text-embedding-3-small", 768), Chunking.defaults(), Indexing.none(),
                Formatting.pythonTemplate(Formatting.DEFAULT_TEMPLATE), Scheduling.none(), Processing.defaults(),
                Destination.table().resolvedFor(db.schema(), "t_defaults")));
    }

    @Test
    void loadingColumnWithRetries(PgaiTestSchema db) {
        assertStoredPart(db, "loading", Loading.column("content").withRetries(0), s -> s.parsing(Parsing.none()), """
                {"implementation": "column", "config_type": "loading", "column_name": "content", "retries": 0}""");
    }

    @Test
    void loadingUriWithRetriesAndAwsRoleArn(PgaiTestSchema db) {
        assertStoredPart(db, "loading", Loading.uri("content").withRetries(2).withAwsRoleArn("arn:aws:iam::123456789012:role/o'reader"),
                UnaryOperator.identity(), """
                {"implementation": "uri", "config_type": "loading", "column_name": "content", "retries": 2,
                 "aws_role_arn": "arn:aws:iam::123456789012:role/o'reader"}""");
    }

    @Test
    void parsingAutoAndNone(PgaiTestSchema db) {
        assertStoredPart(db, "parsing", Parsing.auto(), UnaryOperator.identity(), """
                {"implementation": "auto", "config_type": "parsing"}""");
        assertStoredPart(db, "parsing", Parsing.none(), UnaryOperator.identity(), """
                {"implementation": "none", "config_type": "parsing"}""");
    }

    @Test
    void parsingPymupdfOnAByteaColumn(PgaiTestSchema db) {
        db.dsl().execute("create table docs_pymupdf (id int primary key, file bytea)");
        String name = uniqueName(db);
        PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "docs_pymupdf"))
                .loading(Loading.column("file"))
                .embedding(Embedding.openai("m", 3))
                .parsing(Parsing.pymupdf())
                .name(name)
                .execute();
        assertThat(stored(db, name).get("parsing")).isEqualTo(json("""
                {"implementation": "pymupdf", "config_type": "parsing"}"""));
        assertThat(PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config().parsing()).isEqualTo(Parsing.pymupdf());
    }

    @Test
    void parsingDoclingIsRejectedAtCreateButAStoredOneStillReadsBack(PgaiTestSchema db) {
        db.dsl().execute("create table docs_docling (id int primary key, file bytea)");
        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), "docs_docling"))
                .loading(Loading.column("file")).embedding(Embedding.openai("m", 3)).parsing(Parsing.docling()).execute())
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("parsing"));

        String name = uniqueName(db);
        db.dsl().execute("select ai.create_vectorizer({0}::regclass, name => {1}, loading => ai.loading_column('file'), "
                + "parsing => ai.parsing_docling(), embedding => ai.embedding_openai('m', 3))", DSL.val(db.schema() + ".docs_docling"), DSL.val(name));
        assertThat(stored(db, name).get("parsing")).as("pgai's SQL accepts it").isEqualTo(json("""
                {"implementation": "docling", "config_type": "parsing"}"""));
        assertThat(PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config().parsing()).isEqualTo(Parsing.docling());
    }

    @Test
    void embeddingOpenaiWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.openai("text-embedding-3-large", 3072).withChatUser("blog-app")
                        .withApiKeyName("MY_OPENAI_KEY").withBaseUrl("http://127.0.0.1:8080/v1"), UnaryOperator.identity(), """
                {"implementation": "openai", "config_type": "embedding", "model": "text-embedding-3-large", "dimensions": 3072,
                 "user": "blog-app", "api_key_name": "MY_OPENAI_KEY", "base_url": "http://127.0.0.1:8080/v1"}""");
    }

    @Test
    void embeddingOpenaiWithoutApiKeyName(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.openai("all-minilm-l6-v2", 384).withApiKeyName(null), UnaryOperator.identity(), """
                {"implementation": "openai", "config_type": "embedding", "model": "all-minilm-l6-v2", "dimensions": 384}""");
    }

    @Test
    void embeddingOllamaWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.ollama("nomic-embed-text", 768).withBaseUrl("http://ollama:11434")
                        .withOptions(Map.of("num_ctx", 4096, "temperature", 0.5, "stop", List.of("a", "b"), "nested", Map.of("x", true)))
                        .withKeepAlive("10m"), UnaryOperator.identity(), """
                {"implementation": "ollama", "config_type": "embedding", "model": "nomic-embed-text", "dimensions": 768,
                 "base_url": "http://ollama:11434", "options": {"num_ctx": 4096, "temperature": 0.5, "stop": ["a", "b"], "nested": {"x": true}},
                 "keep_alive": "10m"}""");
    }

    @Test
    void embeddingOllamaOptionsFromJsonText(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.ollama("llama3", 4096).withOptionsJson("{\"num_ctx\": 2048, \"mirostat\": 1.0}"),
                UnaryOperator.identity(), """
                {"implementation": "ollama", "config_type": "embedding", "model": "llama3", "dimensions": 4096,
                 "options": {"num_ctx": 2048, "mirostat": 1.0}}""");
    }

    @Test
    void embeddingVoyageaiWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.voyageai("voyage-3", 1024).withInputType(VoyageInputType.QUERY)
                .withApiKeyName("MY_VOYAGE_KEY"), UnaryOperator.identity(), """
                {"implementation": "voyageai", "config_type": "embedding", "model": "voyage-3", "dimensions": 1024,
                 "input_type": "query", "api_key_name": "MY_VOYAGE_KEY"}""");
        assertStoredPart(db, "embedding", Embedding.voyageai("voyage-3-lite", 512), UnaryOperator.identity(), """
                {"implementation": "voyageai", "config_type": "embedding", "model": "voyage-3-lite", "dimensions": 512,
                 "input_type": "document", "api_key_name": "VOYAGE_API_KEY"}""");
    }

    @Test
    void embeddingLitellmWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "embedding", Embedding.litellm("azure/my-deployment", 1536).withApiKeyName("AZURE_API_KEY")
                .withExtraOptions(Map.of("api_base", "https://example.openai.azure.com", "api_version", "2024-02-01")),
                UnaryOperator.identity(), """
                {"implementation": "litellm", "config_type": "embedding", "model": "azure/my-deployment", "dimensions": 1536,
                 "api_key_name": "AZURE_API_KEY",
                 "extra_options": {"api_base": "https://example.openai.azure.com", "api_version": "2024-02-01"}}""");
        assertStoredPart(db, "embedding", Embedding.litellm("cohere/embed-english-v3.0", 1024).withExtraOptionsJson("{\"input_type\": \"search_document\"}"),
                UnaryOperator.identity(), """
                {"implementation": "litellm", "config_type": "embedding", "model": "cohere/embed-english-v3.0", "dimensions": 1024,
                 "extra_options": {"input_type": "search_document"}}""");
    }

    @Test
    void chunkingNone(PgaiTestSchema db) {
        assertStoredPart(db, "chunking", Chunking.none(), UnaryOperator.identity(), """
                {"implementation": "none", "config_type": "chunking"}""");
    }

    @Test
    void chunkingCharacterTextSplitterWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "chunking", Chunking.characterTextSplitter(512, 0).withSeparator("\\s+").withSeparatorRegex(true),
                UnaryOperator.identity(), """
                {"implementation": "character_text_splitter", "config_type": "chunking", "chunk_size": 512, "chunk_overlap": 0,
                 "separator": "\\\\s+", "is_separator_regex": true}""");
        assertStoredPart(db, "chunking", Chunking.characterTextSplitter(800, 400), UnaryOperator.identity(), """
                {"implementation": "character_text_splitter", "config_type": "chunking", "chunk_size": 800, "chunk_overlap": 400,
                 "separator": "\\n\\n", "is_separator_regex": false}""");
    }

    @Test
    void chunkingRecursiveCharacterTextSplitterWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "chunking", Chunking.recursiveCharacterTextSplitter(256, 32).withSeparators(List.of("\n\n", "'", "\"", ""))
                .withSeparatorRegex(false), UnaryOperator.identity(), """
                {"implementation": "recursive_character_text_splitter", "config_type": "chunking", "chunk_size": 256,
                 "chunk_overlap": 32, "separators": ["\\n\\n", "'", "\\"", ""], "is_separator_regex": false}""");
        assertStoredPart(db, "chunking", Chunking.recursiveCharacterTextSplitter(100, 10).withSeparators(List.of()),
                UnaryOperator.identity(), """
                {"implementation": "recursive_character_text_splitter", "config_type": "chunking", "chunk_size": 100,
                 "chunk_overlap": 10, "separators": [], "is_separator_regex": false}""");
    }

    @Test
    void formattingPythonTemplate(PgaiTestSchema db) {
        assertStoredPart(db, "formatting", Formatting.pythonTemplate("$title - $chunk"), UnaryOperator.identity(), """
                {"implementation": "python_template", "config_type": "formatting", "template": "$title - $chunk"}""");
    }

    @Test
    void indexingNoneAndDefaultResolvedToNone(PgaiTestSchema db) {
        assertStoredPart(db, "indexing", Indexing.none(), UnaryOperator.identity(), """
                {"implementation": "none", "config_type": "indexing"}""");
        String name = createWith(db, s -> s.indexing(Indexing.defaults()));
        assertThat(stored(db, name).get("indexing")).isEqualTo(json("""
                {"implementation": "none", "config_type": "indexing"}"""));
    }

    @Test
    void schedulingNoneAndDefaultResolvedToNone(PgaiTestSchema db) {
        assertStoredPart(db, "scheduling", Scheduling.none(), UnaryOperator.identity(), """
                {"implementation": "none", "config_type": "scheduling"}""");
        String name = createWith(db, s -> s.scheduling(Scheduling.defaults()).indexing(Indexing.defaults()));
        assertThat(stored(db, name).get("scheduling")).isEqualTo(json("""
                {"implementation": "none", "config_type": "scheduling"}"""));
    }

    @Test
    void processingDefaultWithEveryParameter(PgaiTestSchema db) {
        assertStoredPart(db, "processing", new Processing.Default(2048, 10), UnaryOperator.identity(), """
                {"implementation": "default", "config_type": "processing", "batch_size": 2048, "concurrency": 10}""");
        assertStoredPart(db, "processing", Processing.defaults().withBatchSize(1), UnaryOperator.identity(), """
                {"implementation": "default", "config_type": "processing", "batch_size": 1}""");
    }

    @Test
    void destinationTableWithEveryParameter(PgaiTestSchema db) {
        db.dsl().execute("create schema " + db.schema() + "_store");
        try {
            String name = createWith(db, s -> s.destination(Destination.table("ignored_base").withTargetSchema(db.schema() + "_store")
                    .withTargetTable("my_store").withViewSchema(db.schema()).withViewName("my_view")));
            assertThat(stored(db, name).get("destination")).isEqualTo(json("""
                    {"implementation": "table", "config_type": "destination", "target_schema": "%s_store", "target_table": "my_store",
                     "view_schema": "%s", "view_name": "my_view"}""".formatted(db.schema(), db.schema())));
            assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + "_store.my_store")).isNotNull();
            assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + ".my_view")).isNotNull();
            PgaiDSL.using(db.dataSource()).dropVectorizer(name).dropAll().execute();
        } finally {
            db.dsl().execute("drop schema " + db.schema() + "_store cascade");
        }
    }

    @Test
    void destinationTableFromTheBaseName(PgaiTestSchema db) {
        String name = createWith(db, s -> s.destination(Destination.table("blog_vectors")));
        DestinationTable expected = Destination.table("blog_vectors").resolvedFor(db.schema(), "ignored");
        assertThat(stored(db, name).get("destination")).isEqualTo(json("""
                {"implementation": "table", "config_type": "destination", "target_schema": "%1$s", "target_table": "blog_vectors_store",
                 "view_schema": "%1$s", "view_name": "blog_vectors"}""".formatted(db.schema())));
        assertThat(PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config().destination()).isEqualTo(expected);
    }

    @Test
    void destinationColumnWithChunkingNone(PgaiTestSchema db) {
        String name = createWith(db, s -> s.destination(Destination.column("content_embedding")).chunking(Chunking.none()));
        assertThat(stored(db, name).get("destination")).isEqualTo(json("""
                {"implementation": "column", "config_type": "destination", "embedding_column": "content_embedding"}"""));
        assertThat(PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config().destination())
                .isEqualTo(Destination.column("content_embedding"));
    }

    @Test
    void hnswIndexingFunctionWithEveryParameterGivesTheExpectedJson(PgaiTestSchema db) {
        assertFunctionJson(db, Indexing.hnsw().withMinRows(50_000).withOpclass(HnswOpclass.VECTOR_L1_OPS).withM(32).withEfConstruction(128)
                .withCreateWhenQueueEmpty(false), """
                {"implementation": "hnsw", "config_type": "indexing", "min_rows": 50000, "opclass": "vector_l1_ops", "m": 32,
                 "ef_construction": 128, "create_when_queue_empty": false}""");
        assertFunctionJson(db, Indexing.hnsw(), """
                {"implementation": "hnsw", "config_type": "indexing", "min_rows": 100000, "opclass": "vector_cosine_ops",
                 "create_when_queue_empty": true}""");
    }

    @Test
    void diskannIndexingFunctionWithEveryParameterGivesTheExpectedJson(PgaiTestSchema db) {
        assertFunctionJson(db, Indexing.diskann().withMinRows(10).withStorageLayout(DiskannStorageLayout.PLAIN).withNumNeighbors(50)
                .withSearchListSize(100).withMaxAlpha(1.2).withNumDimensions(256).withNumBitsPerDimension(2).withCreateWhenQueueEmpty(false), """
                {"implementation": "diskann", "config_type": "indexing", "min_rows": 10, "storage_layout": "plain", "num_neighbors": 50,
                 "search_list_size": 100, "max_alpha": 1.2, "num_dimensions": 256, "num_bits_per_dimension": 2,
                 "create_when_queue_empty": false}""");
    }

    @Test
    void timescaledbSchedulingFunctionWithEveryParameterGivesTheExpectedJson(PgaiTestSchema db) {
        assertFunctionJson(db, Scheduling.timescaledb(Duration.ofDays(1).plusMinutes(5).plusSeconds(3).plusMillis(250))
                .withInitialStart(Instant.parse("2030-01-02T03:04:05Z")).withFixedSchedule(true).withTimezone("Europe/Berlin"), """
                {"implementation": "timescaledb", "config_type": "scheduling", "schedule_interval": "1 day 00:05:03.25",
                 "initial_start": "2030-01-02T03:04:05+00:00", "fixed_schedule": true, "timezone": "Europe/Berlin"}""");
        assertFunctionJson(db, Scheduling.timescaledb(Duration.ofMinutes(5)), """
                {"implementation": "timescaledb", "config_type": "scheduling", "schedule_interval": "00:05:00"}""");
    }

    private static void assertFunctionJson(PgaiTestSchema db, VectorizerConfigPart part, String expected) {
        String actual = db.dsl().select(PgaiDSL.configFunction(part)).fetchOne(0, String.class);
        assertThat(json(actual)).isEqualTo(json(expected));
    }

    private static void assertStoredPart(PgaiTestSchema db, String section, VectorizerConfigPart part,
            UnaryOperator<CreateVectorizerFinalStep> more, String expectedJson) {
        Loading loading = part instanceof Loading l ? l : Loading.column("content");
        Embedding embedding = part instanceof Embedding e ? e : Embedding.openai("text-embedding-3-small", 768);
        String name = createWith(db, loading, embedding, s -> more.apply(apply(s, section, part)));
        JsonNode actual = stored(db, name).get(section);
        assertThat(actual).isEqualTo(json(expectedJson));
        VectorizerConfig readBack = PgaiDSL.using(db.dataSource()).vectorizer(name).orElseThrow().config();
        Object readPart = switch (section) {
            case "loading" -> readBack.loading();
            case "parsing" -> readBack.parsing();
            case "embedding" -> readBack.embedding();
            case "chunking" -> readBack.chunking();
            case "indexing" -> readBack.indexing();
            case "formatting" -> readBack.formatting();
            case "scheduling" -> readBack.scheduling();
            case "processing" -> readBack.processing();
            default -> readBack.destination();
        };
        assertThat(readPart).isEqualTo(part);
    }

    private static CreateVectorizerFinalStep apply(CreateVectorizerFinalStep step, String section, VectorizerConfigPart part) {
        return switch (section) {
            case "parsing" -> step.parsing((Parsing) part);
            case "chunking" -> step.chunking((Chunking) part);
            case "indexing" -> step.indexing((Indexing) part);
            case "formatting" -> step.formatting((Formatting) part);
            case "scheduling" -> step.scheduling((Scheduling) part);
            case "processing" -> step.processing((Processing) part);
            default -> step;
        };
    }

    private static String createWith(PgaiTestSchema db, UnaryOperator<CreateVectorizerFinalStep> options) {
        return createWith(db, Loading.column("content"), Embedding.openai("text-embedding-3-small", 768), options);
    }

    /** Creates a vectorizer on a fresh blog table. */
    private static String createWith(PgaiTestSchema db, Loading loading, Embedding embedding, UnaryOperator<CreateVectorizerFinalStep> options) {
        String name = uniqueName(db);
        String table = "t_" + name.substring(name.lastIndexOf('_') + 1);
        blog(db, table);
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        CreateVectorizerFinalStep step = pgai.createVectorizer(DSL.name(db.schema(), table))
                .loading(loading)
                .embedding(embedding)
                .name(name);
        options.apply(step).execute();
        return name;
    }
}
