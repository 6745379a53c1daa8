package io.github.jooqpgai.it.vectorscale;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * diskann on a real pgvectorscale (only in the vectorscale cell of {@code scripts/compat-matrix}, on
 * {@code PGAI_VARIANT=vectorscale scripts/pgai-db}): our {@link IndexingDiskann} configs give the JSON
 * pgai's own {@code ai.indexing_diskann(...)} gives, pgai's own index builder
 * ({@code ai._vectorizer_create_vector_index}, what its scheduler runs) really builds a diskann index from
 * them on a vectorizer's store table, and {@link VectorDSL#nearestNeighbours} is served by that index.
 * Tagged {@code vectorscale}: excluded from the default run, selected by {@code -Pvectorscale}; run on a
 * database without pgvectorscale it fails, never skips.
 *
 * <pre>{@code
 * PGAI_JDBC_URL=$(PGAI_VARIANT=vectorscale scripts/pgai-db start) mvn verify -pl integration-tests -am -Pvectorscale
 * }</pre>
 */
@PgaiTest
@Tag("vectorscale")
class DiskannVectorscaleIT {

    private static final int DIMENSIONS = 64;
    private static final int ROWS = 2000;

    @BeforeAll
    static void requirePgvectorscale(PgaiTestSchema db) {
        String available = db.value(String.class, "select default_version from pg_available_extensions where name = 'vectorscale'");
        assertThat(available)
                .as("this IT needs pgvectorscale; run it on PGAI_VARIANT=vectorscale scripts/pgai-db (the vectorscale cell), not on %s",
                        db.serverJdbcUrl())
                .isNotNull();
        db.dsl().execute("create extension if not exists vectorscale");
    }

    /** Our configs, each with the same arguments written out to pgai's own function. */
    private static List<Object[]> configs() {
        return List.of(
                new Object[] {Indexing.diskann(), "ai.indexing_diskann()"},
                new Object[] {Indexing.diskann().withMinRows(0).withStorageLayout(DiskannStorageLayout.PLAIN).withNumNeighbors(32)
                        .withSearchListSize(64).withMaxAlpha(1.1),
                        "ai.indexing_diskann(min_rows => 0, storage_layout => 'plain', num_neighbors => 32, search_list_size => 64, max_alpha => 1.1)"},
                new Object[] {Indexing.diskann().withMinRows(0).withStorageLayout(DiskannStorageLayout.MEMORY_OPTIMIZED)
                        .withNumDimensions(48).withNumBitsPerDimension(2).withCreateWhenQueueEmpty(false),
                        "ai.indexing_diskann(min_rows => 0, storage_layout => 'memory_optimized', num_dimensions => 48, "
                                + "num_bits_per_dimension => 2, create_when_queue_empty => false)"});
    }

    @Test
    void ourDiskannConfigIsPgaisAndPgaiBuildsARealDiskannIndexFromIt(PgaiTestSchema db) {
        int n = 0;
        for (Object[] config : configs()) {
            IndexingDiskann ours = (IndexingDiskann) config[0];
            String table = "blog" + n++;
            String store = storeTableWithRows(db, table);
            JSONB oursJson = db.dsl().select(PgaiDSL.configFunction(ours)).fetchOne(0, JSONB.class);
            JSONB pgaisJson = db.dsl().select(DSL.field((String) config[1], SQLDataType.JSONB)).fetchOne(0, JSONB.class);
            assertThat(db.value(Boolean.class, "select ?::jsonb = ?::jsonb", oursJson.data(), pgaisJson.data()))
                    .as("%s renders as %s: %s vs %s", ours, config[1], oursJson, pgaisJson).isTrue();

            db.dsl().execute("select ai._vectorizer_create_vector_index(?, ?, ?::jsonb, 'embedding')", db.schema(), store, oursJson.data());

            assertThat(db.values(String.class, """
                    select am.amname || ' ' || coalesce(array_to_string(c.reloptions, ','), '')
                      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
                      join pg_class t on t.oid = i.indrelid join pg_namespace ns on ns.oid = t.relnamespace
                     where ns.nspname = ? and t.relname = ? and am.amname <> 'btree'""", db.schema(), store))
                    .as("the index pgai built from %s", oursJson).containsExactly("diskann " + withOptions(pgaisJson, db));
            assertThat(db.value(Boolean.class, "select ai._vectorizer_vector_index_exists(?, ?, ?::jsonb, 'embedding')",
                    db.schema(), store, pgaisJson.data())).as("pgai sees the index its own config asks for").isTrue();
        }
    }

