package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jooq.impl.DSL.count;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectLimitPercentStep;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates code with {@code PgaiDatabase} + {@code PgaiGenerator} against a fixture schema with five
 * vectorizers (table and column destinations, custom names, a store in another schema, a queue in the
 * fixture schema, two vectorizers on one table, uuid / text / composite / mixed-case keys), compiles it in
 * the test and runs real queries with it.
 */
@PgaiTest
class PgaiCodegenIT {

    private static final String PKG = "it.codegen.fixture";
    private static final float[] NEAR = unit(0);
    private static final float[] MIDDLE = unit(1);
    private static final float[] FAR = unit(2);

    @TempDir
    static Path work;

    static GeneratedCode code;
    static String s;

    @BeforeAll
    static void generate(PgaiTestSchema db) {
        s = db.schema();
        DSLContext dsl = db.dsl();
        dsl.execute("create schema " + s + "_store");
        dsl.execute("create table author (id uuid primary key, name text not null)");
        dsl.execute("create table blog (id int primary key, title text not null, published boolean not null, body text not null, author_id uuid references author (id))");
        dsl.execute("create table doc (tenant int, slug text, body text not null, primary key (tenant, slug))");
        dsl.execute("create table \"BlogPost\" (post_id text primary key, \"order\" int, \"Body\" text not null)");
        dsl.execute("create table note (id uuid primary key, body text not null)");
        dsl.execute("create table plain (id int primary key, v vector(3), h halfvec(4), sp sparsevec(5), u vector)");

        FixtureVectorizers.table(dsl, s, "blog", s + "_blog_body", "body", 3, null, null, null, s);
        FixtureVectorizers.table(dsl, s, "blog", s + "_blog_title", "title", 4, "blog_title_embedding", "blog_title_store", s + "_store", null);
        FixtureVectorizers.table(dsl, s, "doc", s + "_doc", "body", 3, "doc_chunks", "doc_chunk_store", null, null);
        FixtureVectorizers.table(dsl, s, "BlogPost", s + "_blogpost", "Body", 3, "BlogPost Embedding", "BlogPost Store", null, null);
        FixtureVectorizers.column(dsl, s, "note", s + "_note", "body", 3, "body_embedding");
        FixtureVectorizers.tableWithBaseName(dsl, s, "author", s + "_author", "name", 3, "author_vectors");
        FixtureVectorizers.hnswIndexed(dsl, s + "_doc", "vector_ip_ops");

        code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), s, PKG), PKG, work);
        fixtureRows(dsl);
    }

    @AfterAll
    static void dropStoreSchema(PgaiTestSchema db) {
        db.dsl().execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name like ?", s + "\\_%");
        db.dsl().execute("drop schema if exists " + s + "_store cascade");
    }

    @Test
    void managedObjectsAreNotGenerated() {
        List<String> files = code.sourceFiles();
        assertThat(files).contains("tables/Blog.java", "tables/BlogEmbedding.java", "tables/BlogTitleEmbedding.java",
                "tables/DocChunks.java", "tables/BlogpostEmbedding.java", "tables/AuthorVectors.java", "tables/Note.java", "tables/Plain.java", "Vectorizers.java");
        assertThat(files).noneMatch(f -> f.contains("Store") || f.contains("store"));
        assertThat(files).noneMatch(f -> f.contains("VectorizerQ") || f.contains("VectorizerSrcTrg"));
        assertThat(code.hasSource("Routines.java")).isFalse();
        assertThat(code.type("Keys")).isNotNull();
    }

    @Test
    void vectorColumnsGetJooqPgaiTypesWithTheirDimensions() {
        Table<?> plain = code.table("Plain", "PLAIN");
        assertThat(plain.field("v").getType()).isEqualTo(Vector.class);
        assertThat(plain.field("h").getType()).isEqualTo(HalfVector.class);
        assertThat(plain.field("sp").getType()).isEqualTo(SparseVector.class);
        assertThat(plain.field("u").getType()).isEqualTo(Vector.class);
        assertThat(VectorDSL.dimensionOf(plain.field("v"))).isEqualTo(OptionalInt.of(3));
        assertThat(VectorDSL.dimensionOf(plain.field("h"))).isEqualTo(OptionalInt.of(4));
        assertThat(VectorDSL.dimensionOf(plain.field("sp"))).isEqualTo(OptionalInt.of(5));
        assertThat(VectorDSL.dimensionOf(plain.field("u"))).isEmpty();
        assertThat(VectorDSL.dimensionOf(code.table("BlogEmbedding", "BLOG_EMBEDDING").field("embedding"))).isEqualTo(OptionalInt.of(3));
        assertThat(VectorDSL.dimensionOf(code.table("BlogTitleEmbedding", "BLOG_TITLE_EMBEDDING").field("embedding"))).isEqualTo(OptionalInt.of(4));
        assertThat(VectorDSL.dimensionOf(code.table("Note", "NOTE").field("body_embedding"))).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void vectorColumnsRoundTrip(PgaiTestSchema db) {
        @SuppressWarnings("unchecked")
        Table<Record> plain = (Table<Record>) code.table("Plain", "PLAIN");
        @SuppressWarnings("unchecked")
        Field<Vector> v = (Field<Vector>) plain.field("v");
        @SuppressWarnings("unchecked")
        Field<HalfVector> h = (Field<HalfVector>) plain.field("h");
        @SuppressWarnings("unchecked")
        Field<Integer> id = (Field<Integer>) plain.field("id");
        db.dsl().insertInto(plain, id, v, h).values(1, Vector.of(1, 2, 3), HalfVector.of(1, 2, 3, 4)).execute();

        Record r = db.dsl().select(v, h).from(plain).where(id.eq(1)).fetchOne();
        assertThat(r.get(v)).isEqualTo(Vector.of(1, 2, 3));
        assertThat(r.get(h)).isEqualTo(HalfVector.of(1, 2, 3, 4));
        Throwable wrongSize = catchThrowable(() -> db.dsl().insertInto(plain, id, v).values(2, Vector.of(1, 2)).execute());
        while (wrongSize.getCause() != null) {
            wrongSize = wrongSize.getCause();
        }
        assertThat(wrongSize).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 dimensions");
    }

    @Test
    void embeddingViewsHaveAPrimaryKeyAndANotEnforcedForeignKeyToTheirSource() {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> blog = code.table("Blog", "BLOG");
        assertThat(view.getPrimaryKey().getFields()).extracting(Field::getName).containsExactly("embedding_uuid");
        ForeignKey<?, ?> fk = view.getReferences().get(0);
        assertThat(view.getReferences()).hasSize(1);
        assertThat(fk.getKey().getTable()).isEqualTo(blog);
        assertThat(fk.getFields()).extracting(Field::getName).containsExactly("id");
        assertThat(fk.enforced()).isFalse();

        Table<?> docChunks = code.table("DocChunks", "DOC_CHUNKS");
        assertThat(docChunks.getReferences().get(0).getFields()).extracting(Field::getName).containsExactly("tenant", "slug");
        assertThat(docChunks.getReferences().get(0).getKey().getTable()).isEqualTo(code.table("Doc", "DOC"));

        Table<?> authorView = code.table("AuthorVectors", "AUTHOR_VECTORS");
        assertThat(authorView.getReferences().get(0).getFields()).extracting(Field::getName).containsExactly("id");
        assertThat(authorView.getReferences().get(0).getFields().get(0).getType()).isEqualTo(UUID.class);

        Table<?> blogPostView = code.table("BlogpostEmbedding", "BLOGPOST_EMBEDDING");
        assertThat(blogPostView.getName()).isEqualTo("BlogPost Embedding");
        assertThat(blogPostView.getReferences().get(0).getFields()).extracting(Field::getName).containsExactly("post_id");
        assertThat(blogPostView.getPrimaryKey().getFields()).extracting(Field::getName).containsExactly("embedding_uuid");
    }

    @Test
    void toOneAndToManyPathJoinsRunAgainstTheView(PgaiTestSchema db) {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> blog = code.table("Blog", "BLOG");
        Table<?> viewToBlog = GeneratedCode.call(view, "blog");

        Result<?> toOne = db.dsl().select(view.field("chunk"), viewToBlog.field("title"))
                .from(view).orderBy(view.field("chunk")).fetch();
        assertThat(toOne.map(r -> r.get(0) + "|" + r.get(1)))
                .containsExactly("far chunk|Draft", "middle chunk|Hello", "near chunk|Hello");

        Table<?> blogToView = GeneratedCode.call(blog, "blogEmbedding");
        assertThat(blogToView).isInstanceOf(org.jooq.Path.class);
        Result<?> toMany = db.dsl().select(blog.field("title"), count(blogToView.field("embedding_uuid")))
                .from(blog).leftJoin((org.jooq.Path<?>) blogToView).groupBy(blog.field("title")).orderBy(blog.field("title")).fetch();
        assertThat(toMany.map(r -> r.get(0) + "=" + r.get(1))).containsExactly("Draft=1", "Hello=2", "Unembedded=0");
    }

    @Test
    void pathJoinsWorkOverUuidTextAndCompositeKeys(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        UUID ada = UUID.randomUUID();
        dsl.execute("insert into author values (?, 'Ada')", ada);
        dsl.execute("insert into author_vectors_store (id, chunk_seq, chunk, embedding) values (?, 0, 'ada chunk', '[1,0,0]')", ada);
        dsl.execute("insert into doc values (7, 'intro', 'd')");
        dsl.execute("insert into doc_chunk_store (tenant, slug, chunk_seq, chunk, embedding) values (7, 'intro', 0, 'doc chunk', '[1,0,0]')");
        dsl.execute("insert into \"BlogPost\" values ('p-1', 1, 'b')");
        dsl.execute("insert into \"BlogPost Store\" (post_id, chunk_seq, chunk, embedding) values ('p-1', 0, 'post chunk', '[1,0,0]')");

        assertThat(chunkAndSourceColumn(dsl, "AuthorVectors", "AUTHOR_VECTORS", "author", "name")).isEqualTo("ada chunk|Ada");
        assertThat(chunkAndSourceColumn(dsl, "DocChunks", "DOC_CHUNKS", "doc", "body")).isEqualTo("doc chunk|d");
        assertThat(chunkAndSourceColumn(dsl, "BlogpostEmbedding", "BLOGPOST_EMBEDDING", "blogpost", "order")).isEqualTo("post chunk|1");
    }

    private static String chunkAndSourceColumn(DSLContext dsl, String viewClass, String viewConstant, String pathMethod, String sourceColumn) {
        Table<?> view = code.table(viewClass, viewConstant);
        Table<?> source = GeneratedCode.call(view, pathMethod);
        Record r = dsl.select(view.field("chunk"), source.field(sourceColumn)).from(view).fetchOne();
        return r.get(0) + "|" + r.get(1);
    }

    @Test
    void nearestNeighboursOnTheViewFilteredOnASourceColumn(PgaiTestSchema db) {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> viewToBlog = GeneratedCode.call(view, "blog");
        @SuppressWarnings("unchecked")
        Field<Boolean> published = (Field<Boolean>) viewToBlog.field("published");

        SelectLimitPercentStep<?> query = GeneratedCode.call(view, "nearest",
                db.dsl().select(view.field("chunk")).from(view).where(published.isTrue()), Vector.of(NEAR), 5);
        assertThat(query.getSQL()).contains("<=>");
        assertThat(query.fetch().getValues(0, String.class)).containsExactly("near chunk", "middle chunk");

        Field<Double> distance = GeneratedCode.call(view, "distanceTo", Vector.of(MIDDLE));
        assertThat(db.dsl().select(view.field("chunk")).from(view).orderBy(distance).limit(1).fetchOne(0, String.class))
                .isEqualTo("middle chunk");
        assertThatThrownBy(() -> GeneratedCode.call(view, "distanceTo", Vector.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 dimensions");
    }

    @Test
    void theSearchMetricIsTheIndexMetric() {
        Table<?> docChunks = code.table("DocChunks", "DOC_CHUNKS");
        Field<Double> distance = GeneratedCode.call(docChunks, "distanceTo", Vector.of(NEAR));
        assertThat(DSL.using(org.jooq.SQLDialect.POSTGRES).render(distance)).contains("<#>");
    }

    @Test
    void vectorizersClassDescribesEveryVectorizer() {
        GeneratedVectorizer blogBody = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_blog_body").toUpperCase());
        assertThat(blogBody.name()).isEqualTo(s + "_blog_body");
        assertThat(blogBody.source()).isSameAs(code.table("Blog", "BLOG"));
        assertThat(blogBody.embeddingView()).containsSame(code.table("BlogEmbedding", "BLOG_EMBEDDING"));
        assertThat(blogBody.dimensions()).isEqualTo(3);
        assertThat(blogBody.embedding()).isEqualTo(Embedding.openai("text-embedding-3-small", 3));
        assertThat(blogBody.indexing()).isEqualTo(Indexing.none());

        GeneratedVectorizer doc = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_doc").toUpperCase());
        assertThat(doc.searchMetric()).isEqualTo(DistanceMetric.INNER_PRODUCT);
        assertThat(doc.embeddingView()).containsSame(code.table("DocChunks", "DOC_CHUNKS"));

        GeneratedVectorizer title = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_blog_title").toUpperCase());
        assertThat(title.dimensions()).isEqualTo(4);
        assertThat(title.source()).isSameAs(code.table("Blog", "BLOG"));

        GeneratedVectorizer note = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_note").toUpperCase());
        assertThat(note.destination()).isEqualTo(Destination.column("body_embedding"));
        assertThat(note.embeddingColumn()).containsSame(code.table("Note", "NOTE").field("body_embedding"));
        assertThat(note.embedding()).isEqualTo(Embedding.ollama("nomic-embed-text", 3));
        assertThat(note.embeddingView()).isEqualTo(Optional.empty());
    }

    @Test
    void everyConstantHoldsTheStoredConfigAsTheRuntimeReadsItBack(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dsl().configuration());
        List<String> names = List.of("_blog_body", "_doc", "_blog_title", "_note");
        for (String suffix : names) {
            GeneratedVectorizer generated = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + suffix).toUpperCase());
            VectorizerConfig stored = pgai.vectorizer(s + suffix).orElseThrow().config();
            Destination destination = generated.destination() instanceof DestinationTable t ? t.resolvedFor(s, generated.source().getName())
                    : generated.destination();
            assertThat(List.of(destination, generated.embedding(), generated.indexing()))
                    .as("destination, embedding and indexing of %s", s + suffix)
                    .containsExactly(stored.destination(), stored.embedding(), stored.indexing());
        }
    }

    @Test
    void embeddingViewRecordsAreReadOnlyAndHaveNoDao(PgaiTestSchema db) {
        Class<?> viewRecord = code.type("tables.records.BlogEmbeddingRecord");
        assertThat(TableRecord.class).isAssignableFrom(viewRecord);
        assertThat(UpdatableRecord.class.isAssignableFrom(viewRecord)).isFalse();
        assertThat(UpdatableRecord.class).isAssignableFrom(code.type("tables.records.BlogRecord"));
        assertThat(code.hasSource("tables/daos/BlogEmbeddingDao.java")).isFalse();
        assertThat(code.hasSource("tables/daos/BlogDao.java")).isTrue();

        @SuppressWarnings("unchecked")
        Table<TableRecord<?>> view = (Table<TableRecord<?>>) code.table("BlogEmbedding", "BLOG_EMBEDDING");
        TableRecord<?> record = db.dsl().selectFrom(view).where(view.field("chunk", String.class).eq("near chunk")).fetchOne();
        Record key = GeneratedCode.call(record, "key");
        assertThat(key.size()).isEqualTo(1);
        assertThat(key.get(0)).isInstanceOf(UUID.class).isEqualTo(record.get("embedding_uuid"));
    }

    /**
     * What "read-only" means for an embedding view record: no {@code store()}, {@code update()},
     * {@code delete()} or {@code refresh()} (they are not {@code UpdatableRecord}s), but setters and
     * {@code TableRecord.insert()} exist; PostgreSQL rejects the insert because pgai's view joins the store
     * and the source (not automatically updatable), and nothing is written.
     */
    @Test
    void embeddingViewRecordsHaveSettersButTheDatabaseRejectsInsert(PgaiTestSchema db) throws Exception {
        Class<?> viewRecord = code.type("tables.records.BlogEmbeddingRecord");
        for (String missing : List.of("store", "update", "delete", "refresh", "merge")) {
            assertThat(viewRecord.getMethods()).as("method " + missing).noneMatch(m -> m.getName().equals(missing));
        }
        assertThat(viewRecord.getMethod("setChunk", String.class)).isNotNull();
        assertThat(viewRecord.getMethod("insert")).isNotNull();

        @SuppressWarnings("unchecked")
        Table<TableRecord<?>> view = (Table<TableRecord<?>>) code.table("BlogEmbedding", "BLOG_EMBEDDING");
        int before = db.dsl().fetchCount(view);
        int storeBefore = db.dsl().fetchCount(DSL.table(DSL.name(s, "blog_embedding_store")));
        TableRecord<?> record = db.dsl().selectFrom(view).where(view.field("chunk", String.class).eq("near chunk")).fetchOne();
        record.changed(true);
        GeneratedCode.call(record, "setChunk", "changed chunk");
        assertThat(record.get("chunk")).isEqualTo("changed chunk");

        Throwable insert = catchThrowable(record::insert);
        assertThat(insert).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(((org.jooq.exception.DataAccessException) insert).sqlState()).isEqualTo("55000");
        assertThat(insert).hasMessageContaining("cannot insert into view \"blog_embedding\"");
        assertThat(db.dsl().fetchCount(view)).as("view rows").isEqualTo(before);
        assertThat(db.dsl().fetchCount(DSL.table(DSL.name(s, "blog_embedding_store")))).as("store rows").isEqualTo(storeBefore);
    }

    /** Store rows as the worker would write them: two chunks of a published post, one of a draft. */
    private static void fixtureRows(DSLContext dsl) {
        dsl.execute("insert into blog values (1, 'Hello', true, 'b1', null), (2, 'Draft', false, 'b2', null), (3, 'Unembedded', true, 'b3', null)");
        Map<String, Object[]> rows = Map.of(
                "near chunk", new Object[] {1, NEAR},
                "middle chunk", new Object[] {1, MIDDLE},
                "far chunk", new Object[] {2, FAR});
        int seq = 0;
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            dsl.execute("insert into blog_embedding_store (id, chunk_seq, chunk, embedding) values ({0}, {1}, {2}, {3})",
                    DSL.val(e.getValue()[0]), DSL.val(seq++), DSL.val(e.getKey()),
                    DSL.val(Vector.of((float[]) e.getValue()[1]), VectorTypes.vector(3)));
        }
    }

    /** Unit vectors at 0, 30 and 80 degrees from the x axis in the xy plane: cosine order near, middle, far. */
    private static float[] unit(int which) {
        double angle = Math.toRadians(new double[] {0, 30, 80}[which]);
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle), 0f};
    }
}
