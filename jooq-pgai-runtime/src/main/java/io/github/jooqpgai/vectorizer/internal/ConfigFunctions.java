package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.ChunkingCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.ChunkingRecursiveCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.EmbeddingLitellm;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import io.github.jooqpgai.vectorizer.config.LoadingColumn;
import io.github.jooqpgai.vectorizer.config.LoadingUri;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.SchedulingTimescaledb;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.Argument;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;

/**
 * Maps each config record to the pgai config function it stands for, with every argument by name in the
 * function's parameter order. Every function and argument name is a constant here. Not API.
 *
 * <pre>{@code
 * ConfigFunctions.call(Chunking.characterTextSplitter(800, 400)).function(); // "chunking_character_text_splitter"
 * }</pre>
 */
final class ConfigFunctions {

    private ConfigFunctions() {
    }

    /**
     * The config function call of a part.
     *
     * @throws IllegalArgumentException for a config record this class does not know (a missing mapping)
     */
    static ConfigFunctionCall call(VectorizerConfigPart part) {
        if (part instanceof Chunking.None) {
            return ConfigFunctionCall.of("chunking_none");
        }
        if (part instanceof ChunkingCharacterTextSplitter p) {
            return ConfigFunctionCall.of("chunking_character_text_splitter",
                    new Argument("chunk_size", p.chunkSize(), SqlType.INT4),
                    new Argument("chunk_overlap", p.chunkOverlap(), SqlType.INT4),
                    new Argument("separator", p.separator(), SqlType.TEXT),
                    new Argument("is_separator_regex", p.isSeparatorRegex(), SqlType.BOOL));
        }
        if (part instanceof ChunkingRecursiveCharacterTextSplitter p) {
            return ConfigFunctionCall.of("chunking_recursive_character_text_splitter",
                    new Argument("chunk_size", p.chunkSize(), SqlType.INT4),
                    new Argument("chunk_overlap", p.chunkOverlap(), SqlType.INT4),
                    new Argument("separators", p.separators(), SqlType.TEXT_ARRAY),
                    new Argument("is_separator_regex", p.isSeparatorRegex(), SqlType.BOOL));
        }
        if (part instanceof DestinationColumn p) {
            return ConfigFunctionCall.of("destination_column",
                    new Argument("embedding_column", p.embeddingColumn(), SqlType.NAME));
        }
        if (part instanceof DestinationTable p) {
            return ConfigFunctionCall.of("destination_table",
                    new Argument("destination", p.destination(), SqlType.NAME),
                    new Argument("target_schema", p.targetSchema(), SqlType.NAME),
                    new Argument("target_table", p.targetTable(), SqlType.NAME),
                    new Argument("view_schema", p.viewSchema(), SqlType.NAME),
                    new Argument("view_name", p.viewName(), SqlType.NAME));
        }
        if (part instanceof EmbeddingLitellm p) {
            return ConfigFunctionCall.of("embedding_litellm",
                    new Argument("model", p.model(), SqlType.TEXT),
                    new Argument("dimensions", p.dimensions(), SqlType.INT4),
                    new Argument("api_key_name", p.apiKeyName(), SqlType.TEXT),
                    new Argument("extra_options", p.extraOptions(), SqlType.JSONB));
        }
        if (part instanceof EmbeddingOllama p) {
            return ConfigFunctionCall.of("embedding_ollama",
                    new Argument("model", p.model(), SqlType.TEXT),
                    new Argument("dimensions", p.dimensions(), SqlType.INT4),
                    new Argument("base_url", p.baseUrl(), SqlType.TEXT),
                    new Argument("options", p.options(), SqlType.JSONB),
                    new Argument("keep_alive", p.keepAlive(), SqlType.TEXT));
        }
        if (part instanceof EmbeddingOpenai p) {
            return ConfigFunctionCall.of("embedding_openai",
                    new Argument("model", p.model(), SqlType.TEXT),
                    new Argument("dimensions", p.dimensions(), SqlType.INT4),
                    new Argument("chat_user", p.chatUser(), SqlType.TEXT),
                    new Argument("api_key_name", p.apiKeyName(), SqlType.TEXT),
                    new Argument("base_url", p.baseUrl(), SqlType.TEXT));
        }
        if (part instanceof EmbeddingVoyageai p) {
            return ConfigFunctionCall.of("embedding_voyageai",
                    new Argument("model", p.model(), SqlType.TEXT),
                    new Argument("dimensions", p.dimensions(), SqlType.INT4),
                    new Argument("input_type", p.inputType() == null ? null : p.inputType().sql(), SqlType.TEXT),
                    new Argument("api_key_name", p.apiKeyName(), SqlType.TEXT));
        }
        if (part instanceof Formatting.PythonTemplate p) {
            return ConfigFunctionCall.of("formatting_python_template",
                    new Argument("template", p.template(), SqlType.TEXT));
        }
        if (part instanceof Indexing.None) {
            return ConfigFunctionCall.of("indexing_none");
        }
        if (part instanceof Indexing.Default) {
            return ConfigFunctionCall.of("indexing_default");
        }
        if (part instanceof IndexingDiskann p) {
            return ConfigFunctionCall.of("indexing_diskann",
                    new Argument("min_rows", p.minRows(), SqlType.INT4),
                    new Argument("storage_layout", p.storageLayout() == null ? null : p.storageLayout().sql(), SqlType.TEXT),
                    new Argument("num_neighbors", p.numNeighbors(), SqlType.INT4),
                    new Argument("search_list_size", p.searchListSize(), SqlType.INT4),
                    new Argument("max_alpha", p.maxAlpha(), SqlType.FLOAT8),
                    new Argument("num_dimensions", p.numDimensions(), SqlType.INT4),
                    new Argument("num_bits_per_dimension", p.numBitsPerDimension(), SqlType.INT4),
                    new Argument("create_when_queue_empty", p.createWhenQueueEmpty(), SqlType.BOOL));
        }
        if (part instanceof IndexingHnsw p) {
            return ConfigFunctionCall.of("indexing_hnsw",
                    new Argument("min_rows", p.minRows(), SqlType.INT4),
                    new Argument("opclass", p.opclass().sql(), SqlType.TEXT),
                    new Argument("m", p.m(), SqlType.INT4),
                    new Argument("ef_construction", p.efConstruction(), SqlType.INT4),
                    new Argument("create_when_queue_empty", p.createWhenQueueEmpty(), SqlType.BOOL));
        }
        if (part instanceof LoadingColumn p) {
            return ConfigFunctionCall.of("loading_column",
                    new Argument("column_name", p.columnName(), SqlType.NAME),
                    new Argument("retries", p.retries(), SqlType.INT4));
        }
        if (part instanceof LoadingUri p) {
            return ConfigFunctionCall.of("loading_uri",
                    new Argument("column_name", p.columnName(), SqlType.NAME),
                    new Argument("retries", p.retries(), SqlType.INT4),
                    new Argument("aws_role_arn", p.awsRoleArn(), SqlType.TEXT));
        }
        if (part instanceof Parsing.Auto) {
            return ConfigFunctionCall.of("parsing_auto");
        }
        if (part instanceof Parsing.None) {
            return ConfigFunctionCall.of("parsing_none");
        }
        if (part instanceof Parsing.Pymupdf) {
            return ConfigFunctionCall.of("parsing_pymupdf");
        }
        if (part instanceof Parsing.Docling) {
            return ConfigFunctionCall.of("parsing_docling");
        }
        if (part instanceof Processing.Default p) {
            return ConfigFunctionCall.of("processing_default",
                    new Argument("batch_size", p.batchSize(), SqlType.INT4),
                    new Argument("concurrency", p.concurrency(), SqlType.INT4));
        }
        if (part instanceof Scheduling.None) {
            return ConfigFunctionCall.of("scheduling_none");
        }
        if (part instanceof Scheduling.Default) {
            return ConfigFunctionCall.of("scheduling_default");
        }
        if (part instanceof SchedulingTimescaledb p) {
            return ConfigFunctionCall.of("scheduling_timescaledb",
                    new Argument("schedule_interval", p.scheduleInterval(), SqlType.INTERVAL),
                    new Argument("initial_start", p.initialStart(), SqlType.TIMESTAMPTZ),
                    new Argument("fixed_schedule", p.fixedSchedule(), SqlType.BOOL),
                    new Argument("timezone", p.timezone(), SqlType.TEXT));
        }
        throw new IllegalArgumentException("no pgai config function for " + part.getClass().getName());
    }
}
