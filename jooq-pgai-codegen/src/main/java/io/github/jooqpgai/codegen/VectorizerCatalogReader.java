package io.github.jooqpgai.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.tools.JooqLogger;

/**
 * Reads {@code ai.vectorizer} into {@link CatalogVectorizer}s; an empty list when pgai is not installed. The
 * stored config is read with the runtime's {@link VectorizerConfig#fromJsonLeniently} into the same config
 * records the DSL uses, and the run never aborts: a vectorizer whose destination, embedding or source key
 * cannot be read is skipped with a warning, an unreadable indexing section is a warning and reads as
 * {@link Indexing#defaults()} (the metric falls back to pgai's default), and any other unreadable section is a
 * warning only. Each warning names the vectorizer and the JSON field.
 */
final class VectorizerCatalogReader {

    private static final JooqLogger LOG = JooqLogger.getLogger(VectorizerCatalogReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorizerCatalogReader() {
    }

    static boolean pgaiInstalled(DSLContext ctx) {
        return Boolean.TRUE.equals(ctx.fetchValue("select to_regclass('ai.vectorizer') is not null", Boolean.class));
    }

    static List<CatalogVectorizer> read(DSLContext ctx) {
        if (!pgaiInstalled(ctx)) {
            return List.of();
        }
        List<CatalogVectorizer> result = new ArrayList<>();
        for (Record r : ctx.fetch("""
                select v.id, v.name::text, v.source_schema::text, v.source_table::text, v.source_pk::text,
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

    private static CatalogVectorizer vectorizer(Record r, String name) {
        List<InvalidVectorizerConfigException> unreadable = new ArrayList<>();
        VectorizerConfig config = config(r.get(5, String.class), unreadable::add);
        Destination destination = destination(config.destination(), unreadable);
        Embedding embedding = needed(config.embedding(), "embedding", unreadable);
        List<String> sourcePk = sourcePk(json(r.get(4, String.class), "source_pk"));
        for (InvalidVectorizerConfigException e : unreadable) {
            warn(name, e);
        }
        return new CatalogVectorizer(
                r.get(0, Integer.class),
                name,
                r.get(2, String.class),
                r.get(3, String.class),
                sourcePk,
                r.get(6, String.class) == null ? "" : r.get(6, String.class),
                destination,
                embedding,
                config.indexing() == null ? Indexing.defaults() : config.indexing());
    }

    private static VectorizerConfig config(String json, Consumer<InvalidVectorizerConfigException> unreadable) {
        try {
            return VectorizerConfig.fromJsonLeniently(json, unreadable);
        } catch (IllegalArgumentException e) {
            throw new UnreadableField("config", json, "not JSON");
        }
    }

    /** The destination as pgai stores it: a column, or a table with every name resolved. */
    private static Destination destination(Destination destination, List<InvalidVectorizerConfigException> unreadable) {
        Destination read = needed(destination, "destination", unreadable);
        if (read instanceof DestinationTable t) {
            requireName("target_schema", t.targetSchema());
            requireName("target_table", t.targetTable());
            requireName("view_schema", t.viewSchema());
            requireName("view_name", t.viewName());
        }
        return read;
    }

    /** A section generated code cannot do without: when unreadable, the vectorizer is skipped. */
    private static <T> T needed(T section, String name, List<InvalidVectorizerConfigException> unreadable) {
        if (section == null) {
            InvalidVectorizerConfigException e = unreadable.stream().filter(u -> u.parameter().startsWith(name)).findFirst().orElseThrow();
            throw new UnreadableField(e);
        }
        return section;
    }

    private static void requireName(String field, String value) {
        if (value == null) {
            throw new UnreadableField("destination." + field, null, "must be a string");
        }
    }

    /** A section generated code can do without: a warning naming the field. */
    private static void warn(String name, InvalidVectorizerConfigException e) {
        if (e.parameter().startsWith("indexing")) {
            LOG.warn("pgai vectorizer index", "vectorizer \"" + name + "\": field " + e.parameter() + " cannot be read ("
                    + e.getMessage() + "); its search helpers use pgai's default metric (cosine)");
        } else {
            LOG.warn("pgai vectorizer config", "vectorizer \"" + name + "\": field " + e.parameter()
                    + " cannot be read by jooq-pgai (" + e.getMessage() + "); generated code does not use it, "
                    + "but PgaiDSLContext.vectorizer(\"" + name + "\") fails on it");
        }
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

        UnreadableField(InvalidVectorizerConfigException e) {
            super("field " + e.parameter() + " cannot be read (" + e.getMessage() + ")", null, false, false);
        }
    }
}
