package io.github.jooqpgai.it.vectorizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Helpers for comparing what pgai stored in {@code ai.vectorizer.config} with expected JSON.
 *
 * <pre>{@code
 * assertThat(StoredConfigs.stored(db, name).get("chunking")).isEqualTo(StoredConfigs.json("{...}"));
 * }</pre>
 */
final class StoredConfigs {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private StoredConfigs() {
    }

    /** The stored config of the named vectorizer without {@code version}. */
    static JsonNode stored(PgaiTestSchema db, String name) {
        String text = db.value(String.class, "select config::text from ai.vectorizer where name = ?", name);
        if (text == null) {
            throw new AssertionError("no vectorizer named " + name);
        }
        ObjectNode node = (ObjectNode) json(text);
        node.remove("version");
        return node;
    }

    /** JSON text parsed for comparison. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A vectorizer name unique in the database. */
    static String uniqueName(PgaiTestSchema db) {
        return db.schema() + "_" + COUNTER.incrementAndGet();
    }

    /** A source table {@code <table>(id int primary key, title text not null, content text not null)}. */
    static void blog(PgaiTestSchema db, String table) {
        db.dsl().execute("create table " + table + " (id int primary key, title text not null, content text not null)");
    }
}
