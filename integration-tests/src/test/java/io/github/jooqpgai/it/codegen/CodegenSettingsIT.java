package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.generated.EmbeddingViewRecord;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.types.Vector;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.MatcherRule;
import org.jooq.meta.jaxb.MatcherTransformType;
import org.jooq.meta.jaxb.Matchers;
import org.jooq.meta.jaxb.MatchersTableType;
import org.jooq.meta.jaxb.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code <database><properties>} of {@code PgaiDatabase}: store tables and the {@code ai} schema are hidden
 * by default and generated on request; a bad value fails the run naming the key and the value.
 */
@PgaiTest
class CodegenSettingsIT {

    private static final String PKG = "it.codegen.settings";
    /** Keeps all-schemata runs small: PostgreSQL's catalogs and pgvector's functions in public. */
    private static final String CATALOGS = "(pg_catalog|information_schema|public)\\..*";

    @Test
    void storeTablesAreGeneratedOnRequest(PgaiTestSchema db, @TempDir Path hidden, @TempDir Path shown) {
        String s = db.schema();
        db.dsl().execute("create table page (id int primary key, body text not null)");
        FixtureVectorizers.table(db.dsl(), s, "page", s + "_page", "body", 3, null, null, null, s);

        Map<String, String> defaults = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), s, PKG).generate(hidden));
        assertThat(defaults).doesNotContainKey(file("tables/PageEmbeddingStore.java"));
        assertThat(defaults.keySet()).noneMatch(f -> f.contains("VectorizerQ"));
        assertThat(defaults).doesNotContainKey(file("Routines.java"));

        Map<String, String> withStores = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), s, PKG)
                .property("showStoreTables", "true").generate(shown));
        assertThat(withStores).containsKey(file("tables/PageEmbeddingStore.java"));
        assertThat(withStores.get(file("Keys.java"))).contains("PAGE_EMBEDDING_STORE__PAGE_EMBEDDING_STORE_PAGE_FKEY");
        assertThat(withStores.keySet()).noneMatch(f -> f.contains("VectorizerQ"));
    }

    @Test
    void theAiSchemaIsGeneratedWhenListedAsInputSchema(PgaiTestSchema db, @TempDir Path ai) {
        Map<String, String> explicit = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), "ai", PKG).generate(ai));
        assertThat(explicit).containsKey(file("tables/Vectorizer.java"));
        assertThat(explicit.keySet()).noneMatch(f -> f.contains("SemanticCatalog") || f.matches(".*/Sc[A-Z].*"));
        assertThat(explicit.get(file("Routines.java"))).contains("createVectorizer").doesNotContain("scAddFact");
    }

    @Test
    void theAiSchemaIsHiddenWhenAllSchemataAreGeneratedUnlessIncluded(PgaiTestSchema db, @TempDir Path all, @TempDir Path withAi) {
        db.dsl().execute("create table if not exists kept (id int primary key)");
        Map<String, String> everything = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), null, PKG).excludes(CATALOGS).generate(all));
        assertThat(everything.keySet()).anyMatch(f -> f.startsWith(PKG.replace('.', '/') + "/" + db.schema() + "/"));
        assertThat(everything.keySet()).noneMatch(f -> f.startsWith(PKG.replace('.', '/') + "/ai/"));

        Map<String, String> included = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), null, PKG).excludes(CATALOGS)
                .property("includeAiSchema", "true").generate(withAi));
        assertThat(included).containsKey(PKG.replace('.', '/') + "/ai/tables/Vectorizer.java");
    }

    @Test
    void anExcludedSourceTableIsReferencedByNameAndTheViewHasNoPathToIt(PgaiTestSchema db, @TempDir Path dir) {
        String s = db.schema();
        db.dsl().execute("create table hidden_source (id int primary key, body text not null)");
        FixtureVectorizers.table(db.dsl(), s, "hidden_source", s + "_hidden", "body", 3, null, null, null, null);

        GeneratedCode code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), s, PKG).excludes("hidden_source"), PKG, dir);
        GeneratedVectorizer v = (GeneratedVectorizer) code.staticValue("Vectorizers", (s + "_hidden").toUpperCase());

        assertThat(code.hasSource("tables/HiddenSource.java")).isFalse();
        assertThat(v.source().getQualifiedName()).isEqualTo(DSL.name(s, "hidden_source"));
        Table<?> view = code.table("HiddenSourceEmbedding", "HIDDEN_SOURCE_EMBEDDING");
        assertThat(v.embeddingView()).containsSame(view);
        assertThat(view.getPrimaryKey().getFields()).extracting(Field::getName).containsExactly("embedding_uuid");
        assertThat(view.getReferences()).isEmpty();
    }

    @Test
    void aUsersForcedTypeWinsAndMatcherStrategiesKeepReadOnlyViewRecords(PgaiTestSchema db, @TempDir Path dir) {
        String s = db.schema();
        db.dsl().execute("create table essay (id int primary key, body text not null, draft vector(3), final vector(3))");
        FixtureVectorizers.table(db.dsl(), s, "essay", s + "_essay", "body", 3, null, null, null, null);

        GeneratedCode code = GeneratedCode.of(CodegenRun.pgai(db.jdbcUrl(), s, PKG)
                .forcedType(new ForcedType().withName("OTHER").withIncludeExpression(".*\\.essay\\.draft"))
                .strategy(new Strategy().withMatchers(new Matchers().withTables(new MatchersTableType()
                        .withTableClass(new MatcherRule().withTransform(MatcherTransformType.PASCAL).withExpression("$0_table"))))),
                PKG, dir);

        Table<?> essay = code.table("EssayTable", "ESSAY");
        assertThat(essay.field("draft").getType()).isEqualTo(Object.class);
        assertThat(essay.field("final").getType()).isEqualTo(Vector.class);
        assertThat(code.hasSource("tables/EssayEmbeddingTable.java")).isTrue();
        Class<?> viewRecord = code.type("tables.records.EssayEmbeddingRecord");
        assertThat(viewRecord.getSuperclass()).isEqualTo(EmbeddingViewRecord.class);
    }

    @Test
    void aBadPropertyValueFailsNamingKeyAndValue(PgaiTestSchema db, @TempDir Path dir) {
        assertThatThrownBy(() -> CodegenRun.pgai(db.jdbcUrl(), db.schema(), PKG).property("showStoreTables", "yes").generate(dir))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("showStoreTables").hasMessageContaining("'yes'");
    }

    private static String file(String relative) {
        return PKG.replace('.', '/') + "/" + relative;
    }
}
