package io.github.jooqpgai.it.codegen;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Creates fixture vectorizers with pgai's own SQL API ({@code ai.create_vectorizer}); every identifier and
 * config value is a bind value.
 *
 * <pre>{@code
 * FixtureVectorizers.table(dsl, schema, "blog", name, "body", 768, null, null, null, null);
 * }</pre>
 */
final class FixtureVectorizers {

    private FixtureVectorizers() {
    }

    /** A table-destination vectorizer; {@code viewName}/{@code targetTable}/{@code targetSchema}/{@code queueSchema} may be null (pgai defaults). */
    static int table(DSLContext dsl, String schema, String source, String name, String column, int dimensions,
            String viewName, String targetTable, String targetSchema, String queueSchema) {
        return dsl.fetchValue(DSL.field("""
                ai.create_vectorizer(format('%I.%I', {0}::text, {1}::text)::regclass,
                    name => {2}::text,
                    loading => ai.loading_column(column_name => {3}::name),
                    embedding => ai.embedding_openai(model => 'text-embedding-3-small', dimensions => {4}::int4),
                    destination => ai.destination_table(view_name => {5}::name, target_table => {6}::name, target_schema => {7}::name),
                    queue_schema => {8}::name,
                    enqueue_existing => false)""", Integer.class,
                DSL.val(schema), DSL.val(source), DSL.val(name), DSL.val(column), DSL.val(dimensions),
                DSL.val(viewName, String.class), DSL.val(targetTable, String.class), DSL.val(targetSchema, String.class),
                DSL.val(queueSchema, String.class)));
    }

    /** A table-destination vectorizer named by pgai's {@code destination} base name: view {@code <base>}, store {@code <base>_store}. */
    static int tableWithBaseName(DSLContext dsl, String schema, String source, String name, String column, int dimensions, String base) {
        return dsl.fetchValue(DSL.field("""
                ai.create_vectorizer(format('%I.%I', {0}::text, {1}::text)::regclass,
                    name => {2}::text,
                    loading => ai.loading_column(column_name => {3}::name),
                    embedding => ai.embedding_openai(model => 'text-embedding-3-small', dimensions => {4}::int4),
                    destination => ai.destination_table(destination => {5}::name),
                    enqueue_existing => false)""", Integer.class,
                DSL.val(schema), DSL.val(source), DSL.val(name), DSL.val(column), DSL.val(dimensions), DSL.val(base)));
    }

    /** A column-destination vectorizer (chunking none). */
    static int column(DSLContext dsl, String schema, String source, String name, String column, int dimensions, String embeddingColumn) {
        return dsl.fetchValue(DSL.field("""
                ai.create_vectorizer(format('%I.%I', {0}::text, {1}::text)::regclass,
                    name => {2}::text,
                    loading => ai.loading_column(column_name => {3}::name),
                    embedding => ai.embedding_ollama(model => 'nomic-embed-text', dimensions => {4}::int4),
                    chunking => ai.chunking_none(),
                    destination => ai.destination_column(embedding_column => {5}::name),
                    enqueue_existing => false)""", Integer.class,
                DSL.val(schema), DSL.val(source), DSL.val(name), DSL.val(column), DSL.val(dimensions), DSL.val(embeddingColumn)));
    }

    /** Records an HNSW index config on a vectorizer, as a TimescaleDB-scheduled vectorizer would have it. */
    static void hnswIndexed(DSLContext dsl, String name, String opclass) {
        dsl.execute("update ai.vectorizer set config = jsonb_set(config, '{indexing}', ai.indexing_hnsw(opclass => ?)) where name = ?",
                opclass, name);
    }
}
