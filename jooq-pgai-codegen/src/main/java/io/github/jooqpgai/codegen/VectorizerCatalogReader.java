package io.github.jooqpgai.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.jooqpgai.vectorizer.VectorizerConfig;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@code ai.vectorizer} into {@link PgaiVectorizer}s; an empty list when pgai is not installed. */
final class VectorizerCatalogReader {

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
            result.add(vectorizer(r));
        }
        return List.copyOf(result);
    }

    private static PgaiVectorizer vectorizer(Record r) {
        String name = r.get(1, String.class);
        VectorizerConfig config = config(r.get(9, String.class), name);
        return new PgaiVectorizer(
                r.get(0, Integer.class),
                name,
                r.get(2, String.class),
                r.get(3, String.class),
                sourcePk(json(r.get(4, String.class), name)),
                r.get(10, String.class) == null ? "" : r.get(10, String.class),
                r.get(5, String.class),
                r.get(6, String.class),
                r.get(7, String.class),
                r.get(8, String.class),
                destination(config.destination()),
                new PgaiVectorizer.Embedding(config.embedding().implementation(), config.embedding().model(), config.embedding().dimensions()),
                indexOpclass(config.indexing()));
    }

    private static List<String> sourcePk(JsonNode pk) {
        List<JsonNode> columns = new ArrayList<>();
        pk.forEach(columns::add);
        columns.sort((a, b) -> Integer.compare(a.path("pknum").asInt(), b.path("pknum").asInt()));
        return columns.stream().map(c -> c.path("attname").asText()).toList();
    }

    private static PgaiVectorizer.Destination destination(Destination destination) {
        if (destination instanceof DestinationColumn column) {
            return new PgaiVectorizer.ColumnDestination(column.embeddingColumn());
        }
        DestinationTable table = (DestinationTable) destination;
        return new PgaiVectorizer.TableDestination(table.targetSchema(), table.targetTable(), table.viewSchema(), table.viewName());
    }

    private static Optional<String> indexOpclass(Indexing indexing) {
        if (indexing instanceof IndexingHnsw hnsw) {
            return Optional.of(hnsw.opclass().sql());
        }
        return indexing instanceof IndexingDiskann ? Optional.of("vector_cosine_ops") : Optional.empty();
    }

    private static VectorizerConfig config(String json, String vectorizer) {
        try {
            return VectorizerConfig.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("vectorizer " + vectorizer + " has a config jooq-pgai cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(String text, String vectorizer) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("vectorizer " + vectorizer + " has unreadable JSON in ai.vectorizer", e);
        }
    }
}
