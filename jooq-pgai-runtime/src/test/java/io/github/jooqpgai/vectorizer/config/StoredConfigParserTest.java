package io.github.jooqpgai.vectorizer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reading stored configs that the embedded test database cannot produce through create_vectorizer
 * (TimescaleDB scheduling, HNSW and diskann indexing); the JSON is what pgai's config functions return,
 * as checked against the real catalog in CreateVectorizerConfigIT.
 */
class StoredConfigParserTest {

    private static final String CONFIG = """
            {"version": "0.12.1",
             "loading": {"implementation": "uri", "config_type": "loading", "column_name": "url", "retries": 6},
             "parsing": {"implementation": "auto", "config_type": "parsing"},
             "embedding": {"implementation": "voyageai", "config_type": "embedding", "model": "voyage-3", "dimensions": 1024,
                           "input_type": "query", "api_key_name": "VOYAGE_API_KEY"},
             "chunking": {"implementation": "none", "config_type": "chunking"},
             "indexing": %s,
             "formatting": {"implementation": "python_template", "config_type": "formatting", "template": "$chunk"},
             "scheduling": {"implementation": "timescaledb", "config_type": "scheduling", "schedule_interval": "1 day 00:05:03.25",
                            "initial_start": "2030-01-02T03:04:05+00:00", "fixed_schedule": true, "timezone": "Europe/Berlin",
                            "job_id": 1000},
             "processing": {"implementation": "default", "config_type": "processing", "batch_size": 10},
             "destination": {"implementation": "column", "config_type": "destination", "embedding_column": "vec"}}""";

    @Test
    void timescaledbSchedulingAndHnswIndexing() {
        VectorizerConfig config = VectorizerConfig.fromJson(CONFIG.formatted("""
                {"implementation": "hnsw", "config_type": "indexing", "min_rows": 50000, "opclass": "vector_l1_ops", "m": 16,
                 "ef_construction": 64, "create_when_queue_empty": true}"""));

        assertThat(config).isEqualTo(new VectorizerConfig(Loading.uri("url"), Parsing.auto(),
                Embedding.voyageai("voyage-3", 1024).withInputType(io.github.jooqpgai.vectorizer.config.VoyageInputType.QUERY),
                Chunking.none(), Indexing.hnsw().withMinRows(50_000).withOpclass(HnswOpclass.VECTOR_L1_OPS).withM(16).withEfConstruction(64),
                Formatting.pythonTemplate("$chunk"),
                Scheduling.timescaledb(Duration.ofDays(1).plusMinutes(5).plusSeconds(3).plusMillis(250))
                        .withInitialStart(Instant.parse("2030-01-02T03:04:05Z")).withFixedSchedule(true).withTimezone("Europe/Berlin"),
                Processing.defaults().withBatchSize(10), Destination.column("vec")));
    }

    @Test
    void diskannIndexing() {
        VectorizerConfig config = VectorizerConfig.fromJson(CONFIG.formatted("""
                {"implementation": "diskann", "config_type": "indexing", "min_rows": 10, "storage_layout": "plain", "num_neighbors": 50,
                 "search_list_size": 100, "max_alpha": 1.2, "num_dimensions": 256, "num_bits_per_dimension": 2,
                 "create_when_queue_empty": false}"""));

        assertThat(config.indexing()).isEqualTo(Indexing.diskann().withMinRows(10).withStorageLayout(DiskannStorageLayout.PLAIN)
                .withNumNeighbors(50).withSearchListSize(100).withMaxAlpha(1.2).withNumDimensions(256).withNumBitsPerDimension(2)
                .withCreateWhenQueueEmpty(false));
    }

    @Test
    void aMonthlyScheduleIsRead() {
        VectorizerConfig config = VectorizerConfig.fromJson(CONFIG.formatted("{\"implementation\": \"none\", \"config_type\": \"indexing\"}")
                .replace("1 day 00:05:03.25", "1 mon"));

        assertThat(config.scheduling()).isEqualTo(Scheduling.timescaledb(new PostgresInterval(1, 0, 0))
                .withInitialStart(Instant.parse("2030-01-02T03:04:05Z")).withFixedSchedule(true).withTimezone("Europe/Berlin"));
    }

    @Test
    void unreadableFieldsAreNamedWithTheirSection() {
        String none = "{\"implementation\": \"none\", \"config_type\": \"indexing\"}";
        assertThatThrownBy(() -> VectorizerConfig.fromJson(CONFIG.formatted(none).replace("1 day 00:05:03.25", "every tuesday")))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class,
                        e -> assertThat(e.parameter()).isEqualTo("scheduling.schedule_interval"))
                .hasMessage("invalid scheduling.schedule_interval = \"every tuesday\": "
                        + "not a PostgreSQL interval (in any IntervalStyle): \"every tuesday\"");
        assertThatThrownBy(() -> VectorizerConfig.fromJson(CONFIG.formatted(none).replace("\"dimensions\": 1024", "\"dimensions\": \"many\"")))
                .hasMessage("invalid embedding.dimensions = \"many\": must be an integer");
        assertThatThrownBy(() -> VectorizerConfig.fromJson(CONFIG.formatted(none).replace("\"batch_size\": 10", "\"batch_size\": 0")))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class,
                        e -> assertThat(e.parameter()).isEqualTo("processing.batch_size"));
        assertThatThrownBy(() -> VectorizerConfig.fromJson(CONFIG.formatted(none).replace("\"retries\": 6", "\"retries\": true")))
                .hasMessage("invalid loading.retries = true: must be an integer");
    }

    @Test
    void unknownImplementationsAreReported() {
        assertThatThrownBy(() -> VectorizerConfig.fromJson(CONFIG.formatted("{\"implementation\": \"ivfflat\", \"config_type\": \"indexing\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid indexing.implementation = \"ivfflat\": not a pgai 0.12 indexing implementation");
        assertThatThrownBy(() -> VectorizerConfig.fromJson("{}")).hasMessage("invalid loading = null: must be a JSON object");
    }
}
