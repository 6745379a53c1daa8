package io.github.jooqpgai.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vector.DistanceMetric;
import io.github.jooqpgai.vectorizer.VectorizerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.tools.JooqLogger;

/**
 * Reads {@code ai.vectorizer} into {@link PgaiVectorizer}s; an empty list when pgai is not installed. It reads
 * only what generated code uses (source key, destination, embedding, index opclass) and never aborts the run:
 * a vectorizer whose destination, embedding or source key cannot be read is skipped with a warning, an
 * unreadable index config is a warning (the metric falls back to pgai's default), and any other field the
 * runtime's {@link VectorizerConfig#fromJson} cannot read is a warning only. Each warning names the vectorizer
 * and the JSON field.
 */
final class VectorizerCatalogReader {

    private static final JooqLogger LOG = JooqLogger.getLogger(VectorizerCatalogReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorizerCatalogReader() {
    }

    static boolean pgaiInstalled(DSLContext ctx) {
        return Boolean.TRUE.equals(ctx.fetchValue("select to_regclass('ai.vectorizer') is not null", Boolean.class));
    }

    static List<PgaiVectorizer> read(DSLContext ctx) {
        if (!pgaiInstalled(ctx)) {
            return List.of();
        }
        List<PgaiVectorizer> result = new ArrayList<>();
        for (Record r : ctx.fetch("""
                select v.id, v.name::text, v.source_schema::text, v.source_table::text, v.source_pk::text,
                       v.queue_schema::text, v.queue_table::text, v.queue_failed_table::text, v.trigger_name::text,
                       v.config::text, pk.conname::text
                from ai.vectorizer v
                left join pg_catalog.pg_namespace n on n.nspname = v.source_schema
                left join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = v.source_table
                left join pg_catalog.pg_constraint pk on pk.conrelid = c.oid and pk.contype = 'p'
                order by v.id""")) {
            String name = r.get(1, String.class);
            try {
                result.add(vectorizer(r, name));
            } catch (UnreadableField e) {
                LOG.warn("pgai vectorizer skipped", "vectorizer \"" + name + "\": " + e.getMessage()
                        + "; no Vectorizers constant, embedding view keys or search helpers are generated for it");
            }
        }
        return List.copyOf(result);
    }

    private static PgaiVectorizer vectorizer(Record r, String name) {
        JsonNode config = json(r.get(9, String.class), "config");
        PgaiVectorizer.Destination destination = destination(config.path("destination"));
        PgaiVectorizer.Embedding embedding = embedding(config.path("embedding"));
        List<String> sourcePk = sourcePk(json(r.get(4, String.class), "source_pk"));
        JsonNode indexing = config.path("indexing");
        boolean indexingReadable = indexingReadable(indexing);
        if (!indexingReadable) {
            warnAboutIndexing(indexing, name);
        }
        warnAboutWhatTheRuntimeCannotRead(r.get(9, String.class), name, !indexingReadable);
        return new PgaiVectorizer(
                r.get(0, Integer.class),
                name,
                r.get(2, String.class),
                r.get(3, String.class),
                sourcePk,
                r.get(10, String.class) == null ? "" : r.get(10, String.class),
                r.get(5, String.class),
                r.get(6, String.class),
                r.get(7, String.class),
                r.get(8, String.class),
                destination,
                embedding,
                indexingReadable ? indexOpclass(indexing) : Optional.empty());
    }

    private static PgaiVectorizer.Destination destination(JsonNode d) {
        String implementation = text(d, "destination", "implementation");
        return switch (implementation) {
            case "table" -> new PgaiVectorizer.TableDestination(text(d, "destination", "target_schema"),
                    text(d, "destination", "target_table"), text(d, "destination", "view_schema"), text(d, "destination", "view_name"));
            case "column" -> new PgaiVectorizer.ColumnDestination(text(d, "destination", "embedding_column"));
            default -> throw new UnreadableField("destination.implementation", d.get("implementation"), "not a pgai 0.12 destination");
        };
    }

    private static PgaiVectorizer.Embedding embedding(JsonNode e) {
        JsonNode dimensions = e.get("dimensions");
        if (dimensions == null || !dimensions.isIntegralNumber() || !dimensions.canConvertToInt() || dimensions.intValue() < 1) {
            throw new UnreadableField("embedding.dimensions", dimensions, "must be a positive integer");
        }
        return new PgaiVectorizer.Embedding(text(e, "embedding", "implementation"), text(e, "embedding", "model"), dimensions.intValue());
    }

    private static List<String> sourcePk(JsonNode pk) {
        if (!pk.isArray() || pk.isEmpty()) {
            throw new UnreadableField("source_pk", pk, "must be a non-empty array of key columns");
        }
        List<JsonNode> columns = new ArrayList<>();
        for (JsonNode column : pk) {
            text(column, "source_pk", "attname");
            if (!column.path("pknum").canConvertToInt()) {
                throw new UnreadableField("source_pk.pknum", column.get("pknum"), "must be an integer");
            }
            columns.add(column);
        }
        columns.sort((a, b) -> Integer.compare(a.path("pknum").asInt(), b.path("pknum").asInt()));
        return columns.stream().map(c -> c.get("attname").textValue()).toList();
    }

    /** Whether generated code can take a metric from the index config (no index counts as readable). */
    private static boolean indexingReadable(JsonNode indexing) {
        return switch (indexing.path("implementation").asText("")) {
            case "none", "default", "diskann" -> true;
            case "hnsw" -> DistanceMetric.findByOpclass(indexing.path("opclass").asText("")).isPresent();
            default -> false;
        };
    }

    /** The opclass of a readable index config. */
    private static Optional<String> indexOpclass(JsonNode indexing) {
        return switch (indexing.path("implementation").asText("")) {
            case "diskann" -> Optional.of("vector_cosine_ops");
            case "hnsw" -> Optional.of(indexing.path("opclass").textValue());
            default -> Optional.empty();
        };
    }

    /** An unreadable index config only loses the metric: generated code uses pgai's default. */
    private static void warnAboutIndexing(JsonNode indexing, String name) {
        String field = "hnsw".equals(indexing.path("implementation").asText("")) ? "opclass" : "implementation";
        LOG.warn("pgai vectorizer index", "vectorizer \"" + name + "\": field indexing." + field + " = " + indexing.get(field)
                + " cannot be read; its search helpers use pgai's default metric (cosine)");
    }

    /** Fields generated code does not use: unreadable ones are reported, not fatal. */
    private static void warnAboutWhatTheRuntimeCannotRead(String config, String name, boolean indexingReported) {
        try {
            VectorizerConfig.fromJson(config);
        } catch (RuntimeException e) {
            String field = e instanceof InvalidVectorizerConfigException invalid ? invalid.parameter() : "(config)";
            if (!(indexingReported && field.startsWith("indexing"))) {
                LOG.warn("pgai vectorizer config", "vectorizer \"" + name + "\": field " + field
                        + " cannot be read by jooq-pgai (" + e.getMessage() + "); generated code does not use it, "
                        + "but PgaiDSLContext.vectorizer(\"" + name + "\") fails on it");
            }
        }
    }

    private static String text(JsonNode node, String section, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new UnreadableField(section + "." + field, value, "must be a string");
        }
        return value.textValue();
    }

    private static JsonNode json(String text, String column) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableField(column, text, "not JSON");
        }
    }

    /** A field generated code needs, unreadable: the vectorizer is skipped. */
    private static final class UnreadableField extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableField(String field, Object value, String reason) {
            super("field " + field + " = " + value + " cannot be read (" + reason + ")", null, false, false);
        }
    }
}
