package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.json;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.stored;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * pgai's own Alembic migration test scenarios (OpenAI with chat_user/api_key_name and the character
 * splitter; Ollama with base_url/keep_alive, the recursive splitter and a template; HNSW and diskann
 * indexing), written as jOOQ migrations: upgrade in one transaction through a plain DSLContext, check
 * the stored config, downgrade with drop_all before dropping the source table.
 */
@PgaiTest
class AlembicScenariosIT {

    @Test
    void openaiWithChatUserApiKeyNameAndCharacterSplitter(PgaiTestSchema db) {
        DSLContext dsl = DSL.using(db.dataSource(), SQLDialect.POSTGRES);
        String name = uniqueName(db);

        int id = dsl.transactionResult(trx -> {
            trx.dsl().execute("create table documents (id int primary key, title varchar(255) not null, content text not null)");
            return trx.dsl().fetchValue(PgaiDSL.createVectorizer(DSL.name(db.schema(), "documents"))
                    .loading(Loading.column("content"))
                    .embedding(Embedding.openai("text-embedding-3-small", 768).withChatUser("test_user").withApiKeyName("TEST_OPENAI_KEY"))
                    .chunking(Chunking.characterTextSplitter(256, 20).withSeparator("\n;").withSeparatorRegex(false))
                    .processing(new Processing.Default(50, 2))
                    .name(name)
                    .asQuery());
        });

        assertThat(stored(db, name)).isEqualTo(json("""
                {"loading": {"implementation": "column", "config_type": "loading", "column_name": "content", "retries": 6},
                 "parsing": {"implementation": "auto", "config_type": "parsing"},
                 "embedding": {"implementation": "openai", "config_type": "embedding", "model": "text-embedding-3-small", "dimensions": 768,
                               "user": "test_user", "api_key_name": "TEST_OPENAI_KEY"},
                 "chunking": {"implementation": "character_text_splitter", "config_type": "chunking", "chunk_size": 256, "chunk_overlap": 20,
                              "separator": "\\n;", "is_separator_regex": false},
                 "indexing": {"implementation": "none", "config_type": "indexing"},
                 "formatting": {"implementation": "python_template", "config_type": "formatting", "template": "$chunk"},
                 "scheduling": {"implementation": "none", "config_type": "scheduling"},
                 "processing": {"implementation": "default", "config_type": "processing", "batch_size": 50, "concurrency": 2},
                 "destination": {"implementation": "table", "config_type": "destination", "target_schema": "%1$s",
                                 "target_table": "documents_embedding_store", "view_schema": "%1$s", "view_name": "documents_embedding"}}
                """.formatted(db.schema())));
        downgrade(db, dsl, id, "documents", "documents_embedding_store", "documents_embedding");
    }

    @Test
    void ollamaWithBaseUrlKeepAliveRecursiveSplitterAndTemplate(PgaiTestSchema db) {
        DSLContext dsl = DSL.using(db.dataSource(), SQLDialect.POSTGRES);
        String name = uniqueName(db);

        int id = dsl.transactionResult(trx -> {
            trx.dsl().execute("create table code_snippets (id int primary key, language varchar(50) not null, "
                    + "description varchar(255) not null, code text not null)");
            return trx.dsl().fetchValue(PgaiDSL.createVectorizer(DSL.name(db.schema(), "code_snippets"))
                    .loading(Loading.column("code"))
                    .embedding(Embedding.ollama("nomic-embed-text", 768).withBaseUrl("http://localhost:11434").withKeepAlive("5m"))
                    .chunking(Chunking.recursiveCharacterTextSplitter(300, 30).withSeparators(List.of("\n\n", "\n", "; ")))
                    .formatting(Formatting.pythonTemplate("Language: $language\nDescription: $description\nCode:\n$chunk"))
                    .processing(new Processing.Default(75, 2))
                    .name(name)
                    .asQuery());
        });

        assertThat(stored(db, name)).isEqualTo(json("""
                {"loading": {"implementation": "column", "config_type": "loading", "column_name": "code", "retries": 6},
                 "parsing": {"implementation": "auto", "config_type": "parsing"},
                 "embedding": {"implementation": "ollama", "config_type": "embedding", "model": "nomic-embed-text", "dimensions": 768,
                               "base_url": "http://localhost:11434", "keep_alive": "5m"},
                 "chunking": {"implementation": "recursive_character_text_splitter", "config_type": "chunking", "chunk_size": 300,
                              "chunk_overlap": 30, "separators": ["\\n\\n", "\\n", "; "], "is_separator_regex": false},
                 "indexing": {"implementation": "none", "config_type": "indexing"},
                 "formatting": {"implementation": "python_template", "config_type": "formatting",
                                "template": "Language: $language\\nDescription: $description\\nCode:\\n$chunk"},
                 "scheduling": {"implementation": "none", "config_type": "scheduling"},
                 "processing": {"implementation": "default", "config_type": "processing", "batch_size": 75, "concurrency": 2},
                 "destination": {"implementation": "table", "config_type": "destination", "target_schema": "%1$s",
                                 "target_table": "code_snippets_embedding_store", "view_schema": "%1$s", "view_name": "code_snippets_embedding"}}
                """.formatted(db.schema())));
        downgrade(db, dsl, id, "code_snippets", "code_snippets_embedding_store", "code_snippets_embedding");
    }

