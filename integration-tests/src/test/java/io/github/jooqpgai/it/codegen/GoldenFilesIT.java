package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.it.support.PgaiServers;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.generated.EmbeddingViewRecord;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.similarity.VectorDSL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Constants;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources for a small fixture schema, compared file by file with the golden copies under
 * {@code integration-tests/src/test/resources/golden/codegen}. After an intended change of the generated
 * code, regenerate them and review the diff:
 *
 * <pre>{@code
 * mvn -B verify -pl integration-tests -am -Dit.test=GoldenFilesIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dgolden.update=true
 * git diff integration-tests/src/test/resources/golden
 * }</pre>
 *
 * The input schema is mapped to {@code golden} and vectorizer names are fixed, so the output does not depend
 * on the test schema's generated name. The other tests state the output's intent independent of formatting:
 * the same sources are compiled and loaded, and keys, field types, paths, helpers and records are checked
 * through jOOQ's meta model and reflection.
 */
@PgaiTest
class GoldenFilesIT {

    private static final String PKG = "com.example.db";
    private static final Path GOLDEN = Path.of("integration-tests", "src", "test", "resources", "golden", "codegen");
    private static final String[] VECTORIZERS = {"golden_blog_body", "golden_note_body"};

    @TempDir
    static Path work;

    static GeneratedCode code;

