package io.github.jooqpgai.benchmarks.searchbytext;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The same texts and embeddings in both layouts, each with the same HNSW index: jooq-pgai's (a source table
 * {@code bench_search.doc} with a pgai vectorizer whose store {@code doc_embedding_store} holds one chunk per
 * document, read through the view {@code doc_embedding}) and langchain4j's own table {@code bench_search.lc4j_doc}
 * written by {@code PgVectorEmbeddingStore.addAll}.
 *
 * <pre>{@code
 * BenchmarkData.create(connection, texts, vectors, embeddingBaseUrl);
 * PgVectorEmbeddingStore store = BenchmarkData.langchain4jStore(pool, texts, vectors);
 * }</pre>
 */
final class BenchmarkData {

    static final String SCHEMA = "bench_search";
    static final String VECTORIZER = "bench_search_doc";
    static final String API_KEY_NAME = "BENCH_EMBEDDING_API_KEY";
    static final String LC4J_TABLE = "lc4j_doc";
    /** One index definition for both tables. */
    static final String HNSW = "using hnsw (embedding vector_cosine_ops) with (m = 16, ef_construction = 64)";

    private BenchmarkData() {
    }

    /** Drops what an earlier run left (vectorizer with its store, queue and view; the schema). */
    static void drop(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = ?")) {
            p.setString(1, VECTORIZER);
            p.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    /** The source table, its vectorizer (not run: the store is filled directly with the same model's vectors) and the index. */
    static void create(Connection c, List<String> texts, List<float[]> vectors, String embeddingBaseUrl) throws SQLException {
        drop(c);
        try (Statement s = c.createStatement()) {
            s.execute("create schema " + SCHEMA);
            s.execute("create table " + SCHEMA + ".doc (id int primary key, body text not null)");
        }
        try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA + ".doc (id, body) values (?, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                p.setInt(1, i + 1);
                p.setString(2, texts.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("select ai.create_vectorizer('" + SCHEMA + ".doc'::regclass,"
                + " name => ?, loading => ai.loading_column('body'),"
                + " embedding => ai.embedding_openai('all-minilm-l6-v2', 384, api_key_name => ?, base_url => ?),"
                + " chunking => ai.chunking_none(), formatting => ai.formatting_python_template('$chunk'),"
                + " destination => ai.destination_table('doc_embedding'), enqueue_existing => false)")) {
            p.setString(1, VECTORIZER);
            p.setString(2, API_KEY_NAME);
            p.setString(3, embeddingBaseUrl);
            p.execute();
        }
        try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA
                + ".doc_embedding_store (id, chunk_seq, chunk, embedding) values (?, 0, ?, ?::vector)")) {
            for (int i = 0; i < texts.size(); i++) {
                p.setInt(1, i + 1);
                p.setString(2, texts.get(i));
                p.setString(3, literal(vectors.get(i)));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index doc_embedding_store_hnsw on " + SCHEMA + ".doc_embedding_store " + HNSW);
            s.execute("analyze " + SCHEMA + ".doc");
            s.execute("analyze " + SCHEMA + ".doc_embedding_store");
        }
    }

    /** langchain4j's store on its own table (recreated), loaded with the same texts and vectors, and the same index. */
    static PgVectorEmbeddingStore langchain4jStore(DataSource dataSource, List<String> texts, List<float[]> vectors) throws SQLException {
        PgVectorEmbeddingStore store = PgVectorEmbeddingStore.datasourceBuilder()
                .datasource(dataSource)
                .table(LC4J_TABLE)
                .dimension(384)
                .createTable(true)
                .dropTableFirst(true)
                .useIndex(false)
                .build();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ids.add(UUID.nameUUIDFromBytes(Integer.toString(i + 1).getBytes()).toString());
            embeddings.add(Embedding.from(vectors.get(i)));
            segments.add(TextSegment.from(texts.get(i)));
        }
        store.addAll(ids, embeddings, segments);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create index lc4j_doc_hnsw on " + LC4J_TABLE + " " + HNSW);
            s.execute("analyze " + LC4J_TABLE);
        }
        return store;
    }

    private static String literal(float[] v) {
        StringBuilder b = new StringBuilder(v.length * 12).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(v[i]);
        }
        return b.append(']').toString();
    }
}