    @Test
    void nearestNeighboursIsServedByTheDiskannIndex(PgaiTestSchema db) throws SQLException {
        String store = storeTableWithRows(db, "knn");
        db.dsl().execute("select ai._vectorizer_create_vector_index(?, ?, ?::jsonb, 'embedding')", db.schema(), store,
                db.dsl().select(PgaiDSL.configFunction(Indexing.diskann().withMinRows(0))).fetchOne(0, JSONB.class).data());
        String indexName = db.value(String.class, """
                select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
                 where i.indrelid = (? || '.' || ?)::regclass and am.amname = 'diskann'""", db.schema(), store);
        assertThat(indexName).as("diskann index on %s", store).isNotNull();

        Table<?> storeTable = DSL.table(DSL.name(db.schema(), store));
        Field<Vector> embedding = DSL.field(DSL.name(db.schema(), store, "embedding"), VectorTypes.vector(DIMENSIONS));
        Field<String> chunk = DSL.field(DSL.name(db.schema(), store, "chunk"), String.class);
        Vector query = randomVectors(1, 99).get(0);
        try (Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
            }
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            var knn = VectorDSL.nearestNeighbours(dsl.select(chunk).from(storeTable), embedding, DistanceMetric.COSINE, query, 10);
            String plan = dsl.explain(knn).plan();
            assertThat(plan).as("plan of %s", knn.getSQL()).contains("Index Scan using " + indexName);
            assertThat(knn.fetch(chunk)).as("10 neighbours found through the diskann index").hasSize(10);
        }
    }

    /** A vectorizer on {@code <table>} (no indexing: no TimescaleDB here) and ROWS made-up embeddings in its store. */
    private static String storeTableWithRows(PgaiTestSchema db, String table) {
        db.dsl().execute("create table " + table + " (id int primary key, content text not null)");
        PgaiDSL.using(db.dataSource()).createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", DIMENSIONS)).name(db.schema() + "_" + table).execute();
        String store = table + "_embedding_store";
        Table<?> storeTable = DSL.table(DSL.name(db.schema(), store));
        Field<Integer> id = DSL.field(DSL.name("id"), Integer.class);
        Field<Integer> chunkSeq = DSL.field(DSL.name("chunk_seq"), Integer.class);
        Field<String> chunk = DSL.field(DSL.name("chunk"), String.class);
        Field<Vector> embedding = DSL.field(DSL.name("embedding"), VectorTypes.vector(DIMENSIONS));
        var insert = db.dsl().insertInto(storeTable, id, chunkSeq, chunk, embedding);
        List<Vector> vectors = randomVectors(ROWS, table.hashCode());
        for (int i = 0; i < ROWS; i++) {
            insert = insert.values(i, 0, "chunk " + i, vectors.get(i));
        }
        insert.execute();
        return store;
    }

    /** The reloptions pgai's builder derives from a config ({@code num_neighbors=32,...}), in pgai's key order. */
    private static String withOptions(JSONB config, PgaiTestSchema db) {
        return db.value(String.class, """
                select coalesce(string_agg(case key when 'storage_layout' then key || '=' || value
                                                    when 'max_alpha' then key || '=' || value::float8
                                                    else key || '=' || value::int end, ','), '')
                  from jsonb_each_text(?::jsonb)
                 where key in ('storage_layout', 'num_neighbors', 'search_list_size', 'max_alpha', 'num_dimensions', 'num_bits_per_dimension')""",
                config.data());
    }

    private static List<Vector> randomVectors(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Vector> vectors = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            float[] values = new float[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                values[i] = (float) (random.nextDouble() * 2 - 1);
            }
            vectors.add(Vector.of(values));
        }
        return vectors;
    }
}