    @BeforeAll
    static void generateAndCompile(PgaiTestSchema db) {
        createFixture(db);
        code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), db.schema(), PKG).outputSchema("golden"), PKG, work);
    }

    @AfterAll
    static void dropVectorizers(PgaiTestSchema db) {
        for (String name : VECTORIZERS) {
            db.dsl().execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = ?", name);
        }
    }

    @Test
    void generatedSourcesMatchTheGoldenFiles() throws IOException {
        Map<String, String> generated = SourceTrees.read(code.sources());
        Path golden = PgaiServers.repoRoot().resolve(GOLDEN);

        if (Boolean.getBoolean("golden.update")) {
            rewrite(golden, generated);
        }

        Map<String, String> expected = SourceTrees.read(golden);
        assertThat(expected.get("com/example/db/DefaultCatalog.java"))
                .as("the golden files come from another jOOQ minor version than this run's %s, and each generates other code "
                        + "(3.21: \"this-escape\", Internal.condition, whereExists(TableLike)): run this IT on the default jOOQ",
                        Constants.MINOR_VERSION)
                .contains("Constants.VERSION_" + Constants.MINOR_VERSION.replace('.', '_') + ";");
        assertThat(generated.keySet()).as("generated files (regenerate with -Dgolden.update=true)").containsExactlyElementsOf(expected.keySet());
        generated.forEach((file, content) -> assertThat(content).as(file + " (regenerate with -Dgolden.update=true)").isEqualTo(expected.get(file)));
    }

    /** The golden output's intent, checked on the compiled classes rather than on their text. */
    @Test
    void theStoreIsHiddenAndTheViewHasNoDao() {
        assertThat(code.sourceFiles()).as("generated files").noneMatch(f -> f.toLowerCase(Locale.ROOT).contains("store"))
                .contains("Vectorizers.java", "tables/Blog.java", "tables/BlogEmbedding.java", "tables/Note.java",
                        "tables/daos/BlogDao.java", "tables/daos/NoteDao.java")
                .doesNotContain("tables/daos/BlogEmbeddingDao.java");
    }

    @Test
    void vectorColumnsAreTypedWithTheirDimension() {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> note = code.table("Note", "NOTE");
        assertThat(view.field("embedding").getType()).isEqualTo(Vector.class);
        assertThat(VectorDSL.dimensionOf(view.field("embedding"))).hasValue(768);
        assertThat(note.field("body_embedding").getType()).isEqualTo(Vector.class);
        assertThat(VectorDSL.dimensionOf(note.field("body_embedding"))).hasValue(768);
        assertThat(view.field("embedding_uuid").getType()).isEqualTo(UUID.class);
        assertThat(view.field("chunk").getType()).isEqualTo(String.class);
        assertThat(note.field("id").getType()).isEqualTo(UUID.class);
    }

    @Test
    void theViewHasAPrimaryKeyAndAForeignKeyToItsSource() {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> blog = code.table("Blog", "BLOG");
        assertThat(view.getPrimaryKey()).as("view primary key").isNotNull();
        assertThat(view.getPrimaryKey().getFields()).extracting(Field::getName).containsExactly("embedding_uuid");
        assertThat(view.getReferences()).hasSize(1);
        ForeignKey<?, ?> toBlog = view.getReferences().get(0);
        assertThat(toBlog.getFields()).extracting(Field::getName).containsExactly("id");
        assertThat(toBlog.getKey().getTable()).isEqualTo(blog);
        assertThat(toBlog.getKeyFields()).extracting(Field::getName).containsExactly("id");
        assertThat(toBlog.enforced()).as("not enforced: the view cannot have a real constraint").isFalse();
    }

    @Test
    void pathsLeadFromTheViewToItsSourceAndBack() {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Table<?> blog = code.table("Blog", "BLOG");
        Table<?> toSource = GeneratedCode.call(view, "blog");
        Table<?> toView = GeneratedCode.call(blog, "blogEmbedding");
        assertThat(toSource.getRecordType()).isEqualTo(code.type("tables.records.BlogRecord"));
        assertThat(toView.getRecordType()).isEqualTo(code.type("tables.records.BlogEmbeddingRecord"));
        DSLContext render = DSL.using(SQLDialect.POSTGRES);
        assertThat(render.render(DSL.select(toSource.field("title")).from(view)))
                .as("to-one path renders an implicit join on the foreign key").contains("join \"golden\".\"blog\"")
                .contains("\"id\" = ");
    }

    @Test
    void searchHelpersUseTheConfiguredMetricAndCheckTheDimension() {
        Table<?> view = code.table("BlogEmbedding", "BLOG_EMBEDDING");
        Field<Double> distance = GeneratedCode.call(view, "distanceTo", Vector.of(new float[768]));
        assertThat(DSL.using(SQLDialect.POSTGRES).render(distance)).isEqualTo("(\"golden\".\"blog_embedding\".\"embedding\" <=> ?::real[]::vector)");
        assertThatThrownBy(() -> GeneratedCode.call(view, "distanceTo", Vector.of(1f, 2f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("768");
        assertThat(code.type("tables.BlogEmbedding").getMethods()).as("nearest(select, query, k)")
                .anyMatch(m -> m.getName().equals("nearest") && m.getParameterCount() == 3);
    }

    @Test
    void embeddingViewRecordsAreNotUpdatable() {
        Class<?> viewRecord = code.type("tables.records.BlogEmbeddingRecord");
        assertThat(EmbeddingViewRecord.class).isAssignableFrom(viewRecord);
        assertThat(UpdatableRecord.class.isAssignableFrom(viewRecord)).isFalse();
        assertThat(UpdatableRecord.class).isAssignableFrom(code.type("tables.records.BlogRecord"));
    }

    @Test
    void vectorizersDescribeBothVectorizers() {
        GeneratedVectorizer blog = (GeneratedVectorizer) code.staticValue("Vectorizers", "GOLDEN_BLOG_BODY");
        GeneratedVectorizer note = (GeneratedVectorizer) code.staticValue("Vectorizers", "GOLDEN_NOTE_BODY");
        assertThat(blog.name()).isEqualTo("golden_blog_body");
        assertThat(blog.dimensions()).isEqualTo(768);
        assertThat(blog.source()).isEqualTo(code.table("Blog", "BLOG"));
        assertThat(blog.embeddingView()).contains(code.table("BlogEmbedding", "BLOG_EMBEDDING"));
        assertThat(blog.destination()).isInstanceOf(DestinationTable.class);
        assertThat(blog.embedding()).isInstanceOfSatisfying(EmbeddingOpenai.class, e -> assertThat(e.model()).isEqualTo("text-embedding-3-small"));
        assertThat(note.dimensions()).isEqualTo(768);
        assertThat(note.embeddingView()).isEmpty();
        assertThat(note.destination()).isEqualTo(Destination.column("body_embedding"));
        assertThat(note.embeddingColumn()).contains(code.table("Note", "NOTE").field("body_embedding"));
        assertThat(note.embedding()).isInstanceOfSatisfying(EmbeddingOllama.class, e -> assertThat(e.model()).isEqualTo("nomic-embed-text"));
    }

    private static void createFixture(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        for (String name : VECTORIZERS) {
            dsl.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = ?", name);
        }
        dsl.execute("create table blog (id int primary key, title text not null, published boolean not null, body text not null)");
        dsl.execute("create table note (id uuid primary key, body text not null)");
        FixtureVectorizers.table(dsl, db.schema(), "blog", VECTORIZERS[0], "body", 768, null, null, null, null);
        FixtureVectorizers.column(dsl, db.schema(), "note", VECTORIZERS[1], "body", 768, "body_embedding");
    }

    private static void rewrite(Path golden, Map<String, String> generated) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> old = Files.walk(golden)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path target = golden.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
    }
}
