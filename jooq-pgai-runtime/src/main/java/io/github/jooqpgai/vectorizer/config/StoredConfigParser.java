package io.github.jooqpgai.vectorizer.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads {@code ai.vectorizer.config} JSON into the config records. Anything it cannot read fails with an
 * {@link InvalidVectorizerConfigException} whose parameter is the JSON field ({@code scheduling.schedule_interval}).
 */
final class StoredConfigParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private StoredConfigParser() {
    }

    static VectorizerConfig parse(String json) {
        return parse(json, e -> {
            throw e;
        });
    }

    /** Reads every section it can; each unreadable section is reported to {@code unreadable} and left null. */
    static VectorizerConfig parse(String json, Consumer<InvalidVectorizerConfigException> unreadable) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a vectorizer config: " + e.getOriginalMessage(), e);
        }
        Sections sections = new Sections(root, unreadable);
        return new VectorizerConfig(sections.read("loading", StoredConfigParser::loading), sections.read("parsing", StoredConfigParser::parsing),
                sections.read("embedding", StoredConfigParser::embedding), sections.read("chunking", StoredConfigParser::chunking),
                sections.read("indexing", StoredConfigParser::indexing), sections.read("formatting", StoredConfigParser::formatting),
                sections.read("scheduling", StoredConfigParser::scheduling), sections.read("processing", StoredConfigParser::processing),
                sections.read("destination", StoredConfigParser::destination));
    }

    /** The sections of one config; a section that cannot be read is reported and read as null. */
    private record Sections(JsonNode root, Consumer<InvalidVectorizerConfigException> unreadable) {

        <T> T read(String name, Function<Section, T> reader) {
            try {
                return section(root, name, reader);
            } catch (InvalidVectorizerConfigException e) {
                unreadable.accept(e);
                return null;
            }
        }
    }

    /** Reads one section; a value a config record rejects is reported with the section in front of its parameter. */
    private static <T> T section(JsonNode root, String name, Function<Section, T> reader) {
        JsonNode node = root == null ? null : root.get(name);
        if (node == null || !node.isObject()) {
            throw new InvalidVectorizerConfigException(name, shown(node), "must be a JSON object");
        }
        try {
            return reader.apply(new Section(name, node));
        } catch (InvalidVectorizerConfigException e) {
            if (e.parameter().startsWith(name + ".")) {
                throw e;
            }
            throw new InvalidVectorizerConfigException(name + "." + e.parameter(), shown(node.get(e.parameter())), e.getMessage());
        }
    }

    /** A JSON string as its text (the message quotes it), any other JSON value as JSON. */
    private static Object shown(Object value) {
        return value instanceof JsonNode json && json.isTextual() ? json.textValue() : value;
    }

    private static Loading loading(Section s) {
        return switch (s.implementation()) {
            case "column" -> new LoadingColumn(s.text("column_name"), s.integer("retries"));
            case "uri" -> new LoadingUri(s.text("column_name"), s.integer("retries"), s.text("aws_role_arn"));
            default -> throw s.unsupported();
        };
    }

    private static Parsing parsing(Section s) {
        return switch (s.implementation()) {
            case "auto" -> Parsing.auto();
            case "none" -> Parsing.none();
            case "pymupdf" -> Parsing.pymupdf();
            case "docling" -> Parsing.docling();
            default -> throw s.unsupported();
        };
    }

    private static Embedding embedding(Section s) {
        String implementation = s.implementation();
        String model = s.text("model");
        int dimensions = s.integer("dimensions");
        return switch (implementation) {
            case "openai" -> new EmbeddingOpenai(model, dimensions, s.text("user"), s.text("api_key_name"), s.text("base_url"));
            case "ollama" -> new EmbeddingOllama(model, dimensions, s.text("base_url"), s.json("options"), s.text("keep_alive"));
            case "voyageai" -> new EmbeddingVoyageai(model, dimensions, s.optional("input_type", VoyageInputType::of),
                    s.text("api_key_name"));
            case "litellm" -> new EmbeddingLitellm(model, dimensions, s.text("api_key_name"), s.json("extra_options"));
            default -> throw s.unsupported();
        };
    }

    private static Chunking chunking(Section s) {
        return switch (s.implementation()) {
            case "none" -> Chunking.none();
            case "character_text_splitter" -> new ChunkingCharacterTextSplitter(s.integer("chunk_size"), s.integer("chunk_overlap"),
                    s.text("separator"), s.bool("is_separator_regex", false));
            case "recursive_character_text_splitter" -> new ChunkingRecursiveCharacterTextSplitter(s.integer("chunk_size"),
                    s.integer("chunk_overlap"), s.texts("separators"), s.bool("is_separator_regex", false));
            default -> throw s.unsupported();
        };
    }

    private static Indexing indexing(Section s) {
        return switch (s.implementation()) {
            case "none" -> Indexing.none();
            case "default" -> Indexing.defaults();
            case "hnsw" -> new IndexingHnsw(s.integer("min_rows"), s.optional("opclass", HnswOpclass::of), s.optionalInteger("m"),
                    s.optionalInteger("ef_construction"), s.bool("create_when_queue_empty", true));
            case "diskann" -> new IndexingDiskann(s.integer("min_rows"), s.optional("storage_layout", DiskannStorageLayout::of),
                    s.optionalInteger("num_neighbors"), s.optionalInteger("search_list_size"), s.optionalDouble("max_alpha"),
                    s.optionalInteger("num_dimensions"), s.optionalInteger("num_bits_per_dimension"), s.bool("create_when_queue_empty", true));
            default -> throw s.unsupported();
        };
    }

    private static Formatting formatting(Section s) {
        if (!"python_template".equals(s.implementation())) {
            throw s.unsupported();
        }
        return Formatting.pythonTemplate(s.text("template"));
    }

    private static Scheduling scheduling(Section s) {
        return switch (s.implementation()) {
            case "none" -> Scheduling.none();
            case "default" -> Scheduling.defaults();
            case "timescaledb" -> new SchedulingTimescaledb(s.optional("schedule_interval", PostgresInterval::parse),
                    s.optional("initial_start", OffsetDateTime::parse), s.optionalBool("fixed_schedule"), s.text("timezone"));
            default -> throw s.unsupported();
        };
    }

    private static Processing processing(Section s) {
        if (!"default".equals(s.implementation())) {
            throw s.unsupported();
        }
        return new Processing.Default(s.optionalInteger("batch_size"), s.optionalInteger("concurrency"));
    }

    private static Destination destination(Section s) {
        return switch (s.implementation()) {
            case "table" -> new DestinationTable(s.text("destination"), s.text("target_schema"), s.text("target_table"),
                    s.text("view_schema"), s.text("view_name"));
            case "column" -> new DestinationColumn(s.text("embedding_column"));
            default -> throw s.unsupported();
        };
    }

    /** One config section ({@code loading}, {@code embedding}, ...); every failure names {@code <section>.<field>}. */
    private record Section(String name, JsonNode node) {

        String implementation() {
            JsonNode value = node.get("implementation");
            if (value == null || !value.isTextual()) {
                throw invalid("implementation", value, "must be a string");
            }
            return value.textValue();
        }

        InvalidVectorizerConfigException unsupported() {
            return invalid("implementation", node.get("implementation"), "not a pgai 0.12 " + name + " implementation");
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw invalid(field, value, "must be a string");
            }
            return value.textValue();
        }

        List<String> texts(String field) {
            List<String> texts = new ArrayList<>();
            JsonNode value = node.path(field);
            if (!value.isMissingNode() && !value.isArray()) {
                throw invalid(field, value, "must be an array of strings");
            }
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw invalid(field, value, "must be an array of strings");
                }
                texts.add(element.textValue());
            }
            return texts;
        }

        int integer(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                throw invalid(field, value, "must be an integer");
            }
            return value.intValue();
        }

        Integer optionalInteger(String field) {
            return node.hasNonNull(field) ? integer(field) : null;
        }

        Double optionalDouble(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw invalid(field, value, "must be a number");
            }
            return value.doubleValue();
        }

        boolean bool(String field, boolean missing) {
            Boolean value = optionalBool(field);
            return value == null ? missing : value;
        }

        Boolean optionalBool(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                throw invalid(field, value, "must be true or false");
            }
            return value.booleanValue();
        }

        JsonOptions json(String field) {
            return node.hasNonNull(field) ? JsonOptions.parse(node.get(field).toString()) : null;
        }

        /** A string field read by {@code reader}; null when absent. */
        <T> T optional(String field, Function<String, T> reader) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return reader.apply(text);
            } catch (RuntimeException e) {
                throw invalid(field, text, e.getMessage());
            }
        }

        private InvalidVectorizerConfigException invalid(String field, Object value, String reason) {
            return new InvalidVectorizerConfigException(name + "." + field, shown(value), reason);
        }
    }
}