    @Test
    void hnswIndexingWithTimescaledbScheduling(PgaiTestSchema db) {
        Indexing hnsw = Indexing.hnsw().withMinRows(50_000).withOpclass(HnswOpclass.VECTOR_L1_OPS).withM(16).withEfConstruction(64)
                .withCreateWhenQueueEmpty(true);
        assertThat(json(db.dsl().select(PgaiDSL.configFunction(hnsw)).fetchOne(0, String.class))).isEqualTo(json("""
                {"implementation": "hnsw", "config_type": "indexing", "min_rows": 50000, "opclass": "vector_l1_ops", "m": 16,
                 "ef_construction": 64, "create_when_queue_empty": true}"""));
        assertIndexedMigrationNeedsTheAiExtension(db, "product_descriptions", hnsw);
    }

    @Test
    void diskannIndexingWithTimescaledbScheduling(PgaiTestSchema db) {
        Indexing diskann = Indexing.diskann().withMinRows(50_000).withStorageLayout(DiskannStorageLayout.MEMORY_OPTIMIZED)
                .withNumNeighbors(50).withSearchListSize(100).withMaxAlpha(1.2).withNumDimensions(768).withNumBitsPerDimension(2)
                .withCreateWhenQueueEmpty(false);
        assertThat(json(db.dsl().select(PgaiDSL.configFunction(diskann)).fetchOne(0, String.class))).isEqualTo(json("""
                {"implementation": "diskann", "config_type": "indexing", "min_rows": 50000, "storage_layout": "memory_optimized",
                 "num_neighbors": 50, "search_list_size": 100, "max_alpha": 1.2, "num_dimensions": 768, "num_bits_per_dimension": 2,
                 "create_when_queue_empty": false}"""));
        assertIndexedMigrationNeedsTheAiExtension(db, "product_reviews", diskann);
    }

    /**
     * Automatic indexing needs scheduling, and scheduling_timescaledb needs TimescaleDB and the {@code ai}
     * extension, which this database (like most managed ones) does not have: the migration fails with
     * pgai's message and leaves nothing behind.
     */
    private static void assertIndexedMigrationNeedsTheAiExtension(PgaiTestSchema db, String table, Indexing indexing) {
        DSLContext dsl = DSL.using(db.dataSource(), SQLDialect.POSTGRES);
        CreateVectorizerFinalStep create = PgaiDSL.createVectorizer(DSL.name(db.schema(), table))
                .loading(Loading.column("description"))
                .embedding(Embedding.openai("text-embedding-3-small", 768).withApiKeyName("TEST_OPENAI_KEY"))
                .chunking(Chunking.characterTextSplitter(200, 25).withSeparator(" "))
                .indexing(indexing)
                .formatting(Formatting.pythonTemplate("Product: $name\nCategory: $category\nPrice: $price\nFeatures: $features\nDescription: $chunk"))
                .scheduling(Scheduling.timescaledb(Duration.ofMinutes(5)).withFixedSchedule(false))
                .name(uniqueName(db));

        assertThatThrownBy(() -> dsl.transaction(trx -> {
            trx.dsl().execute("create table " + table + " (id int primary key, name varchar(100) not null, description text not null, "
                    + "category varchar(50) not null, price float8 not null, features text)");
            trx.dsl().fetchValue(create.asQuery());
        })).isInstanceOfSatisfying(DataAccessException.class, e -> {
            PgaiException translated = (PgaiException) PgaiException.translate(e);
            assertThat(translated.pgaiMessage()).isEqualTo("ai extension not found but it is needed for timescaledb scheduling.");
            assertThat(translated.sqlState()).isEqualTo("P0001");
        });
        assertThat(dsl.fetchValue("select to_regclass(?)::text", db.schema() + "." + table)).isNull();
        assertThat(create.asQuery().getSQL()).contains("scheduling => \"ai\".\"scheduling_timescaledb\"(schedule_interval => ?::interval");
    }

    private static void downgrade(PgaiTestSchema db, DSLContext dsl, int id, String table, String store, String view) {
        dsl.transaction(trx -> {
            trx.dsl().execute(PgaiDSL.dropVectorizer(id).dropAll().asQuery());
            trx.dsl().execute("drop table " + table);
        });
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where id = ?", id)).isZero();
        for (String relation : List.of(table, store, view)) {
            assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + "." + relation)).isNull();
        }
    }
}
