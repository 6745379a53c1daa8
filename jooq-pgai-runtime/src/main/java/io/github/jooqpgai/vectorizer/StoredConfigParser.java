package io.github.jooqpgai.vectorizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.ChunkingCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.ChunkingRecursiveCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.EmbeddingLitellm;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import io.github.jooqpgai.vectorizer.config.JsonOptions;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.LoadingColumn;
import io.github.jooqpgai.vectorizer.config.LoadingUri;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.SchedulingTimescaledb;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code ai.vectorizer.config} JSON into the config records. */
final class StoredConfigParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Pattern INTERVAL = Pattern.compile(
            "(?:(-?\\d+) days?)?\\s*(?:(-)?(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?)?");

    private StoredConfigParser() {
    }

    static VectorizerConfig parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a vectorizer config: " + e.getOriginalMessage(), e);
        }
        return new VectorizerConfig(loading(section(root, "loading")), parsing(section(root, "parsing")),
                embedding(section(root, "embedding")), chunking(section(root, "chunking")), indexing(section(root, "indexing")),
                formatting(section(root, "formatting")), scheduling(section(root, "scheduling")),
                processing(section(root, "processing")), destination(section(root, "destination")));
    }

    private static JsonNode section(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("vectorizer config has no \"" + name + "\" object");
        }
        return node;
    }

    private static Loading loading(JsonNode n) {
        return switch (implementation(n)) {
            case "column" -> new LoadingColumn(text(n, "column_name"), integer(n, "retries"));
            case "uri" -> new LoadingUri(text(n, "column_name"), integer(n, "retries"), text(n, "aws_role_arn"));
            default -> throw unsupported(n);
        };
    }

    private static Parsing parsing(JsonNode n) {
        return switch (implementation(n)) {
            case "auto" -> Parsing.auto();
            case "none" -> Parsing.none();
            case "pymupdf" -> Parsing.pymupdf();
            case "docling" -> Parsing.docling();
            default -> throw unsupported(n);
        };
    }

    private static Embedding embedding(JsonNode n) {
        String model = text(n, "model");
        int dimensions = integer(n, "dimensions");
        return switch (implementation(n)) {
            case "openai" -> new EmbeddingOpenai(model, dimensions, text(n, "user"), text(n, "api_key_name"), text(n, "base_url"));
            case "ollama" -> new EmbeddingOllama(model, dimensions, text(n, "base_url"), json(n, "options"), text(n, "keep_alive"));
            case "voyageai" -> new EmbeddingVoyageai(model, dimensions,
                    n.hasNonNull("input_type") ? VoyageInputType.of(text(n, "input_type")) : null, text(n, "api_key_name"));
            case "litellm" -> new EmbeddingLitellm(model, dimensions, text(n, "api_key_name"), json(n, "extra_options"));
            default -> throw unsupported(n);
        };
    }

    private static Chunking chunking(JsonNode n) {
        return switch (implementation(n)) {
            case "none" -> Chunking.none();
            case "character_text_splitter" -> new ChunkingCharacterTextSplitter(integer(n, "chunk_size"), integer(n, "chunk_overlap"),
                    text(n, "separator"), n.path("is_separator_regex").asBoolean(false));
            case "recursive_character_text_splitter" -> {
                List<String> separators = new ArrayList<>();
                n.path("separators").forEach(s -> separators.add(s.textValue()));
                yield new ChunkingRecursiveCharacterTextSplitter(integer(n, "chunk_size"), integer(n, "chunk_overlap"), separators,
                        n.path("is_separator_regex").asBoolean(false));
            }
            default -> throw unsupported(n);
        };
    }

    private static Indexing indexing(JsonNode n) {
        return switch (implementation(n)) {
            case "none" -> Indexing.none();
            case "default" -> Indexing.defaults();
            case "hnsw" -> new IndexingHnsw(integer(n, "min_rows"), HnswOpclass.of(text(n, "opclass")), optionalInteger(n, "m"),
                    optionalInteger(n, "ef_construction"), n.path("create_when_queue_empty").asBoolean(true));
            case "diskann" -> new IndexingDiskann(integer(n, "min_rows"),
                    n.hasNonNull("storage_layout") ? DiskannStorageLayout.of(text(n, "storage_layout")) : null,
                    optionalInteger(n, "num_neighbors"), optionalInteger(n, "search_list_size"),
                    n.hasNonNull("max_alpha") ? n.get("max_alpha").doubleValue() : null, optionalInteger(n, "num_dimensions"),
                    optionalInteger(n, "num_bits_per_dimension"), n.path("create_when_queue_empty").asBoolean(true));
            default -> throw unsupported(n);
        };
    }

    private static Formatting formatting(JsonNode n) {
        if (!"python_template".equals(implementation(n))) {
            throw unsupported(n);
        }
        return Formatting.pythonTemplate(text(n, "template"));
    }

    private static Scheduling scheduling(JsonNode n) {
        return switch (implementation(n)) {
            case "none" -> Scheduling.none();
            case "default" -> Scheduling.defaults();
            case "timescaledb" -> new SchedulingTimescaledb(interval(text(n, "schedule_interval")),
                    n.hasNonNull("initial_start") ? OffsetDateTime.parse(text(n, "initial_start")) : null,
                    n.hasNonNull("fixed_schedule") ? n.get("fixed_schedule").booleanValue() : null, text(n, "timezone"));
            default -> throw unsupported(n);
        };
    }

    private static Processing processing(JsonNode n) {
        if (!"default".equals(implementation(n))) {
            throw unsupported(n);
        }
        return new Processing.Default(optionalInteger(n, "batch_size"), optionalInteger(n, "concurrency"));
    }

    private static Destination destination(JsonNode n) {
        return switch (implementation(n)) {
            case "table" -> new DestinationTable(text(n, "destination"), text(n, "target_schema"), text(n, "target_table"),
                    text(n, "view_schema"), text(n, "view_name"));
            case "column" -> new DestinationColumn(text(n, "embedding_column"));
            default -> throw unsupported(n);
        };
    }

    /** PostgreSQL's interval output ({@code 1 day 00:05:00}, {@code 00:05:00.5}) as a Duration. */
    static Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text.trim());
        if (text == null || text.isBlank() || !m.matches()) {
            throw new IllegalArgumentException("unsupported interval in vectorizer config: " + text);
        }
        Duration duration = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)));
        if (m.group(3) != null) {
            String fraction = m.group(6) == null ? "0" : (m.group(6) + "00000").substring(0, 6);
            Duration time = Duration.ofHours(Long.parseLong(m.group(3))).plusMinutes(Long.parseLong(m.group(4)))
                    .plusSeconds(Long.parseLong(m.group(5))).plusNanos(Long.parseLong(fraction) * 1000);
            duration = m.group(2) == null ? duration.plus(time) : duration.minus(time);
        }
        return duration;
    }

    private static String implementation(JsonNode n) {
        return n.path("implementation").asText("");
    }

    private static IllegalArgumentException unsupported(JsonNode n) {
        return new IllegalArgumentException("unsupported " + n.path("config_type").asText("?") + " implementation in vectorizer config: "
                + n.path("implementation").asText("(missing)"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException("vectorizer config " + n.path("config_type").asText("?") + " has no integer \"" + field + "\"");
        }
        return value.intValue();
    }

    private static Integer optionalInteger(JsonNode n, String field) {
        return n.hasNonNull(field) ? integer(n, field) : null;
    }

    private static JsonOptions json(JsonNode n, String field) {
        return n.hasNonNull(field) ? JsonOptions.parse(n.get(field).toString()) : null;
    }
}
